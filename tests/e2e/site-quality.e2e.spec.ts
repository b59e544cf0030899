/** Accessibility (axe-core), one h1, no horizontal scroll at 360 px, on every page type. */
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { launchBrowser, newPage } from '../helpers/browser'

const PAGES = {
  home: '/',
  article: '/articles/secretome-vs-exosome',
  treatment: '/treatments/secretome-therapy',
  component: '/components/exosome',
  references: '/references',
  'not found': '/articles/no-such-article',
}

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

type AxeResult = {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[]
}

async function axe(page: Page): Promise<AxeResult> {
  await page.addScriptTag({ path: path.resolve('node_modules/axe-core/axe.min.js') })
  return page.evaluate(async () => {
    const run = (
      window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResult> } }
    ).axe.run
    const result = await run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
    })
    return {
      violations: result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target })),
      })),
    }
  })
}

describe.each(Object.entries(PAGES))('%s page', (_name, url) => {
  it('has no serious or critical axe-core violations, landmarks and exactly one h1', async () => {
    const page = await newPage(browser)
    await page.goto(url)
    // With two root layouts ((site), (payload)) Next answers a 404 with its error shell and the
    // runtime draws the site's not-found page from the flight data: wait until it is complete.
    await page.waitForSelector('html[lang="ja"] h1')
    const { violations } = await axe(page)
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(serious.map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.slice(0, 3))}`)).toEqual(
      [],
    )
    await expect(page.locator('h1').count()).resolves.toBe(1)
    await expect(page.locator('main').count()).resolves.toBe(1)
    await expect(page.locator('header.site-header').count()).resolves.toBe(1)
    await expect(page.locator('footer').count()).resolves.toBe(1)
    // Headings never skip a level.
    const levels = await page
      .locator('h1, h2, h3, h4, h5, h6')
      .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])))
    for (let i = 1; i < levels.length; i++)
      expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1)
    await page.close()
  })

  it('has no horizontal scroll at 360 px', async () => {
    const page = await newPage(browser, { width: 360 })
    await page.goto(url)
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }))
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth)
    await page.close()
  })
})

describe('article page', () => {
  it('ships no client component code of its own and loads no web fonts', async () => {
    const page = await newPage(browser)
    const requests: string[] = []
    page.on('request', (r) => requests.push(r.url()))
    await page.goto(PAGES.article)
    await page.waitForLoadState('networkidle')
    expect(requests.filter((u) => /\.(woff2?|ttf|otf)(\?|$)/.test(u))).toEqual([])
    // Only Next's runtime: the page's own chunk holds no client components.
    const ownChunks = requests.filter(
      (u) => u.includes('/app/(site)/articles/') || u.includes('/app/%28site%29/articles/'),
    )
    for (const chunk of ownChunks) {
      const source = await (await fetch(chunk)).text()
      expect(source.length).toBeLessThan(2_000)
    }
    await page.close()
  })

  it('has a print stylesheet that hides navigation and back links', async () => {
    const page = await newPage(browser)
    await page.goto(PAGES.article)
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('.site-header nav').isVisible()).resolves.toBe(false)
    await expect(page.locator('.backrefs').first().isVisible()).resolves.toBe(false)
    await expect(page.locator('table.comparison-table').isVisible()).resolves.toBe(true)
    await page.close()
  })
})
