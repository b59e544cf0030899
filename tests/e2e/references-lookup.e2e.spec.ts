import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { IDS, TEST_ARTICLE } from '../fixtures/referenceLookup'
import { baseURL, launchBrowser, newPage, signInToAdmin } from '../helpers/browser'

/**
 * 「書誌情報を取得」 in the real admin, in Chromium, against the recorded responses that
 * tests/e2e/run.ts serves on this machine (tests/helpers/lookupFixtureServer.ts) — the
 * production server's CROSSREF_API_URL / NCBI_EUTILS_URL / PMC_IDCONV_URL /
 * EUROPE_PMC_API_URL point there, with a 1.5 s lookup timeout.
 */
let browser: Browser
let marketer: Page

beforeAll(async () => {
  browser = await launchBrowser()
  marketer = await newPage(browser)
  await signInToAdmin(marketer, 'marketer@hikaku.test')
})

afterAll(async () => {
  await browser?.close()
})

async function newReferenceForm() {
  await marketer.goto('/admin/collections/references/create')
  await marketer.locator('#field-pmid').waitFor({ timeout: 30_000 })
}

const lookupButton = () => marketer.getByRole('button', { name: '書誌情報を取得' })

describe('reference lookup in the admin', () => {
  it('a PMID fills title, authors, journal, year, volume, issue, pages, DOI and PMCID; saving stores them unverified', async () => {
    await newReferenceForm()
    await marketer.locator('#field-pmid').fill(IDS.testPmid)
    const answered = marketer.waitForResponse((r) => r.url().endsWith('/api/references/lookup'), {
      timeout: 30_000,
    })
    await lookupButton().click()
    expect((await answered).status()).toBe(200)
    await marketer
      .getByRole('status')
      .getByText('の書誌情報を PubMed（NCBI E-utilities） から取得しました', { exact: false })
      .waitFor({ timeout: 30_000 })

    await expect(marketer.locator('#field-title').inputValue()).resolves.toBe(TEST_ARTICLE.title)
    await expect(marketer.locator('#field-authors').inputValue()).resolves.toBe(
      TEST_ARTICLE.authors,
    )
    await expect(marketer.locator('#field-journal').inputValue()).resolves.toBe(
      TEST_ARTICLE.pubmedJournal,
    )
    await expect(marketer.locator('#field-year').inputValue()).resolves.toBe(
      String(TEST_ARTICLE.year),
    )
    await expect(marketer.locator('#field-volume').inputValue()).resolves.toBe(TEST_ARTICLE.volume)
    await expect(marketer.locator('#field-issue').inputValue()).resolves.toBe(TEST_ARTICLE.issue)
    await expect(marketer.locator('#field-pages').inputValue()).resolves.toBe(TEST_ARTICLE.pages)
    await expect(marketer.locator('#field-doi').inputValue()).resolves.toBe(IDS.testDoi)
    await expect(marketer.locator('#field-pmcid').inputValue()).resolves.toBe(IDS.testPmcid)

    // The lookup saved nothing; the user saves.
    const before = await (
      await fetch(`${baseURL}/api/references?where[pmid][equals]=${IDS.testPmid}&draft=true`)
    ).json()
    expect(before.totalDocs).toBe(0)
    await marketer.locator('#field-slug').fill(`lookup-e2e-${Date.now().toString(36)}`)
    await marketer.locator('#field-evidenceLevel').click()
    await marketer.getByText('症例集積・症例報告', { exact: true }).click()
    const saved = marketer.waitForResponse(
      (r) =>
        /\/api\/references(\/\d+)?(\?|$)/.test(r.url()) &&
        ['POST', 'PATCH'].includes(r.request().method()),
      { timeout: 30_000 },
    )
    await marketer.getByRole('button', { name: 'ドラフトを保存' }).click()
    const response = await saved
    expect(response.status()).toBeLessThan(300)
    const doc = (await response.json()).doc
    expect(doc).toMatchObject({
      title: TEST_ARTICLE.title,
      pmid: IDS.testPmid,
      doi: IDS.testDoi,
      verificationStatus: 'unverified',
      _status: 'draft',
    })
  })

  it.each([
    [IDS.unknownPmid, 'に見つかりませんでした'],
    [IDS.rateLimitedPmid, '2 秒ほど待ってから'],
    [IDS.slowPmid, '1.5 秒以内に応答しませんでした'],
  ])(
    'PMID %s: a clear Japanese message, and the form keeps what the user typed',
    async (pmid, message) => {
      await newReferenceForm()
      await marketer.locator('#field-pmid').fill(pmid)
      await marketer.locator('#field-title').fill('入力途中のメモ')
      await lookupButton().click()
      const alert = marketer.getByRole('alert').filter({ hasText: message })
      await alert.waitFor({ timeout: 30_000 })
      await expect(alert.innerText()).resolves.toContain('入力内容は変更していません')
      await expect(marketer.locator('#field-title').inputValue()).resolves.toBe('入力途中のメモ')
      await expect(marketer.locator('#field-pmid').inputValue()).resolves.toBe(pmid)
      await expect(marketer.locator('#field-authors').inputValue()).resolves.toBe('')
    },
  )

  it('the references list marks what is not verified', async () => {
    await marketer.goto('/admin/collections/references?limit=50')
    await marketer.locator('[data-verification]').first().waitFor({ timeout: 30_000 })
    await expect(marketer.locator('[data-verification="verified"]').count()).resolves.toBe(3)
    await expect(
      marketer.locator('[data-verification="unverified"]').count(),
    ).resolves.toBeGreaterThanOrEqual(10)
  })
})
