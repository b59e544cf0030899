import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { demoUsers } from '@/seed'

import { baseURL, launchBrowser, newPage } from '../helpers/browser'

/**
 * The demo site read as a medical reviewer would, page by page (every URL of the sitemap and
 * the reference library), in the raw HTML and in Chromium:
 *  - no placeholder title (「書誌情報確認中」);
 *  - no demo marker (デモ) except in the reviewer's name;
 *  - every number about an effect or its duration sits next to a citation of a peer-reviewed
 *    reference (a journal article or review in the page's reference list).
 */
let browser: Browser
let urls: string[]

const reviewerName = demoUsers.find((u) => u.email === 'reviewer@hikaku.test')!.name

beforeAll(async () => {
  browser = await launchBrowser()
  const sitemap = await (await fetch(`${baseURL}/sitemap.xml`)).text()
  urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) =>
    m[1]!.replace(/^https?:\/\/[^/]+/, ''),
  )
  urls.push('/references')
})

afterAll(async () => {
  await browser?.close()
})

describe('public pages of the demo', () => {
  it('cover the article, both treatments and the components', () => {
    expect(urls).toEqual(
      expect.arrayContaining([
        '/articles/secretome-vs-exosome',
        '/treatments/secretome-therapy',
        '/treatments/exosome-therapy',
        '/components/exomeres',
      ]),
    )
  })

  it('contain no placeholder title and no demo marker outside the reviewer byline', async () => {
    const offenders: string[] = []
    for (const url of urls) {
      const html = await (await fetch(`${baseURL}${url}`)).text()
      if (html.includes('書誌情報確認中')) offenders.push(`${url}: 書誌情報確認中`)
      const rest = html.split(reviewerName).join('')
      const at = rest.indexOf('デモ')
      if (at >= 0) offenders.push(`${url}: …${rest.slice(Math.max(0, at - 40), at + 20)}…`)
    }
    expect(offenders).toEqual([])
  })

  it('cite a peer-reviewed reference next to every number about an effect or its duration', async () => {
    const page = await newPage(browser)
    const offenders: string[] = []
    for (const url of urls) {
      await page.goto(url)
      const found = await page.evaluate(() => {
        const EFFECT = /効果|効能|持続|続く|続い|改善|有効性|維持|若返|軽減|回復|治癒/
        const peerReviewed = (href: string) => {
          const entry = document.querySelector(href)
          return (
            entry?.getAttribute('data-kind') === 'journal-article' ||
            entry?.getAttribute('data-kind') === 'review'
          )
        }
        const blocks = [...document.querySelectorAll('main p, main li, main td, main dd')].filter(
          (el) => !el.querySelector('p, li, td, dd'),
        )
        const bad: string[] = []
        for (const el of blocks) {
          const text = (el.textContent ?? '').replace(/\[\d+\]/g, '')
          const durationRow =
            el.closest('tr')?.querySelector('th')?.textContent?.includes('効果の持続') ?? false
          if (!/\d/.test(text) || !(EFFECT.test(text) || durationRow)) continue
          const cites = [...el.querySelectorAll('sup.cite a[href^="#ref-"]')].map((a) =>
            a.getAttribute('href')!,
          )
          if (!cites.some(peerReviewed)) bad.push(text.trim().slice(0, 60))
        }
        return bad
      })
      offenders.push(...found.map((t) => `${url}: ${t}`))
    }
    await page.close()
    expect(offenders).toEqual([])
  })
})
