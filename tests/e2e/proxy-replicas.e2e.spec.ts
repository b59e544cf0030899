/**
 * The production topology on one machine: two standalone app servers sharing the Next cache
 * in Redis (127.0.0.1:6379, a key prefix of this run), Varnish with deploy/varnish in front
 * of both, and a stand-in CDN purge API. Its own database with the demo content, so nothing
 * here disturbs the other e2e specs.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createClient } from '@redis/client'

import { findFreePort } from '@/lib/db/embedded'

import {
  demoAccounts,
  findPublished,
  loginAs,
  publishChange,
  saveDraft,
} from '../../seed/demoClient'
import { DEMO_PASSWORD } from '../../seed/demoUsers'
import { startRecorder } from '../helpers/recorder'
import {
  copyBuild,
  createSeededDatabase,
  startAppServer,
  startVarnish,
  type SeededDatabase,
  type Service,
} from '../../lib/serving/servers'

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'
const prefix = `hikaku-e2e-${process.pid}-${Date.now()}:`
const ARTICLE = '/articles/secretome-vs-exosome'
const VISIBLE_WITHIN_MS = 1_000

let build: ReturnType<typeof copyBuild>
let db: SeededDatabase
let cdn: Awaited<ReturnType<typeof startRecorder>>
let replicaA: Service
let replicaB: Service
let proxy: Service

beforeAll(async () => {
  build = copyBuild('replicas')
  db = await createSeededDatabase('replicas')
  cdn = await startRecorder()
  const proxyPort = await findFreePort()
  const env = {
    REDIS_URL,
    REDIS_KEY_PREFIX: prefix,
    PURGE_PROXY_URLS: `http://127.0.0.1:${proxyPort}`,
    PURGE_CDN: 'cloudflare',
    PURGE_CDN_URL: `${cdn.url}/client/v4/zones/zone-1/purge_cache`,
    PURGE_CDN_TOKEN: 'cdn-token',
  }
  const replica = {
    buildDir: build.dir,
    databaseUrl: db.url,
    secret: db.secret,
    serverUrl: `http://127.0.0.1:${proxyPort}`,
    env,
    quiet: true,
  }
  replicaA = await startAppServer(replica)
  replicaB = await startAppServer(replica)
  proxy = await startVarnish([replicaA, replicaB], proxyPort)
}, 300_000)

afterAll(async () => {
  for (const service of [proxy, replicaB, replicaA]) await service?.stop()
  await cdn?.close()
  await db?.drop()
  build?.remove()
  const redis = createClient({ url: REDIS_URL })
  await redis.connect()
  const keys: string[] = []
  for await (const batch of redis.scanIterator({ MATCH: `${prefix}*` })) keys.push(...batch)
  if (keys.length) await redis.del(keys)
  await redis.close()
}, 60_000)

async function get(base: string, path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}${path}`, { headers, redirect: 'manual' })
  return { status: res.status, headers: res.headers, text: await res.text() }
}

/** Milliseconds until `path` on `base` shows `marker`. */
async function timeUntilVisible(
  base: string,
  path: string,
  marker: string,
  since: number,
): Promise<number> {
  for (;;) {
    if ((await get(base, path)).text.includes(marker)) return Date.now() - since
    if (Date.now() - since > 15_000)
      throw new Error(`${base}${path} did not show the change within 15 s`)
    await new Promise((r) => setTimeout(r, 10))
  }
}

describe('the caching proxy', () => {
  it('serves a public page from its cache after the first request', async () => {
    await get(proxy.url, '/treatments/secretome-therapy')
    const hit = await get(proxy.url, '/treatments/secretome-therapy')
    expect(hit.status).toBe(200)
    expect(hit.headers.get('x-cache-status')).toBe('HIT')
    expect(hit.headers.get('cache-tag')).toContain('slug:treatments:secretome-therapy')
    expect(hit.text).toContain('</html>')
  })

  it('never caches admin, API, preview or a request with a session or draft-mode cookie', async () => {
    const token = await loginAs(proxy.url, demoAccounts.marketer)
    const requests: [string, Record<string, string>][] = [
      ['/admin', {}],
      ['/api/articles?depth=0', {}],
      ['/api/treatments?depth=0', { authorization: `JWT ${token}` }],
      ['/next/preview?path=/', {}],
      [ARTICLE, { cookie: `payload-token=${token}` }],
      [ARTICLE, { cookie: '__prerender_bypass=anything' }],
    ]
    for (const [path, headers] of requests) {
      for (let i = 0; i < 2; i++) {
        const res = await get(proxy.url, path, headers)
        expect([path, Object.keys(headers).join(), res.headers.get('x-cache-status')]).toEqual([
          path,
          Object.keys(headers).join(),
          'BYPASS',
        ])
      }
    }
  })

  it('shows a draft only to staff in draft mode, and never caches it', async () => {
    const treatment = await findPublished(proxy.url, 'treatments', 'secretome-therapy')
    const marker = `（プロキシ下書き ${Date.now()}）`
    await saveDraft(replicaA.url, 'treatments', treatment.id, {
      definition: `${treatment.definition as string}${marker}`,
    })

    const login = await fetch(`${proxy.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: demoAccounts.marketer, password: DEMO_PASSWORD }),
    })
    const session = login.headers
      .getSetCookie()
      .find((c) => c.startsWith('payload-token='))!
      .split(';')[0]!
    // As a browser following the admin's preview link sends it (Payload checks it for cookie sessions).
    const preview = await get(
      proxy.url,
      `/next/preview?path=${encodeURIComponent('/treatments/secretome-therapy')}`,
      { cookie: session, 'sec-fetch-site': 'same-origin' },
    )
    expect(preview.status).toBe(307)
    const bypass = preview.headers.get('set-cookie')!.match(/__prerender_bypass=[^;]+/)![0]
    const staff = await get(proxy.url, '/treatments/secretome-therapy', {
      cookie: `${session}; ${bypass}`,
      'sec-fetch-site': 'same-origin',
    })
    expect(staff.text).toContain(marker)
    expect(staff.headers.get('x-cache-status')).toBe('BYPASS')

    for (let i = 0; i < 2; i++) {
      const visitor = await get(proxy.url, '/treatments/secretome-therapy')
      expect(visitor.status).toBe(200)
      expect(visitor.text).not.toContain(marker)
    }
  })
})

describe('two replicas sharing the cache in Redis', () => {
  it('a change approved through one replica shows on both and through the proxy within a second, and the CDN is purged', async () => {
    const treatment = await findPublished(replicaA.url, 'treatments', 'exosome-therapy')
    // Every cache holds the current page first.
    for (const base of [replicaA.url, replicaB.url, proxy.url, proxy.url])
      expect((await get(base, ARTICLE)).status).toBe(200)
    expect((await get(proxy.url, ARTICLE)).headers.get('x-cache-status')).toBe('HIT')
    expect((await get(replicaB.url, ARTICLE)).headers.get('x-nextjs-cache')).toBe('HIT')
    cdn.requests.length = 0

    const marker = `（レプリカ確認 ${Date.now()}）`
    await publishChange(replicaA.url, 'treatments', treatment.id, {
      definition: `${treatment.definition as string}${marker}`,
    })
    const published = Date.now()
    const [onA, onB, throughProxy] = await Promise.all([
      timeUntilVisible(replicaA.url, ARTICLE, marker, published),
      timeUntilVisible(replicaB.url, ARTICLE, marker, published),
      timeUntilVisible(proxy.url, ARTICLE, marker, published),
    ])
    console.info(
      `publish → visible: replica A ${onA} ms, replica B ${onB} ms, through the proxy ${throughProxy} ms`,
    )
    expect(onA).toBeLessThan(VISIBLE_WITHIN_MS)
    expect(onB).toBeLessThan(VISIBLE_WITHIN_MS)
    expect(throughProxy).toBeLessThan(VISIBLE_WITHIN_MS)

    // …and the page is cached again everywhere.
    await get(proxy.url, ARTICLE)
    expect((await get(proxy.url, ARTICLE)).headers.get('x-cache-status')).toBe('HIT')
    expect((await get(replicaB.url, ARTICLE)).headers.get('x-nextjs-cache')).toBe('HIT')

    // The CDN was asked to purge the tags the article page carries for this treatment.
    const purged = cdn.requests.flatMap((r) => {
      expect(r).toMatchObject({
        method: 'POST',
        url: '/client/v4/zones/zone-1/purge_cache',
        headers: expect.objectContaining({ authorization: 'Bearer cdn-token' }),
      })
      return JSON.parse(r.body).tags as string[]
    })
    expect(purged).toContain(`doc:treatments:${treatment.id}`)
  })
})

describe('purge configuration', () => {
  it('a server with a purge target it cannot use refuses to start', async () => {
    const bad = {
      buildDir: build.dir,
      databaseUrl: db.url,
      secret: db.secret,
      quiet: true,
      env: { PURGE_CDN: 'akamai', PURGE_CDN_URL: 'https://purge.example', PURGE_CDN_TOKEN: 't' },
    }
    await expect(startAppServer(bad)).rejects.toThrow(/exited with 1/)
  })
})
