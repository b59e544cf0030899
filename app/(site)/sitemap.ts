import type { MetadataRoute } from 'next'
import { unstable_cache } from 'next/cache'

import { findSitemapEntries, SITEMAP_TAGS } from '@/lib/queries/sitemap'
import { absoluteUrl, paths } from '@/lib/seo/url'

import { getPayloadClient } from './_lib/payload'

// Served per request from the data cache (no database at build time, none per request
// until a publish revalidates the list tags).
export const dynamic = 'force-dynamic'

const cachedEntries = unstable_cache(async () => findSitemapEntries(await getPayloadClient()), ['sitemap-entries'], {
  tags: SITEMAP_TAGS,
  revalidate: false,
})

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const entries = await cachedEntries()
  const page = { articles: paths.article, treatments: paths.treatment, components: paths.component }
  return [
    { url: absoluteUrl(paths.home()), changeFrequency: 'weekly', priority: 1 },
    { url: absoluteUrl(paths.references()), changeFrequency: 'monthly', priority: 0.5 },
    ...entries.map((e) => ({
      url: absoluteUrl(page[e.collection](e.slug)),
      lastModified: e.updatedAt,
      priority: e.collection === 'articles' ? 0.9 : e.collection === 'treatments' ? 0.7 : 0.5,
    })),
  ]
}
