import type { Payload } from 'payload'

import { TAGS } from '@/lib/cache/tags'

import { readAs, VISITOR } from './payload'

export type SitemapCollection = 'articles' | 'treatments' | 'components'
export type SitemapEntry = { collection: SitemapCollection; slug: string; updatedAt: string }

export const SITEMAP_TAGS = [
  TAGS.list('articles'),
  TAGS.list('treatments'),
  TAGS.list('components'),
]

/** The order of the pages in the sitemap; within a collection, oldest first (stable as it grows). */
const COLLECTIONS = [
  'articles',
  'treatments',
  'components',
] as const satisfies readonly SitemapCollection[]

/** How many published pages each collection has (visitor access: published only). */
export async function countSitemapEntries(
  payload: Payload,
): Promise<Record<SitemapCollection, number>> {
  const [articles, treatments, components] = await Promise.all(
    COLLECTIONS.map((collection) => payload.count({ collection, ...readAs(VISITOR) })),
  )
  return {
    articles: articles!.totalDocs,
    treatments: treatments!.totalDocs,
    components: components!.totalDocs,
  }
}

/**
 * `limit` published pages from position `offset` of all of them (articles, then treatments,
 * then components): a few queries per collection the range touches, whatever the site's size.
 */
export async function findSitemapEntries(
  payload: Payload,
  range: { offset: number; limit: number } = { offset: 0, limit: Number.MAX_SAFE_INTEGER },
): Promise<SitemapEntry[]> {
  const counts = await countSitemapEntries(payload)
  const entries: SitemapEntry[] = []
  let start = 0
  for (const collection of COLLECTIONS) {
    const end = start + counts[collection]
    const from = Math.max(range.offset, start)
    const to = Math.min(range.offset + range.limit, end)
    if (from < to) {
      // Payload pages by page number; a range starting inside a collection continues after
      // the id just before it.
      const after = from > start ? await idAt(payload, collection, from - start - 1) : undefined
      const { docs } = await payload.find({
        collection,
        ...readAs(VISITOR),
        depth: 0,
        sort: 'id',
        limit: to - from,
        pagination: false,
        select: { slug: true, updatedAt: true },
        where: after === undefined ? undefined : { id: { greater_than: after } },
      })
      entries.push(...docs.map((d) => ({ collection, slug: d.slug, updatedAt: d.updatedAt })))
    }
    start = end
  }
  return entries
}

/** The id of the `index`-th published document of a collection, in id order. */
async function idAt(
  payload: Payload,
  collection: SitemapCollection,
  index: number,
): Promise<number> {
  const { docs } = await payload.find({
    collection,
    ...readAs(VISITOR),
    depth: 0,
    sort: 'id',
    limit: 1,
    page: index + 1,
    select: {},
  })
  return Number(docs[0]?.id ?? 0)
}
