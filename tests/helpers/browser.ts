import { chromium, type Browser, type Page } from 'playwright-core'

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
