import { chromium, type Browser, type Page } from 'playwright-core'

import { DEMO_PASSWORD } from '../../seed/demoUsers'

export const baseURL = (() => {
  const url = process.env.BASE_URL
  if (!url) throw new Error('BASE_URL is not set: run e2e specs through `npm run test:e2e`')
  return url
})()

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Debian's Chromium, headless, with the flags this sandboxed machine needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

export async function newPage(
  browser: Browser,
  options: { width?: number; locale?: string } = {},
): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: options.locale ?? 'ja-JP',
    viewport: { width: options.width ?? 1280, height: 900 },
  })
  return context.newPage()
}

/** Signs a demo user in through the admin's login form on `page`; resolves once past the form. */
export async function signInToAdmin(page: Page, email: string): Promise<Page> {
  await page.goto('/admin/login')
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 30_000 })
  return page
}
