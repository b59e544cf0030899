import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { baseURL, launchBrowser, newPage } from '../helpers/browser'

const ARTICLE = '/articles/secretome-vs-exosome'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('the demo article', () => {
  it('shows title, byline, the generated comparison table, numbered citations and the reference list', async () => {
    const page = await newPage(browser)
    const response = await page.goto(ARTICLE)
    expect(response?.status()).toBe(200)

    await expect(page.locator('h1').count()).resolves.toBe(1)
    await expect(page.locator('h1').innerText()).resolves.toContain(
      'セクレトームとエクソソームの違い',
    )
    await expect(page.locator('.byline').innerText()).resolves.toMatch(
      /監修[\s\S]*山田 太郎[\s\S]*最終確認日/,
    )

    // Comparison table: a column per treatment, row headers with scope.
    const table = page.locator('table.comparison-table')
    await expect(table.locator('thead th[scope=col]').allInnerTexts()).resolves.toEqual([
      '項目',
      'セクレトーム療法',
      'エクソソーム療法',
    ])
    const rowHeaders = await table.locator('tbody th[scope=row]').allInnerTexts()
    expect(rowHeaders).toEqual(
      expect.arrayContaining([
        '定義',
        '大きさ・構造',
        '主な成分',
        '作用機序',
        '臨床応用',
        '安全性',
        '効果の持続',
        '規制上の位置付け',
        '費用の目安',
      ]),
    )
    await expect(table.locator('td').first().innerText()).resolves.toContain('分泌')
    await expect(table.locator('.cite a').count()).resolves.toBeGreaterThan(5)

    // Citations [1], [2]… link to the list, which links back.
    const first = page.locator('.cite a').first()
    await expect(first.innerText()).resolves.toBe('[1]')
    await expect(first.getAttribute('href')).resolves.toBe('#ref-1')
    const firstId = await first.getAttribute('id')
    await expect(page.locator(`#ref-1 a.backref[href="#${firstId}"]`).count()).resolves.toBe(1)

    const entries = page.locator('ol.reference-list > li')
    await expect(entries.count()).resolves.toBe(13)
    const numbers = await page.locator('ol.reference-list > li .ref-number').allInnerTexts()
    expect(numbers).toEqual(Array.from({ length: 13 }, (_, i) => `[${i + 1}]`))
    // Verified references show their title; the others their identifier, marked as unconfirmed.
    await expect(page.locator('ol.reference-list cite.ref-title').allInnerTexts()).resolves.toEqual(
      expect.arrayContaining([
        'セクレトームとエクソソームの違いと比較',
        'Public Safety Notification on Exosome Products',
      ]),
    )
    await expect(page.locator('ol.reference-list .ref-unverified').count()).resolves.toBe(10)
    await expect(
      page
        .locator('ol.reference-list .ref-unverified', { hasText: 'PMC10789073（書誌情報未確認）' })
        .count(),
    ).resolves.toBe(1)
    await expect(
      page
        .locator('ol.reference-list a[href^="https://pmc.ncbi.nlm.nih.gov/articles/PMC"]')
        .count(),
    ).resolves.toBeGreaterThan(0)
    await expect(
      page.locator('ol.reference-list a[href^="https://doi.org/10."]').count(),
    ).resolves.toBeGreaterThan(0)
    await expect(
      page.locator('ol.reference-list .evidence').first().innerText(),
    ).resolves.toContain('エビデンス')

    // 自由診療 disclosure, with the unapproved-drug facts, and the clinic's contact.
    const disclosure = page.locator('section.disclosure')
    await expect(disclosure.locator('h2').innerText()).resolves.toBe('自由診療に関する表示')
    const text = await disclosure.innerText()
    for (const label of [
      '治療の内容',
      '標準的な費用',
      '治療期間・回数',
      '主なリスク・副作用',
      '未承認医薬品等であること',
      '入手経路等',
      '国内の承認医薬品等の有無',
      '諸外国における安全性等に係る情報',
      '医薬品副作用被害救済制度',
    ]) {
      expect(text).toContain(label)
    }
    await expect(page.locator('footer .clinic').innerText()).resolves.toContain('ひかくクリニック')
    await page.close()
  })

  it('has metadata, canonical URL, Open Graph and MedicalWebPage JSON-LD', async () => {
    const page = await newPage(browser)
    await page.goto(ARTICLE)
    await expect(page.title()).resolves.toContain('セクレトームとエクソソーム')
    await expect(page.locator('link[rel=canonical]').getAttribute('href')).resolves.toBe(
      `${baseURL}${ARTICLE}`,
    )
    await expect(page.locator('meta[property="og:title"]').count()).resolves.toBe(1)
    await expect(
      page.locator('meta[name=description]').getAttribute('content'),
    ).resolves.toBeTruthy()
    const ld = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
    )
    expect(ld['@type']).toBe('MedicalWebPage')
    expect(ld.about.map((a: { name: string }) => a.name)).toEqual([
      'セクレトーム療法',
      'エクソソーム療法',
    ])
    expect(ld.reviewedBy.name).toBe('山田 太郎（デモ）')
    expect(ld.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(ld.citation).toHaveLength(13)
    // Only the three verified references are named in the citations.
    expect(
      ld.citation.filter((c: { name?: string }) => c.name).map((c: { name: string }) => c.name),
    ).toHaveLength(3)
    expect(JSON.stringify(ld)).not.toContain('@hikaku.test')
    await page.close()
  })

  it('is served from the cache on the second request', async () => {
    await fetch(`${baseURL}${ARTICLE}`)
    const res = await fetch(`${baseURL}${ARTICLE}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('x-nextjs-cache')).toMatch(/HIT|STALE/)
  })
})

describe('other public pages', () => {
  it('home lists the article and the treatments; treatment, component and reference pages render', async () => {
    const page = await newPage(browser)
    await page.goto('/')
    await expect(page.locator(`a[href="${ARTICLE}"]`).count()).resolves.toBeGreaterThan(0)
    await expect(
      page.locator('a[href="/treatments/exosome-therapy"]').count(),
    ).resolves.toBeGreaterThan(0)

    await page.goto('/treatments/exosome-therapy')
    await expect(page.locator('h1').innerText()).resolves.toContain('エクソソーム療法')
    await expect(page.locator('section.disclosure').count()).resolves.toBe(1)

    await page.goto('/components/exosome')
    await expect(page.locator('h1').innerText()).resolves.toContain('エクソソーム')
    await expect(
      page.locator('a[href="/treatments/secretome-therapy"]').count(),
    ).resolves.toBeGreaterThan(0)
    await expect(
      page.locator('a[href="/components/tetraspanins"]').count(),
    ).resolves.toBeGreaterThan(0)

    await page.goto('/references')
    await expect(page.locator('main h2').allInnerTexts()).resolves.toEqual(
      expect.arrayContaining(['商業・クリニック情報']),
    )
    await page.close()
  })

  it('unknown and unpublished slugs get the site 404 page with status 404', async () => {
    const page = await newPage(browser)
    for (const path of [
      '/articles/no-such-article',
      '/treatments/no-such-treatment',
      '/components/no-such',
      '/no/such/page',
    ]) {
      const response = await page.goto(path)
      expect(response?.status()).toBe(404)
      await expect(page.locator('h1').innerText()).resolves.toBe('ページが見つかりません')
    }
    await page.close()
  })

  it('serves sitemap.xml and robots.txt', async () => {
    const sitemap = await fetch(`${baseURL}/sitemap.xml`)
    expect(sitemap.status).toBe(200)
    const xml = await sitemap.text()
    expect(xml).toContain(`<loc>${baseURL}${ARTICLE}</loc>`)
    expect(xml).toContain(`<loc>${baseURL}/components/exosome</loc>`)
    const robots = await (await fetch(`${baseURL}/robots.txt`)).text()
    expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`)
    expect(robots).toContain('Disallow: /admin')
  })
})
