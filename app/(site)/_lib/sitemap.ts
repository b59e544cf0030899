import { unstable_cache } from 'next/cache'

import { countSitemapEntries, findSitemapEntries, SITEMAP_TAGS } from '@/lib/queries/sitemap'
import { SITEMAP_MAX_URLS, type SitemapUrl } from '@/lib/seo/sitemap'
import { absoluteUrl, paths } from '@/lib/seo/url'

import { getPayloadClient } from './payload'

/** The site's own pages come first: the home page and the reference library. */
const STATIC_PAGES: SitemapUrl[] = [
  { loc: paths.home(), priority: 1 },
  { loc: paths.references(), priority: 0.5 },
]

const pagePath = {
  articles: paths.article,
  treatments: paths.treatment,
  components: paths.component,
}
const priority = { articles: 0.9, treatments: 0.7, components: 0.5 }

/** How many URLs the sitemap lists; cached until a publish changes a list. */
export const sitemapUrlCount = unstable_cache(
  async () =>
    STATIC_PAGES.length +
    Object.values(await countSitemapEntries(await getPayloadClient())).reduce((a, b) => a + b, 0),
  ['sitemap-url-count'],
  { tags: SITEMAP_TAGS, revalidate: false },
)

/** The URLs of sitemap file `index` (0-based) of SITEMAP_MAX_URLS each; cached like the count. */
export const sitemapFileUrls = unstable_cache(
  async (index: number): Promise<SitemapUrl[]> => {
    const offset = index * SITEMAP_MAX_URLS
    const statics = STATIC_PAGES.slice(offset, offset + SITEMAP_MAX_URLS)
    const entries = await findSitemapEntries(await getPayloadClient(), {
      offset: Math.max(0, offset - STATIC_PAGES.length),
      limit: SITEMAP_MAX_URLS - statics.length,
    })
    return [
      ...statics.map((u) => ({ ...u, loc: absoluteUrl(u.loc) })),
      ...entries.map((e) => ({
        loc: absoluteUrl(pagePath[e.collection](e.slug)),
        lastModified: e.updatedAt,
        priority: priority[e.collection],
      })),
    ]
  },
  ['sitemap-file'],
  { tags: SITEMAP_TAGS, revalidate: false },
)
