import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { launchBrowser, newPage } from '../helpers/browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('site search', () => {
  it('a visitor searches in Japanese from the header, sees highlighted results and follows one', async () => {
    const page = await newPage(browser)
    expect((await page.goto('/'))?.status()).toBe(200)

    // The home page tells search engines how to search the site.
    const jsonLd = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
      (t) => JSON.parse(t),
    )
    const website = jsonLd.find((d) => d['@type'] === 'WebSite')
    expect(website?.potentialAction?.['@type']).toBe('SearchAction')
    expect(website?.potentialAction?.target?.urlTemplate).toMatch(
      /\/search\?q=\{search_term_string\}$/,
    )

    const box = page.getByRole('search').getByRole('searchbox', { name: 'サイト内検索' })
    await box.fill('エクソソーム療法の副作用')
    await box.press('Enter')
    await page.waitForURL(/\/search\?q=/)
    expect(new URL(page.url()).searchParams.get('q')).toBe('エクソソーム療法の副作用')

    await expect(page.locator('h1').innerText()).resolves.toBe(
      '「エクソソーム療法の副作用」の検索結果',
    )
    const results = page.locator('ol.search-results > li')
    await expect(results.count()).resolves.toBeGreaterThan(0)
    const first = results.first()
    await expect(first.locator('h2').innerText()).resolves.toBe('エクソソーム療法')
    await expect(first.locator('.search-snippet mark').count()).resolves.toBeGreaterThan(0)
    const marked = await page.locator('.search-snippet mark').allInnerTexts()
    expect(marked).toEqual(expect.arrayContaining(['副作用']))

    await first.locator('h2 a').click()
    await page.waitForURL(/\/treatments\/exosome-therapy$/)
    await expect(page.locator('h1').innerText()).resolves.toContain('エクソソーム療法')
  })

  it('no match, an empty query and a too long one get a page in Japanese that says so', async () => {
    const page = await newPage(browser)
    expect((await page.goto('/search?q=' + encodeURIComponent('ズモルカペトラム')))?.status()).toBe(
      200,
    )
    await expect(page.locator('.search-empty').innerText()).resolves.toContain(
      '「ズモルカペトラム」に一致するページは見つかりませんでした。',
    )

    await page.goto('/search?q=')
    await expect(page.locator('h1').innerText()).resolves.toBe('サイト内検索')
    await expect(page.locator('main').innerText()).resolves.toContain(
      '調べたい言葉を入力してください',
    )

    await page.goto('/search?q=' + encodeURIComponent('エクソソーム'.repeat(20)))
    await expect(page.locator('main [role=alert]').innerText()).resolves.toContain(
      '100文字以内で入力してください',
    )
    await expect(page.locator('ol.search-results').count()).resolves.toBe(0)
  })
})
