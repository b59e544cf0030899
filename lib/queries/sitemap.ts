import type { Payload } from 'payload'

import { TAGS } from '@/lib/cache/tags'

import { readAs, VISITOR } from './payload'

export type SitemapEntry = { collection: 'articles' | 'treatments' | 'components'; slug: string; updatedAt: string }

export const SITEMAP_TAGS = [TAGS.list('articles'), TAGS.list('treatments'), TAGS.list('components')]

/** Slugs of every published page, for sitemap.xml (visitor access: published only). */
export async function findSitemapEntries(payload: Payload): Promise<SitemapEntry[]> {
  const collections = ['articles', 'treatments', 'components'] as const
  const results = await Promise.all(
    collections.map((collection) =>
      payload.find({
        collection,
        ...readAs(VISITOR),
        depth: 0,
        limit: 5000,
        pagination: false,
        select: { slug: true, updatedAt: true },
      }),
    ),
  )
  return results.flatMap((r, i) =>
    (r.docs as { slug: string; updatedAt: string }[]).map((d) => ({ collection: collections[i], slug: d.slug, updatedAt: d.updatedAt })),
  )
}
