/**
 * Points 13, 11, 12 and 6 of issue 11 on the production server: the Content-Security-Policy of
 * the site and the admin (and the admin still works under it, in Chromium), HSTS behind an https
 * proxy, and the request guards over real HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { DEMO_PASSWORD } from '../../seed/demoUsers'
import { demoAccounts } from '../../seed/demoClient'
import { baseURL, launchBrowser, newPage } from '../helpers/browser'

const CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; media-src 'self' blob:; worker-src 'self' blob:; frame-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'self'; object-src 'none'"
const HSTS = 'max-age=63072000; includeSubDomains'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** Collects the page's CSP violations (the browser fires an event for each blocked load or script). */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { __csp: string[] }).__csp = seen
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    )
  })
  const console: string[] = []
  page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) console.push(m.text())
  })
  return async () => [
    ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)),
    ...console,
  ]
}

describe('Content-Security-Policy', () => {
  it.each(['/', '/articles/secretome-vs-exosome', '/admin', '/admin/login', '/api/health'])(
    '%s sends it',
    async (path) => {
      const res = await fetch(`${baseURL}${path}`, { redirect: 'manual' })
      await res.arrayBuffer()
      expect(res.headers.get('content-security-policy')).toBe(CSP)
    },
  )

  it('the public article renders under it without a violation', async () => {
    const page = await newPage(browser)
    const violations = await watchViolations(page)
    await page.goto('/articles/secretome-vs-exosome')
    await page.locator('h1').waitFor()
    await page.waitForLoadState('networkidle')
    expect(await violations()).toEqual([])
    await page.close()
  })

  it('the admin signs in, shows the dashboard and opens the article editor without a violation', async () => {
    const page = await newPage(browser)
    const violations = await watchViolations(page)
    await page.goto('/admin/login')
    await page.locator('input[name="email"]').fill(demoAccounts.marketer)
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 30_000 })
    // The dashboard, hydrated: its navigation links to the collections.
    await page.locator('a[href="/admin/collections/articles"]').first().waitFor({ timeout: 30_000 })
    await page.goto('/admin/collections/articles')
    await page.locator('table tbody tr').first().waitFor({ timeout: 30_000 })
    await page.locator('table tbody tr a').first().click()
    await page.locator('#field-lead').waitFor({ timeout: 30_000 })
    // The rich-text editor (Lexical) is live: it renders editable content.
    await page.locator('[contenteditable="true"]').first().waitFor({ timeout: 30_000 })
    // A relationship field's options load (Payload asks with a form-encoded POST).
    await page.waitForLoadState('networkidle')
    expect(await violations()).toEqual([])
    await page.close()
  })
})

describe('Strict-Transport-Security', () => {
  it('is sent when the proxy in front reports https', async () => {
    for (const path of ['/', '/admin/login', '/api/health']) {
      const res = await fetch(`${baseURL}${path}`, {
        headers: { 'x-forwarded-proto': 'https' },
        redirect: 'manual',
      })
      await res.arrayBuffer()
      expect(res.headers.get('strict-transport-security')).toBe(HSTS)
    }
  })

  it('is not sent over plain http', async () => {
    const res = await fetch(`${baseURL}/`)
    await res.arrayBuffer()
    expect(res.headers.get('strict-transport-security')).toBeNull()
  })
})

describe('request guards over HTTP', () => {
  it('a 10 MB body: 413 naming the limit', async () => {
    const res = await fetch(`${baseURL}/api/components`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x', functions: 'a'.repeat(10 * 1024 * 1024) }),
    })
    expect(res.status).toBe(413)
    expect((await res.json()).errors[0].message).toContain('1048576 bytes')
  })

  it('NUL in the path and in a query value: 400', async () => {
    for (const path of ['/api/articles/%00', '/api/articles?where[title][equals]=%00']) {
      const res = await fetch(`${baseURL}${path}`)
      expect(res.status).toBe(400)
      expect((await res.json()).errors[0].message).toContain('制御文字')
    }
  })

  it('NUL in the slug of a public page: 404, not 500', async () => {
    for (const path of ['/articles/%00', '/treatments/a%00b', '/components/%00']) {
      const res = await fetch(`${baseURL}${path}`)
      await res.arrayBuffer()
      expect(res.status).toBe(404)
    }
  })

  it('text/plain to a JSON endpoint: 400 naming the type', async () => {
    const res = await fetch(`${baseURL}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{}',
    })
    expect(res.status).toBe(400)
    expect((await res.json()).errors[0].message).toContain('text/plain')
  })

  it('anonymous depth=10: 400 naming depth', async () => {
    const res = await fetch(`${baseURL}/api/components?depth=10&limit=100`)
    expect(res.status).toBe(400)
    expect((await res.json()).errors[0].message).toContain('depth')
  })

  it('NUL in a field of a staff save: 400 naming the field', async () => {
    const login = await fetch(`${baseURL}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: demoAccounts.marketer, password: DEMO_PASSWORD }),
    })
    const { token } = await login.json()
    const res = await fetch(`${baseURL}/api/components`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ name: 'a\u0000b', kind: 'growth-factor', slug: `nul-${Date.now()}` }),
    })
    const body = await res.json()
    expect(res.status).toBe(400)
    expect(body.errors[0].message).toContain('name')
    // Whether Payload's production bundle keeps an error's `data` (see collections/Users/hooks/answerWithErrorData.ts).
    console.log(
      `[issue 11] production answer to a ValidationError thrown in a hook: ${JSON.stringify(body)}`,
    )
  })

  it('the preview redirect refuses /%09/evil.test with a staff session', async () => {
    const login = await fetch(`${baseURL}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: demoAccounts.marketer, password: DEMO_PASSWORD }),
    })
    const { token } = await login.json()
    const res = await fetch(`${baseURL}/next/preview?path=/%09/evil.test`, {
      headers: { authorization: `JWT ${token}` },
      redirect: 'manual',
    })
    expect(res.status).toBe(400)
    expect(res.headers.get('location')).toBeNull()
  })
})
