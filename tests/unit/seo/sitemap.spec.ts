/** sitemap.xml as sitemaps.org defines it (lib/seo/sitemap.ts). */
import { describe, expect, it } from '@jest/globals'

import { SITEMAP_MAX_URLS, sitemapFiles, sitemapIndexXml, urlsetXml } from '@/lib/seo/sitemap'

describe('sitemap', () => {
  it('a file lists at most 50,000 URLs: past that, an index of several files', () => {
    expect(SITEMAP_MAX_URLS).toBe(50_000)
    expect(sitemapFiles(0)).toBe(1)
    expect(sitemapFiles(50_000)).toBe(1)
    expect(sitemapFiles(50_001)).toBe(2)
    expect(sitemapFiles(120_000)).toBe(3)
  })

  it('writes a urlset with escaped locations, dates and priorities', () => {
    const xml = urlsetXml([
      {
        loc: 'https://clinic.example.jp/articles/a&b',
        lastModified: '2026-11-01T00:00:00.000Z',
        priority: 0.9,
      },
      { loc: 'https://clinic.example.jp/' },
    ])
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    expect(xml).toContain(
      '<url><loc>https://clinic.example.jp/articles/a&#38;b</loc><lastmod>2026-11-01T00:00:00.000Z</lastmod><priority>0.9</priority></url>',
    )
    expect(xml).toContain('<url><loc>https://clinic.example.jp/</loc></url>')
  })

  it('writes an index of sitemap files', () => {
    const xml = sitemapIndexXml([
      'https://clinic.example.jp/sitemaps/1.xml',
      'https://clinic.example.jp/sitemaps/2.xml',
    ])
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    expect(
      xml.match(
        /<sitemap><loc>https:\/\/clinic\.example\.jp\/sitemaps\/\d\.xml<\/loc><\/sitemap>/g,
      ),
    ).toHaveLength(2)
  })
})
