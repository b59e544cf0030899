import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Frame, Page, Response } from 'playwright-core'

import { baseURL, launchBrowser, newPage, signInToAdmin } from '../helpers/browser'

/**
 * A marketer edits a component and watches the draft in the admin's live preview at phone
 * width; a reviewer approves it for a publish a few seconds ahead; the public page changes
 * once the publishing job has run (the e2e server runs the jobs every second).
 */
const SLUG = 'pdgf'
const PAGE = `/components/${SLUG}`
const stamp = Date.now().toString(36)
const FIRST = `（下書き確認 ${stamp}）`
const SECOND = `（予約公開 ${stamp}）`

let browser: Browser
let componentId: number
let originalFunctions: string

beforeAll(async () => {
  browser = await launchBrowser()
  const json = await (
    await fetch(`${baseURL}/api/components?where[slug][equals]=${SLUG}&depth=0`)
  ).json()
  componentId = json.docs[0].id
  originalFunctions = json.docs[0].functions
})

afterAll(async () => {
  await browser?.close()
})

async function loginAs(email: string): Promise<Page> {
  const page = await newPage(browser, { width: 1600 })
  await signInToAdmin(page, email)
  return page
}

const workflow = (page: Page) => page.getByRole('group', { name: 'レビューワークフロー' })

async function saveFunctions(page: Page, text: string) {
  await page.locator('#field-functions').fill(text)
  const saved = page.waitForResponse(
    (r) => r.url().includes(`/api/components/${componentId}`) && r.request().method() === 'PATCH',
    { timeout: 30_000 },
  )
  await page.getByRole('button', { name: 'ドラフトを保存' }).click()
  expect((await saved).status()).toBe(200)
}

async function previewFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe').first().elementHandle({ timeout: 30_000 })
  const frame = await handle!.contentFrame()
  if (!frame) throw new Error('no live preview frame')
  return frame
}

/** The public page as a visitor gets it (no cookies). */
const visitorPage = async () => (await fetch(`${baseURL}${PAGE}`)).text()

/** A wall-clock time in Japan as a datetime-local value, `seconds` from now. */
function tokyoLocal(seconds: number): string {
  const t = new Date(Date.now() + seconds * 1000 + 9 * 3600_000)
  return t.toISOString().slice(0, 19)
}

describe('live preview and scheduled publishing in the admin', () => {
  it('marketer sees the draft in the live preview at 360 px; a visitor gets neither the draft nor the preview', async () => {
    const marketer = await loginAs('marketer@hikaku.test')
    await marketer.goto(`/admin/collections/components/${componentId}`)
    await workflow(marketer).waitFor({ timeout: 30_000 })
    await saveFunctions(marketer, `${originalFunctions}${FIRST}`)

    const frameLoads: Response[] = []
    marketer.on('response', (r) => {
      if (r.request().isNavigationRequest() && r.frame() !== marketer.mainFrame())
        frameLoads.push(r)
    })
    await marketer.locator('#live-preview-toggler').click()
    await marketer.locator('.live-preview-toolbar-controls__breakpoint button').first().click()
    await marketer.getByRole('button', { name: 'スマートフォン（360px）' }).click()
    let frame = await previewFrame(marketer)
    await frame.getByText(FIRST, { exact: false }).waitFor({ timeout: 30_000 })
    await expect(frame.evaluate(() => window.innerWidth)).resolves.toBe(360)
    await expect(
      frame.getByRole('status').getByText('プレビュー表示中', { exact: false }).count(),
    ).resolves.toBe(1)

    // A second save shows in the frame without reloading the admin (RefreshRouteOnSave).
    await saveFunctions(marketer, `${originalFunctions}${SECOND}`)
    frame = await previewFrame(marketer)
    await frame.getByText(SECOND, { exact: false }).waitFor({ timeout: 30_000 })

    // What the frame loaded — the preview entry, then the draft-mode page — is private and never stored.
    const entry = frameLoads.find((r) => new URL(r.url()).pathname === '/next/preview')
    const draftPage = frameLoads.find((r) => new URL(r.url()).pathname === PAGE)
    expect(entry?.status()).toBe(307)
    expect(draftPage?.status()).toBe(200)
    for (const response of [entry!, draftPage!]) {
      expect(response.headers()['cache-control']).toMatch(/private/)
      expect(response.headers()['cache-control']).toMatch(/no-store/)
    }

    // A visitor: refused at the preview entry, and the public page shows no draft.
    const refused = await fetch(`${baseURL}/next/preview?path=${encodeURIComponent(PAGE)}`, {
      redirect: 'manual',
    })
    expect(refused.status).toBe(401)
    expect(refused.headers.getSetCookie().join(';')).not.toContain('__prerender_bypass')
    expect(await refused.text()).not.toContain(SECOND)
    const publicHtml = await visitorPage()
    expect(publicHtml).not.toContain(SECOND)
    expect(publicHtml).not.toContain(FIRST)

    const submitted = marketer.waitForResponse(
      (r) => r.url().includes(`/api/components/${componentId}/submit`),
      { timeout: 30_000 },
    )
    await workflow(marketer).getByRole('button', { name: 'レビューを申請' }).click()
    expect((await submitted).status()).toBe(200)
  })

  it('reviewer approves for a publish a few seconds ahead; the page changes after the job ran', async () => {
    const reviewer = await loginAs('reviewer@hikaku.test')
    await reviewer.goto(`/admin/collections/components/${componentId}`)
    await workflow(reviewer).getByRole('button', { name: '日時を指定して承認' }).click()
    const dialog = reviewer.getByRole('dialog', { name: '承認して公開' })
    await dialog.getByLabel('公開日時（日本時間）').fill(tokyoLocal(8))
    for (const box of await dialog.getByRole('checkbox').all()) await box.check()
    const approved = reviewer.waitForResponse(
      (r) => r.url().includes(`/api/components/${componentId}/approve`),
      { timeout: 30_000 },
    )
    await dialog.getByRole('button', { name: '確認して公開を予約' }).click()
    const res = await approved
    expect(res.status()).toBe(200)
    const publishAt = new Date(res.request().postDataJSON().publishAt as string)
    // The controls reload and show the new state.
    await reviewer.waitForLoadState('load')
    await workflow(reviewer)
      .getByText('承認済み・公開予約', { exact: true })
      .waitFor({ timeout: 30_000 })

    // The dashboard lists it, in Japan time.
    await reviewer.goto('/admin')
    const row = reviewer.locator(`[data-scheduled-item="components:${componentId}"]`)
    await row.waitFor({ timeout: 30_000 })
    const expected = publishAt.toLocaleString('ja-JP', {
      timeZone: 'Asia/Tokyo',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
    await expect(row.textContent()).resolves.toContain(expected)

    // Not before the time…
    if (Date.now() < publishAt.getTime() - 1000) expect(await visitorPage()).not.toContain(SECOND)
    // …then within a few seconds of it (the runner polls every second).
    let html = ''
    const deadline = publishAt.getTime() + 20_000
    while (Date.now() < deadline) {
      html = await visitorPage()
      if (html.includes(SECOND)) break
      await new Promise((r) => setTimeout(r, 500))
    }
    expect({ published: html.includes(SECOND), draftText: html.includes(FIRST) }).toEqual({
      published: true,
      draftText: false,
    })
  })
})
