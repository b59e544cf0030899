import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { generateSync } from 'otplib'
import type { Browser, Page } from 'playwright-core'

import { DEMO_PASSWORD } from '../../seed/demoUsers'
import { baseURL, launchBrowser, newPage } from '../helpers/browser'
import { demoAccounts } from '../../seed/demoClient'

/**
 * Two-factor authentication in the real admin, on the production server: a new reviewer
 * signs in, is sent to set up an authenticator app, scans (here: reads) the key shown on the
 * page, confirms with a code computed from it, sees the recovery codes once, and later
 * signs in with the password and a fresh code.
 */
const email = `e2e-reviewer-${Date.now().toString(36)}@clinic.test`
const password = 'reviewer-e2e-passphrase'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
  const login = await fetch(`${baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: demoAccounts.admin, password: DEMO_PASSWORD }),
  })
  expect(login.status).toBe(200)
  const { token } = await login.json()
  const created = await fetch(`${baseURL}/api/users`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify({
      email,
      password,
      name: 'E2E レビュアー',
      qualification: '医師',
      roles: ['reviewer'],
    }),
  })
  expect(created.status).toBe(201)
})

afterAll(async () => {
  await browser?.close()
})

async function enterPassword(page: Page) {
  await page.goto('/admin/login')
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.getByRole('button', { name: 'ログイン' }).click()
}

/** Who the browser is signed in as (a browser fetch: Payload accepts the cookie with Sec-Fetch-Site). */
const signedInAs = (page: Page) =>
  page.evaluate(async () => (await (await fetch('/api/users/me')).json()).user?.email ?? null)

const code = (secret: string, steps = 0) =>
  generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 })

describe('two-factor authentication in the admin', () => {
  let secret: string

  it('a reviewer without it is sent to set it up, confirms with a code, and sees the recovery codes once', async () => {
    const page = await newPage(browser)
    await enterPassword(page)

    const enrolment = page.getByRole('region', { name: '二段階認証の設定' })
    await enrolment.waitFor({ timeout: 30_000 })
    await expect(
      enrolment.getByRole('img', { name: '認証アプリに登録する QR コード' }).count(),
    ).resolves.toBe(1)
    secret = (await page.getByTestId('totp-secret').innerText()).trim()
    expect(secret).toMatch(/^[A-Z2-7]{32}$/)
    // Still signed out: the admin is not reachable before the set-up is done.
    await expect(signedInAs(page)).resolves.toBeNull()

    await page.locator('input[name="code"]').fill(code(secret))
    await page.getByRole('button', { name: '設定してログイン' }).click()

    const codes = page.getByRole('region', { name: 'リカバリーコード' })
    await codes.waitFor({ timeout: 30_000 })
    await expect(codes.locator('li').count()).resolves.toBe(10)
    await page.getByLabel('リカバリーコードを保管しました').check()
    await page.getByRole('button', { name: '管理画面へ進む' }).click()
    await page.waitForURL((url) => url.pathname === '/admin', { timeout: 30_000 })
    await expect(signedInAs(page)).resolves.toBe(email)
    await page.context().close()
  })

  it('signs in again with the password and a fresh code from the app', async () => {
    const page = await newPage(browser)
    await enterPassword(page)
    const input = page.locator('input[name="code"]')
    await input.waitFor({ timeout: 30_000 })
    // The set-up used this period's code; the app shows the next one soon after.
    await input.fill(code(secret, 1))
    await page.getByRole('button', { name: '確認してログイン' }).click()
    await page.waitForURL((url) => url.pathname === '/admin', { timeout: 30_000 })
    await expect(signedInAs(page)).resolves.toBe(email)
    await page.context().close()
  })

  it('a wrong code keeps the reviewer out, with a message', async () => {
    const page = await newPage(browser)
    await enterPassword(page)
    const input = page.locator('input[name="code"]')
    await input.waitFor({ timeout: 30_000 })
    await input.fill('000000' === code(secret, 1) ? '111111' : '000000')
    await page.getByRole('button', { name: '確認してログイン' }).click()
    await expect(page.locator('form [role="alert"]').innerText()).resolves.toBe(
      '二段階認証のコードが正しくないか、すでに使われています。',
    )
    expect(new URL(page.url()).pathname).toBe('/admin/login')
    await page.context().close()
  })
})
