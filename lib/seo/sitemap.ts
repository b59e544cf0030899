/**
 * sitemap.xml as the protocol defines it (sitemaps.org): one file lists at most 50,000 URLs;
 * past that, /sitemap.xml is an index of files /sitemaps/<n>.xml.
 */
export const SITEMAP_MAX_URLS = 50_000

export type SitemapUrl = { loc: string; lastModified?: string; priority?: number }

const escapeXml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

export function urlsetXml(urls: readonly SitemapUrl[]): string {
  const body = urls
    .map(
      (u) =>
        `<url><loc>${escapeXml(u.loc)}</loc>${u.lastModified ? `<lastmod>${escapeXml(u.lastModified)}</lastmod>` : ''}${u.priority !== undefined ? `<priority>${u.priority}</priority>` : ''}</url>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`
}

export function sitemapIndexXml(locations: readonly string[]): string {
  const body = locations.map((loc) => `<sitemap><loc>${escapeXml(loc)}</loc></sitemap>`).join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</sitemapindex>\n`
}

/** How many files `total` URLs need. */
export const sitemapFiles = (total: number, perFile = SITEMAP_MAX_URLS) =>
  Math.max(1, Math.ceil(total / perFile))
