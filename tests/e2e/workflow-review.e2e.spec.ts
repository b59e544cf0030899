import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { baseURL, launchBrowser, newPage, signInToAdmin } from '../helpers/browser'

/**
 * The review workflow in the real admin, in Chromium: the marketer edits the demo article
 * and submits; the reviewer finds it in 「レビュー待ち」 and requests changes; the marketer
 * fixes and resubmits; the reviewer approves; the public page shows the change.
 */
const SLUG = 'secretome-vs-exosome'
const stamp = Date.now().toString(36)
const FIRST = `（改訂案 ${stamp}）`
const FIXED = `（改訂 ${stamp}・出典確認済み）`
const NOTE = `要約の末尾の表記を「出典確認済み」に直してください ${stamp}`

let browser: Browser
let articleId: number
let originalLead: string

beforeAll(async () => {
  browser = await launchBrowser()
  const res = await fetch(`${baseURL}/api/articles?where[slug][equals]=${SLUG}&depth=0`)
  const json = await res.json()
  articleId = json.docs[0].id
  originalLead = json.docs[0].lead
})

afterAll(async () => {
  await browser?.close()
})

async function loginAs(email: string): Promise<Page> {
  const page = await newPage(browser)
  await signInToAdmin(page, email)
  return page
}

const workflow = (page: Page) => page.getByRole('group', { name: 'レビューワークフロー' })

async function openArticle(page: Page) {
  await page.goto(`/admin/collections/articles/${articleId}`)
  await workflow(page).waitFor({ timeout: 30_000 })
}

async function editLeadAndSave(page: Page, lead: string) {
  const field = page.locator('#field-lead')
  await field.waitFor()
  await field.fill(lead)
  const saved = page.waitForResponse(
    (r) => /\/api\/articles\/\d+/.test(r.url()) && r.request().method() === 'PATCH',
    { timeout: 30_000 },
  )
  await page.getByRole('button', { name: 'ドラフトを保存' }).click()
  expect((await saved).status()).toBe(200)
}

async function clickWorkflow(page: Page, label: string) {
  const done = page.waitForResponse(
    (r) => r.url().includes(`/api/articles/${articleId}/`) && r.request().method() === 'POST',
    { timeout: 30_000 },
  )
  await workflow(page).getByRole('button', { name: label }).click()
  return done
}

async function expectState(page: Page, label: string) {
  await workflow(page).getByText(label, { exact: true }).waitFor({ timeout: 30_000 })
}

describe('medical review workflow in the admin', () => {
  it('marketer submits → reviewer requests changes → marketer fixes and resubmits → reviewer approves → public page updated', async () => {
    // 1. The marketer edits the demo article and submits it. There is no Publish button.
    const marketer = await loginAs('marketer@hikaku.test')
    await openArticle(marketer)
    await expect(marketer.getByRole('button', { name: '公開', exact: true }).count()).resolves.toBe(
      0,
    )
    await editLeadAndSave(marketer, `${originalLead}${FIRST}`)
    expect((await clickWorkflow(marketer, 'レビューを申請')).status()).toBe(200)
    await marketer.waitForLoadState('load')
    await expectState(marketer, 'レビュー待ち')

    // The live page still shows the approved lead.
    const before = await (await fetch(`${baseURL}/api/articles/${articleId}`)).json()
    expect(before.lead).toBe(originalLead)

    // 2. The reviewer sees it in the queue and requests changes with a note.
    const reviewer = await loginAs('reviewer@hikaku.test')
    await reviewer.goto('/admin')
    const queue = reviewer.getByRole('region', { name: 'レビュー待ち' })
    const row = queue.locator(`[data-review-item="articles:${articleId}"]`)
    await row.waitFor({ timeout: 30_000 })
    await expect(row.getByRole('link', { name: '承認済みの版と比較' }).count()).resolves.toBe(1)
    await row.getByRole('link').first().click()
    await workflow(reviewer).waitFor({ timeout: 30_000 })
    await workflow(reviewer).getByRole('button', { name: '修正を依頼' }).click()
    const dialog = reviewer.getByRole('dialog', { name: '修正を依頼' })
    await dialog.getByRole('textbox').fill(NOTE)
    const requested = reviewer.waitForResponse(
      (r) => r.url().includes(`/api/articles/${articleId}/request-changes`),
      { timeout: 30_000 },
    )
    await dialog.getByRole('button', { name: '送信' }).click()
    expect((await requested).status()).toBe(200)
    await expectState(reviewer, '修正依頼')

    // 3. The marketer sees the note, fixes the text and resubmits.
    await openArticle(marketer)
    await workflow(marketer)
      .getByRole('note', { name: 'レビュアーからの修正依頼' })
      .getByText(NOTE, { exact: false })
      .waitFor({ timeout: 30_000 })
    await editLeadAndSave(marketer, `${originalLead}${FIXED}`)
    expect((await clickWorkflow(marketer, 'レビューを申請')).status()).toBe(200)
    await expectState(marketer, 'レビュー待ち')

    // 4. The reviewer approves (publishes). The article cites references whose bibliographic
    // data nobody has verified: the controls say so, and approval needs each one acknowledged.
    await openArticle(reviewer)
    await expectState(reviewer, 'レビュー待ち')
    await workflow(reviewer)
      .getByText(/未確認の引用文献 \d+件/)
      .waitFor({ timeout: 30_000 })
    await workflow(reviewer).getByRole('button', { name: '承認して公開' }).click()
    const dialog4 = reviewer.getByRole('dialog', { name: '承認して公開' })
    const confirm = dialog4.getByRole('button', { name: '確認して承認・公開' })
    const boxes = dialog4
      .locator('fieldset', { hasText: '書誌情報が未確認の引用文献' })
      .getByRole('checkbox')
    expect(await boxes.count()).toBe(10)
    await expect(confirm.isDisabled()).resolves.toBe(true)
    for (const box of await boxes.all()) await box.check()
    const approved = reviewer.waitForResponse(
      (r) => r.url().includes(`/api/articles/${articleId}/approve`),
      { timeout: 30_000 },
    )
    await confirm.click()
    expect((await approved).status()).toBe(200)
    await expectState(reviewer, '承認済み・公開中')

    // 5. The public page shows the approved change.
    const visitor = await newPage(browser)
    let text = ''
    for (let attempt = 0; attempt < 20 && !text.includes(FIXED); attempt++) {
      const response = await visitor.goto(`/articles/${SLUG}`)
      expect(response?.status()).toBe(200)
      text = (await visitor.locator('main').innerText()) ?? ''
      if (!text.includes(FIXED)) await visitor.waitForTimeout(500)
    }
    expect(text).toContain(FIXED)
    expect(text).not.toContain(FIRST)
  })
})
