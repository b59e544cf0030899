import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'

import { baseURL, launchBrowser, newPage } from '../helpers/browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('production build', () => {
  it('serves the admin login screen at /admin', async () => {
    const page = await newPage(browser)
    const response = await page.goto('/admin')
    expect(response?.status()).toBe(200)
    await page.waitForURL(/\/admin\/(login|create-first-user)/)
    await page.locator('input[name="email"]').waitFor({ state: 'visible', timeout: 30_000 })
    await expect(page.locator('input[name="password"]').count()).resolves.toBe(1)
    await page.close()
  })

  it('shows the admin in Japanese by default, even to an English-language browser', async () => {
    const page = await newPage(browser, { locale: 'en-US' })
    await page.goto('/admin')
    await page.locator('input[name="email"]').waitFor({ state: 'visible', timeout: 30_000 })
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ja')
    await expect(page.getByRole('button', { name: 'ログイン' }).count()).resolves.toBe(1)
    await page.close()
  })

  it('renders the public home page', async () => {
    const page = await newPage(browser)
    const response = await page.goto('/')
    expect(response?.status()).toBe(200)
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ja')
    await expect(page.locator('h1').count()).resolves.toBe(1)
    await page.close()
  })

  it('sends security headers', async () => {
    const res = await fetch(`${baseURL}/`)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(res.headers.get('x-powered-by')).toBeNull()
  })

  it('reports health over HTTP', async () => {
    const res = await fetch(`${baseURL}/api/health`)
    expect(res.status).toBe(200)
    await expect(res.json()).resolves.toEqual({ status: 'ok', db: 'ok' })
  })
})
