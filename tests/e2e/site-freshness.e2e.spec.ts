/**
 * Publishing is visible at once, drafts never are: edits go through the REST API as staff
 * (tests/helpers/publish.ts), the page is read as an anonymous visitor and as staff in
 * draft mode. The demo treatment is restored at the end.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { baseURL, launchBrowser, newPage } from '../helpers/browser'
import { demoAccounts, findPublished, publishChange, saveDraft } from '../../seed/demoClient'
import { DEMO_PASSWORD } from '../../seed/demoUsers'

const ARTICLE = '/articles/secretome-vs-exosome'

let browser: Browser
let treatment: Record<string, unknown> & { id: number }
let originalDefinition: string

const visitorHtml = async (path = ARTICLE) => (await fetch(`${baseURL}${path}`)).text()

async function waitFor(predicate: () => Promise<boolean>, timeoutMs = 15_000): Promise<number> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (await predicate()) return Date.now() - started
    await new Promise((r) => setTimeout(r, 25))
  }
  throw new Error(`not visible after ${timeoutMs} ms`)
}

beforeAll(async () => {
  browser = await launchBrowser()
  treatment = await findPublished(baseURL, 'treatments', 'exosome-therapy')
  originalDefinition = treatment.definition as string
  await visitorHtml() // cached before the edits
})

afterAll(async () => {
  await publishChange(baseURL, 'treatments', treatment.id, { definition: originalDefinition })
  await browser?.close()
})

describe('freshness', () => {
  it('a treatment edited and published through the API shows on the article page', async () => {
    const marker = `（更新確認 ${Date.now()}）`
    expect(await visitorHtml()).not.toContain(marker)
    const started = Date.now()
    await publishChange(baseURL, 'treatments', treatment.id, {
      definition: `${originalDefinition}${marker}`,
    })
    const published = Date.now()
    await waitFor(async () => (await visitorHtml()).includes(marker))
    console.info(
      `publish → visible on the article page: ${Date.now() - published} ms after the publish call returned (${published - started} ms for the publish itself)`,
    )

    const page = await newPage(browser)
    await page.goto(ARTICLE)
    await expect(page.locator('table.comparison-table').innerText()).resolves.toContain(marker)
    await page.close()
    // …and it is cached again afterwards.
    await visitorHtml()
    expect((await fetch(`${baseURL}${ARTICLE}`)).headers.get('x-nextjs-cache')).toBe('HIT')
  })
})

describe('drafts', () => {
  it('a draft is never shown to an anonymous visitor, but staff can preview it', async () => {
    const marker = `（下書き確認 ${Date.now()}）`
    await saveDraft(baseURL, 'treatments', treatment.id, {
      definition: `${originalDefinition}${marker}`,
    })

    expect(await visitorHtml()).not.toContain(marker)
    expect(await visitorHtml('/treatments/exosome-therapy')).not.toContain(marker)
    const api = await (
      await fetch(`${baseURL}/api/treatments/${treatment.id}?draft=true&depth=0`)
    ).text()
    expect(api).not.toContain(marker)

    // Anonymous: the preview route refuses and sets no draft-mode cookie.
    const anonymous = await browser.newContext({ baseURL })
    const refused = await anonymous.request.get(
      '/next/preview?path=' + encodeURIComponent(ARTICLE),
      { maxRedirects: 0 },
    )
    expect(refused.status()).toBe(401)
    expect((await anonymous.cookies()).map((c) => c.name)).not.toContain('__prerender_bypass')

    // Staff: logged in, the preview link enables draft mode and shows the draft.
    const staff = await browser.newContext({ baseURL })
    const login = await staff.request.post('/api/users/login', {
      data: { email: demoAccounts.marketer, password: DEMO_PASSWORD },
    })
    expect(login.status()).toBe(200)
    const staffPage = await staff.newPage()
    await staffPage.goto('/next/preview?path=' + encodeURIComponent(ARTICLE))
    expect(new URL(staffPage.url()).pathname).toBe(ARTICLE)
    await expect(staffPage.locator('table.comparison-table').innerText()).resolves.toContain(marker)
    await expect(staffPage.locator('.preview-banner').count()).resolves.toBe(1)

    // A visitor holding the same draft-mode cookie but no session still gets the published page.
    const bypass = (await staff.cookies()).find((c) => c.name === '__prerender_bypass')
    expect(bypass).toBeDefined()
    const stolen = await browser.newContext({ baseURL })
    await stolen.addCookies([bypass!])
    const stolenPage = await stolen.newPage()
    await stolenPage.goto(ARTICLE)
    await expect(stolenPage.locator('table.comparison-table').innerText()).resolves.not.toContain(
      marker,
    )
    await expect(stolenPage.locator('.preview-banner').count()).resolves.toBe(0)

    // The preview never leaks into the cache: visitors still get the published page.
    expect(await visitorHtml()).not.toContain(marker)
    await Promise.all([anonymous.close(), staff.close(), stolen.close()])
  })
})
