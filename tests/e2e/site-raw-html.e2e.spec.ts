import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { baseURL, launchBrowser, newPage, signInToAdmin } from '../helpers/browser'

/**
 * What a client without JavaScript (and a crawler) receives: the raw HTML of the production
 * server, read with fetch — no browser runs the page's scripts here.
 */
const UNKNOWN = [
  '/articles/unknown',
  '/treatments/x',
  '/components/x',
  '/references/x',
  '/nope/deeper',
  '/nope',
]

const rawHtml = async (path: string) => {
  const res = await fetch(`${baseURL}${path}`, { headers: { accept: 'text/html' } })
  return { status: res.status, html: await res.text() }
}

/** The markup of <main>, without the inline RSC payload that repeats it for the browser. */
const main = (html: string) => html.match(/<main[^>]*>[\s\S]*?<\/main>/)?.[0] ?? ''

describe('404 without JavaScript', () => {
  it.each(UNKNOWN)(
    '%s answers 404 with the site header, a message and links home and to the references',
    async (path) => {
      const { status, html } = await rawHtml(path)
      expect(status).toBe(404)
      expect(html).not.toContain('__next_error__')
      expect(html).toMatch(/<html lang="ja"/)
      expect(html).toMatch(/<header class="site-header"/)
      expect(main(html)).toContain('<h1>ページが見つかりません</h1>')
      expect(main(html)).toContain('href="/"')
      expect(main(html)).toContain('href="/references"')
      expect(html).toMatch(/<meta name="robots" content="noindex"/)
    },
  )

  it('is served from the cache the second time, still as a 404 with the page', async () => {
    await rawHtml('/articles/unknown-twice')
    const again = await rawHtml('/articles/unknown-twice')
    expect(again.status).toBe(404)
    expect(main(again.html)).toContain('ページが見つかりません')
  })
})

describe('icons', () => {
  it.each([
    ['/favicon.ico', 'image/x-icon'],
    ['/icon.svg', 'image/svg+xml'],
    ['/apple-touch-icon.png', 'image/png'],
  ])('%s is served as %s', async (path, type) => {
    const res = await fetch(`${baseURL}${path}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain(type)
    expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(100)
  })

  it('the public pages link the icon and the apple-touch icon', async () => {
    const { html } = await rawHtml('/')
    expect(html).toMatch(/<link rel="icon" href="\/icon.svg" type="image\/svg\+xml"/)
    expect(html).toMatch(/<link rel="apple-touch-icon" href="\/apple-touch-icon.png"/)
  })
})

describe('production build', () => {
  it('does not contain the benchmark page', async () => {
    const { status, html } = await rawHtml('/bench/static-article')
    expect(status).toBe(404)
    expect(main(html)).toContain('ページが見つかりません')
  })
})

describe('admin dates', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('read like 2026年11月25日 19:22 in list views', async () => {
    const page = await newPage(browser)
    await signInToAdmin(page, 'admin@hikaku.test')
    await page.goto('/admin/collections/articles')
    // The cell says 「読み込み中...」 until the list has loaded its dates.
    const cell = page.locator('td.cell-updatedAt', { hasText: '年' }).first()
    await cell.waitFor({ timeout: 30_000 })
    await expect(cell.innerText()).resolves.toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/)
    await page.close()
  })
})
