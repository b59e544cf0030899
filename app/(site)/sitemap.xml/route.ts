import { sitemapFiles, sitemapIndexXml, urlsetXml } from '@/lib/seo/sitemap'
import { absoluteUrl } from '@/lib/seo/url'

import { sitemapFileUrls, sitemapUrlCount } from '../_lib/sitemap'

// Per request from the data cache (no database at build time, none per request until a
// publish revalidates the list tags); the public origin is known at run time.
export const dynamic = 'force-dynamic'

const xml = (body: string) =>
  new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })

/** Every page in one file, or past 50,000 URLs an index of /sitemaps/<n>.xml. */
export async function GET(): Promise<Response> {
  const files = sitemapFiles(await sitemapUrlCount())
  if (files === 1) return xml(urlsetXml(await sitemapFileUrls(0)))
  return xml(
    sitemapIndexXml(Array.from({ length: files }, (_, i) => absoluteUrl(`/sitemaps/${i + 1}.xml`))),
  )
}
