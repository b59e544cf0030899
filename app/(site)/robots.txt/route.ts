import { absoluteUrl } from '@/lib/seo/url'

// A route handler rather than app/robots.ts: Next only picks up a metadata robots.ts at the
// very root of app/, and the public site lives in the (site) group. Per request, because the
// public origin (SERVER_URL) is known at run time, not at build time.
export const dynamic = 'force-dynamic'

export function GET(): Response {
  const body = [
    'User-agent: *',
    'Allow: /',
    'Disallow: /admin',
    'Disallow: /api/',
    'Disallow: /next/',
    '',
    `Sitemap: ${absoluteUrl('/sitemap.xml')}`,
    '',
  ].join('\n')
  return new Response(body, {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    },
  })
}
