import { sitemapFiles, urlsetXml } from '@/lib/seo/sitemap'

import { sitemapFileUrls, sitemapUrlCount } from '../../_lib/sitemap'

export const dynamic = 'force-dynamic'

/** /sitemaps/<n>.xml: the n-th file of the sitemap index (only when the site has more than one). */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ file: string }> },
): Promise<Response> {
  const match = /^([1-9]\d{0,4})\.xml$/.exec((await params).file)
  const files = sitemapFiles(await sitemapUrlCount())
  const n = match ? Number(match[1]) : 0
  if (files === 1 || n < 1 || n > files) return new Response('Not found', { status: 404 })
  return new Response(urlsetXml(await sitemapFileUrls(n - 1)), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  })
}
