/**
 * What the production server tells shared caches (a CDN, the shipped proxy): public pages
 * are kept briefly and carry the tags a purge clears; admin, API, preview and anything a
 * session or draft mode shows is never shared.
 */
import { describe, expect, it } from '@jest/globals'

import { baseURL } from '../helpers/browser'
import { demoAccounts, findPublished } from '../../seed/demoClient'
import { DEMO_PASSWORD } from '../../seed/demoUsers'

const PUBLIC = 'public, max-age=0, s-maxage=30, stale-while-revalidate=30'
const PRIVATE = 'private, no-store'
const ARTICLE = '/articles/secretome-vs-exosome'

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${baseURL}${path}`, { headers, redirect: 'manual' })

async function staffCookies(): Promise<string> {
  const login = await fetch(`${baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: demoAccounts.marketer, password: DEMO_PASSWORD }),
  })
  expect(login.status).toBe(200)
  const token = login.headers
    .getSetCookie()
    .find((c) => c.startsWith('payload-token='))!
    .split(';')[0]!
  // As a browser following the admin's preview link sends it (Payload checks it for cookie sessions).
  const preview = await get(`/next/preview?path=${encodeURIComponent(ARTICLE)}`, {
    cookie: token,
    'sec-fetch-site': 'same-origin',
  })
  expect(preview.status).toBe(307)
  const bypass = preview.headers
    .getSetCookie()
    .find((c) => c.startsWith('__prerender_bypass='))!
    .split(';')[0]!
  return `${token}; ${bypass}`
}

describe('public pages', () => {
  it('the article is cacheable for 30 s by shared caches and lists its cache tags, on the first render and on hits', async () => {
    const article = await findPublished(baseURL, 'articles', 'secretome-vs-exosome')
    const treatment = await findPublished(baseURL, 'treatments', 'exosome-therapy')
    for (let i = 0; i < 2; i++) {
      const res = await get(ARTICLE)
      await res.arrayBuffer()
      expect(res.status).toBe(200)
      expect(res.headers.get('cache-control')).toBe(PUBLIC)
      const cacheTags = res.headers.get('cache-tag')!.split(',')
      expect(cacheTags).toEqual(
        expect.arrayContaining([
          `doc:articles:${article.id}`,
          `doc:treatments:${treatment.id}`,
          'slug:articles:secretome-vs-exosome',
        ]),
      )
      expect(cacheTags.some((t) => t.startsWith('_N_T_'))).toBe(false)
      expect(res.headers.get('surrogate-key')!.split(' ')).toEqual(cacheTags)
    }
    expect((await get(ARTICLE)).headers.get('x-nextjs-cache')).toBe('HIT')
  })

  it('every kind of public page, and a missing one, says the same', async () => {
    for (const path of [
      '/',
      '/references',
      '/treatments/exosome-therapy',
      '/sitemap.xml',
      '/robots.txt',
      '/no-such-page',
    ]) {
      const res = await get(path)
      await res.arrayBuffer()
      expect([path, res.headers.get('cache-control')]).toEqual([path, PUBLIC])
    }
    const home = await get('/')
    expect(home.headers.get('cache-tag')!.split(',')).toEqual(
      expect.arrayContaining(['list:articles', 'list:treatments']),
    )
  })
})

describe('never shared', () => {
  it('admin, REST, GraphQL and the preview routes', async () => {
    for (const path of [
      '/admin',
      '/admin/collections/articles',
      '/api/articles',
      '/api/health',
      '/next/preview?path=/',
      '/next/exit-preview',
    ]) {
      const res = await get(path)
      await res.arrayBuffer()
      expect([path, res.headers.get('cache-control')]).toEqual([path, PRIVATE])
    }
    const graphql = await fetch(`${baseURL}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ Articles { totalDocs } }' }),
    })
    expect(graphql.headers.get('cache-control')).toBe(PRIVATE)
  })

  it('a public page requested with a staff session, in draft mode, or with a draft-mode cookie alone', async () => {
    const cookies = await staffCookies()
    const [token, bypass] = cookies.split('; ')
    for (const cookie of [token!, cookies, bypass!]) {
      const res = await get(ARTICLE, { cookie, 'sec-fetch-site': 'same-origin' })
      await res.arrayBuffer()
      // In draft mode Next sends its own, stricter `private, no-cache, no-store, …`.
      expect([cookie.split('=')[0], res.headers.get('cache-control')]).toEqual([
        cookie.split('=')[0],
        expect.stringMatching(/^private, .*no-store/),
      ])
    }
  })
})
