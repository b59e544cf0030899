import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'

import { demoAccounts, loginAs, publishChange, saveDraft } from '../../seed/demoClient'
import { baseURL, launchBrowser, newPage, signInToAdmin } from '../helpers/browser'

/**
 * What a clinic marketer expects of media, redirects and share images, in Chromium against the
 * production build: a treatment with a hero image (next/image, sharp) and a share image
 * (1200×630 PNG with its Japanese title); the marketer renames its slug in the admin, the
 * reviewer approves in the admin, and the old address answers 301 and lands on the new page;
 * a draft title never reaches the share image; a medium in use cannot be deleted.
 */
const stamp = Date.now().toString(36)
const OLD_SLUG = `e2e-hero-${stamp}`
const NEW_SLUG = `e2e-hero-renamed-${stamp}`
const NAME = `画像付きの試験治療 ${stamp}`

let browser: Browser
let treatmentId: number
let mediaId: number

async function api(method: string, path: string, token: string, body?: unknown, form?: FormData) {
  const res = await fetch(`${baseURL}/api${path}`, {
    method,
    headers: {
      Authorization: `JWT ${token}`,
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: form ?? (body ? JSON.stringify(body) : undefined),
  })
  return { status: res.status, json: await res.json().catch(() => undefined) }
}

beforeAll(async () => {
  browser = await launchBrowser()
  const marketer = await loginAs(baseURL, demoAccounts.marketer)
  const png = await sharp({
    create: { width: 1600, height: 900, channels: 3, background: '#3a7bd5' },
  })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `hero-${stamp}.png`)
  form.append('_payload', JSON.stringify({ alt: '青い背景の説明画像' }))
  const media = await api('POST', '/media', marketer, undefined, form)
  expect(media.status).toBe(201)
  mediaId = media.json.doc.id

  const created = await api('POST', '/treatments?draft=true', marketer, {
    name: NAME,
    summary: '保険診療で行われる、国内承認済みの試験用治療です。',
    regulatory: { coverage: 'insurance', approval: 'approved' },
    slug: OLD_SLUG,
    heroImage: mediaId,
  })
  expect(created.status).toBe(201)
  treatmentId = created.json.doc.id
  await publishChange(baseURL, 'treatments', treatmentId, {})
})

afterAll(async () => {
  await browser?.close()
})

async function loginInAdmin(email: string): Promise<Page> {
  const page = await newPage(browser)
  await signInToAdmin(page, email)
  return page
}

const workflow = (page: Page) => page.getByRole('group', { name: 'レビューワークフロー' })

async function openTreatment(page: Page) {
  await page.goto(`/admin/collections/treatments/${treatmentId}`)
  await workflow(page).waitFor({ timeout: 30_000 })
}

/** The page's og:image URL, read from its HTML as a crawler does. */
async function ogImageUrl(page: Page, path: string): Promise<string> {
  const response = await page.goto(path)
  expect(response?.status()).toBe(200)
  const url = await page.locator('meta[property="og:image"]').getAttribute('content')
  expect(url).toBeTruthy()
  return url!
}

async function fetchPng(url: string) {
  const res = await fetch(new URL(new URL(url).pathname + new URL(url).search, baseURL))
  const bytes = Buffer.from(await res.arrayBuffer())
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    bytes,
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
  }
}

/** Retries `check` for a few seconds: a publish reaches the cached page within ~1 s. */
async function eventually<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  tries = 30,
): Promise<T> {
  let value = await read()
  for (let i = 0; i < tries && !ok(value); i++) {
    await new Promise((r) => setTimeout(r, 300))
    value = await read()
  }
  return value
}

describe('a treatment page with a hero image and a share image', () => {
  it('shows the hero image through next/image with its alt text, and refuses to delete the medium', async () => {
    const visitor = await newPage(browser)
    const response = await visitor.goto(`/treatments/${OLD_SLUG}`)
    expect(response?.status()).toBe(200)
    const hero = visitor.locator('figure.hero-image img')
    expect(await hero.getAttribute('alt')).toBe('青い背景の説明画像')
    const srcset = (await hero.getAttribute('srcset')) ?? ''
    expect(srcset).toContain('/_next/image?url=%2Fapi%2Fmedia%2Ffile%2F')
    // The browser loaded a resized image from the optimizer (sharp), not the 1600 px original.
    const optimized = await fetch(new URL(srcset.split(', ')[0]!.split(' ')[0]!, baseURL), {
      headers: { Accept: 'image/avif,image/webp' },
    })
    expect(optimized.status).toBe(200)
    expect(optimized.headers.get('content-type')).toMatch(/^image\/(avif|webp)$/)
    expect(
      await hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
    ).toBe(true)

    const admin = await loginAs(baseURL, demoAccounts.admin)
    const refused = await api('DELETE', `/media/${mediaId}`, admin)
    expect(refused.status).toBe(409)
    expect(JSON.stringify(refused.json)).toContain(NAME)
    expect((await fetch(`${baseURL}/api/media/${mediaId}`)).status).toBe(200)
  })

  it('the demo article has its share image too', async () => {
    const visitor = await newPage(browser)
    const url = await ogImageUrl(visitor, '/articles/secretome-vs-exosome')
    expect(new URL(url).pathname).toMatch(/^\/articles\/secretome-vs-exosome\/opengraph-image/)
    const png = await fetchPng(url)
    expect([png.status, png.type, png.width, png.height]).toEqual([200, 'image/png', 1200, 630])
  })

  it('has a 1200×630 PNG share image with its title; a draft title never reaches it', async () => {
    const visitor = await newPage(browser)
    const url = await ogImageUrl(visitor, `/treatments/${OLD_SLUG}`)
    expect(new URL(url).pathname).toMatch(new RegExp(`^/treatments/${OLD_SLUG}/opengraph-image`))
    const published = await fetchPng(url)
    expect(published.status).toBe(200)
    expect(published.type).toBe('image/png')
    expect(published.bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect([published.width, published.height]).toEqual([1200, 630])

    await saveDraft(baseURL, 'treatments', treatmentId, { name: `下書きの名称 ${stamp}` })
    const afterDraft = await fetchPng(url)
    expect(afterDraft.status).toBe(200)
    expect(afterDraft.bytes.equals(published.bytes)).toBe(true)
    await saveDraft(baseURL, 'treatments', treatmentId, { name: NAME })
  })
})

describe('renaming a published slug', () => {
  it('marketer renames in the admin, reviewer approves in the admin, the old address answers 301 and lands on the new page', async () => {
    const marketer = await loginInAdmin(demoAccounts.marketer)
    await openTreatment(marketer)
    const slug = marketer.locator('#field-slug')
    await slug.fill(NEW_SLUG)
    const saved = marketer.waitForResponse(
      (r) => /\/api\/treatments\/\d+/.test(r.url()) && r.request().method() === 'PATCH',
      { timeout: 30_000 },
    )
    await marketer.getByRole('button', { name: 'ドラフトを保存' }).click()
    expect((await saved).status()).toBe(200)
    const submitted = marketer.waitForResponse(
      (r) => r.url().includes(`/api/treatments/${treatmentId}/submit`),
      { timeout: 30_000 },
    )
    await workflow(marketer).getByRole('button', { name: 'レビューを申請' }).click()
    expect((await submitted).status()).toBe(200)

    // Not approved yet: the old address is still the page, the new one does not exist.
    expect((await fetch(`${baseURL}/treatments/${OLD_SLUG}`, { redirect: 'manual' })).status).toBe(
      200,
    )
    expect((await fetch(`${baseURL}/treatments/${NEW_SLUG}`, { redirect: 'manual' })).status).toBe(
      404,
    )

    const reviewer = await loginInAdmin(demoAccounts.reviewer)
    await openTreatment(reviewer)
    const approved = reviewer.waitForResponse(
      (r) => r.url().includes(`/api/treatments/${treatmentId}/approve`),
      { timeout: 30_000 },
    )
    await workflow(reviewer).getByRole('button', { name: '承認して公開' }).click()
    const confirm = reviewer
      .getByRole('dialog', { name: '承認して公開' })
      .getByRole('button', { name: '確認して承認・公開' })
    await confirm.click({ timeout: 5_000 }).catch(() => undefined)
    expect((await approved).status()).toBe(200)

    const old = await eventually(
      () => fetch(`${baseURL}/treatments/${OLD_SLUG}?utm_source=e2e`, { redirect: 'manual' }),
      (res) => res.status === 301,
    )
    expect(old.status).toBe(301)
    // Next sends a same-origin Location as a path.
    const location = new URL(old.headers.get('location')!, baseURL)
    expect(location.pathname).toBe(`/treatments/${NEW_SLUG}`)
    expect(location.search).toBe('?utm_source=e2e')
    expect(old.headers.get('cache-control')).toBe('private, no-store')

    const visitor = await newPage(browser)
    const landed = await visitor.goto(`/treatments/${OLD_SLUG}`)
    expect(landed?.status()).toBe(200)
    expect(new URL(visitor.url()).pathname).toBe(`/treatments/${NEW_SLUG}`)
    await expect(visitor.locator('h1').innerText()).resolves.toContain(NAME)

    // The share image moved with the page.
    const png = await fetchPng(await ogImageUrl(visitor, `/treatments/${NEW_SLUG}`))
    expect([png.status, png.type, png.width, png.height]).toEqual([200, 'image/png', 1200, 630])
  })

  it('an approved new title reaches the share image', async () => {
    const visitor = await newPage(browser)
    const url = await ogImageUrl(visitor, `/treatments/${NEW_SLUG}`)
    const before = await fetchPng(url)
    await publishChange(baseURL, 'treatments', treatmentId, { name: `${NAME}（改訂）` })
    const after = await eventually(
      () => fetchPng(url),
      (png) => png.status === 200 && !png.bytes.equals(before.bytes),
    )
    expect(after.status).toBe(200)
    expect(after.bytes.equals(before.bytes)).toBe(false)
    expect([after.width, after.height]).toEqual([1200, 630])
  })
})
