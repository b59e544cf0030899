/**
 * The Next cache handler (lib/cache/handler) on the Redis at 127.0.0.1:6379 (REDIS_URL to
 * use another): what replicas share, how a revalidation travels, the tag headers of a page,
 * and the purge that follows a revalidation. Between processes (two standalone servers)
 * it is tested by tests/e2e/proxy-replicas.e2e.spec.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@redis/client'
import type { CacheHandlerContext } from 'next/dist/server/lib/incremental-cache'

import { createCacheHandler } from '@/lib/cache/handler/createCacheHandler'
import {
  applyRevalidation,
  areTagsExpired,
  tagsManifest,
  type CacheHandlerValue,
} from '@/lib/cache/handler/next'
import {
  decodeEntry,
  encodeEntry,
  RedisStore,
  type TagRevalidation,
} from '@/lib/cache/handler/redisStore'

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'
const prefix = `hikaku-test-${process.pid}-${Date.now()}:`
const require = createRequire(import.meta.url)
const { nodeFs } = require('next/dist/server/lib/node-fs-methods.js')

// A build directory as Next passes it: the handler reads the build id beside it.
const distDir = mkdtempSync(path.join(os.tmpdir(), 'hikaku-handler-'))
mkdirSync(path.join(distDir, 'server'))
writeFileSync(path.join(distDir, 'BUILD_ID'), 'build-1')
const context = (): CacheHandlerContext => ({
  fs: nodeFs,
  dev: false,
  flushToDisk: false,
  serverDistDir: path.join(distDir, 'server'),
  maxMemoryCacheSize: 10 * 1024 * 1024,
  revalidatedTags: [],
  _requestHeaders: {},
})

const pageContext = { kind: 'APP_PAGE', isFallback: false, isRoutePPREnabled: false } as never
const setPageContext = {
  cacheControl: { revalidate: false, expire: undefined },
  isFallback: false,
  isRoutePPREnabled: false,
} as never

function page(html: string, tags: string[]) {
  return {
    kind: 'APP_PAGE',
    html,
    rscData: Buffer.from(`rsc:${html}`),
    headers: { 'x-next-cache-tags': ['_N_T_/layout', ...tags].join(',') },
    postponed: undefined,
    status: 200,
    segmentData: new Map([['/_tree', Buffer.from([0, 1, 2, 255])]]),
  } as never
}

const redis = createClient({ url: REDIS_URL })
const stores: RedisStore[] = []

beforeAll(async () => {
  await redis.connect()
})

afterAll(async () => {
  await Promise.all(stores.map((s) => s.disconnect()))
  const keys: string[] = []
  for await (const batch of redis.scanIterator({ MATCH: `${prefix}*` })) keys.push(...batch)
  if (keys.length) await redis.del(keys)
  await redis.close()
  rmSync(distDir, { recursive: true, force: true })
})

function store(received: TagRevalidation[] = [], buildId = 'build-1'): RedisStore {
  const s = new RedisStore({
    url: REDIS_URL,
    prefix,
    buildId,
    onRevalidation: (r) => received.push(r),
  })
  stores.push(s)
  return s
}

/** The store a handler gets, as lib/cache/handler/index.ts makes it from REDIS_URL. */
const sharedFromRedis = (buildId: string) => {
  const s = new RedisStore({ url: REDIS_URL, prefix, buildId, onRevalidation: applyRevalidation })
  stores.push(s)
  return s
}

async function waitFor(predicate: () => boolean, timeoutMs = 2_000): Promise<void> {
  const started = Date.now()
  while (!predicate()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 10))
  }
}

describe('entries in Redis', () => {
  it('a rendered page survives the round trip: html, RSC payload, segment data, headers', async () => {
    const entry: CacheHandlerValue = {
      lastModified: 1234,
      value: page('<p>本文</p>', ['doc:articles:1']),
      cacheControl: { revalidate: false, expire: undefined },
    }
    const decoded = await decodeEntry(await encodeEntry(entry))
    expect(decoded).toEqual(entry)
    const value = decoded.value as unknown as { rscData: Buffer; segmentData: Map<string, Buffer> }
    expect(Buffer.isBuffer(value.rscData)).toBe(true)
    expect(value.segmentData.get('/_tree')).toEqual(Buffer.from([0, 1, 2, 255]))
  })

  it('one replica reads what another stored, only within the same build', async () => {
    const a = store()
    const b = store()
    await Promise.all([a.connect(), b.connect()])
    await a.set('/articles/x', { lastModified: 99, value: page('<p>A</p>', ['doc:articles:1']) })
    expect((await b.get('/articles/x'))?.value).toMatchObject({ html: '<p>A</p>' })
    const otherBuild = store([], 'build-2')
    await otherBuild.connect()
    expect(await otherBuild.get('/articles/x')).toBeNull()
    expect(await redis.ttl(`${prefix}entry:build-1:/articles/x`)).toBeGreaterThan(3600)
  })
})

describe('revalidations between replicas', () => {
  it('reach every other replica at once, stamped with its own clock, and never echo back', async () => {
    const receivedByA: TagRevalidation[] = []
    const receivedByB: TagRevalidation[] = []
    const a = store(receivedByA)
    const b = store(receivedByB)
    await Promise.all([a.connect(), b.connect()])
    receivedByA.length = 0
    receivedByB.length = 0
    const before = Date.now()
    await a.publish({
      tags: ['doc:references:7', 'list:references'],
      at: before - 60_000,
      expireMs: 0,
    })
    await waitFor(() => receivedByB.length === 1)
    expect(receivedByB[0]).toMatchObject({
      tags: ['doc:references:7', 'list:references'],
      expireMs: 0,
    })
    expect(receivedByB[0]!.at).toBeGreaterThanOrEqual(before)
    await new Promise((r) => setTimeout(r, 100))
    expect(receivedByA).toEqual([])
  })

  it('are replayed to a replica that connects later, with the time they happened', async () => {
    const a = store()
    await a.connect()
    const at = Date.now() - 60_000
    await a.publish({ tags: ['doc:treatments:3'], at, expireMs: 0 })
    const late: TagRevalidation[] = []
    await store(late).connect()
    expect(late.flatMap((r) => r.tags)).toContain('doc:treatments:3')
    expect(late.find((r) => r.tags.includes('doc:treatments:3'))!.at).toBe(at)
  })

  it('older than any stored page are pruned when a replica connects', async () => {
    await redis.hSet(
      `${prefix}tags`,
      'doc:old:1',
      JSON.stringify({ at: Date.now() - 2 * 24 * 3600 * 1000, expireMs: 0 }),
    )
    const received: TagRevalidation[] = []
    await store(received).connect()
    expect(received.flatMap((r) => r.tags)).not.toContain('doc:old:1')
    expect(Number(await redis.hExists(`${prefix}tags`, 'doc:old:1'))).toBe(0)
  })

  it('the newest revalidation of a tag wins in the manifest', () => {
    applyRevalidation({ tags: ['t:newest'], at: 2_000, expireMs: 0 })
    applyRevalidation({ tags: ['t:newest'], at: 1_000, expireMs: 0 })
    expect(tagsManifest.get('t:newest')).toEqual({ stale: 2_000, expired: 2_000 })
  })
})

describe('the handler Next uses', () => {
  it('adds the page tags as Cache-Tag and Surrogate-Key to the page it stores, leaving out Next’s own', async () => {
    const Handler = createCacheHandler({})
    const handler = new Handler(context())
    const value = page('<p>tags</p>', ['doc:articles:1', 'doc:references:2'])
    await handler.set('/articles/tags', value, setPageContext)
    const headers = (value as unknown as { headers: Record<string, string> }).headers
    expect(headers['cache-tag']).toBe('doc:articles:1,doc:references:2')
    expect(headers['surrogate-key']).toBe('doc:articles:1 doc:references:2')
    const stored = await handler.get('/articles/tags', pageContext)
    expect(
      (stored?.value as unknown as { headers: Record<string, string> }).headers['surrogate-key'],
    ).toBe('doc:articles:1 doc:references:2')
  })

  it('without Redis: a revalidated tag drops the page, then the purge runs', async () => {
    const purged: { tags: string[]; expiredWhenPurged: boolean }[] = []
    const Handler = createCacheHandler({
      purge: async (tags) => {
        purged.push({
          tags,
          expiredWhenPurged: areTagsExpired(['doc:articles:55'], Date.now() - 1),
        })
      },
    })
    const handler = new Handler(context())
    await handler.set('/articles/drop', page('<p>old</p>', ['doc:articles:55']), setPageContext)
    expect(await handler.get('/articles/drop', pageContext)).not.toBeNull()
    await new Promise((r) => setTimeout(r, 2))
    await handler.revalidateTag(['doc:articles:55'], { expire: 0 })
    expect(await handler.get('/articles/drop', pageContext)).toBeNull()
    // The purge came after Next's cache dropped the page: a proxy refetching at once gets the new one.
    expect(purged).toEqual([{ tags: ['doc:articles:55'], expiredWhenPurged: true }])
  })

  it('with Redis: serves a page another replica rendered, keeps it in memory, and publishes its revalidations', async () => {
    const other = store()
    await other.connect()
    await other.set('/articles/shared', {
      lastModified: Date.now(),
      value: page('<p>from B</p>', ['doc:articles:77']),
      cacheControl: { revalidate: false, expire: undefined },
    })
    const Handler = createCacheHandler({ shared: sharedFromRedis })
    const handler = new Handler(context())
    const got = await handler.get('/articles/shared', pageContext)
    expect(got?.value).toMatchObject({ html: '<p>from B</p>' })
    await redis.del(`${prefix}entry:build-1:/articles/shared`)
    expect((await handler.get('/articles/shared', pageContext))?.value).toMatchObject({
      html: '<p>from B</p>',
    })

    const heard: TagRevalidation[] = []
    await store(heard).connect()
    await handler.revalidateTag('doc:articles:77', { expire: 0 })
    await waitFor(() => heard.some((r) => r.tags.includes('doc:articles:77')))
    expect(
      JSON.parse((await redis.hGet(`${prefix}tags`, 'doc:articles:77')) ?? '{}'),
    ).toMatchObject({ expireMs: 0 })
    expect(await handler.get('/articles/shared', pageContext)).toBeNull()
  })

  it('with Redis: a page stored before a revalidation is not served from Redis', async () => {
    const other = store()
    await other.connect()
    await other.set('/articles/stale', {
      lastModified: Date.now() - 1_000,
      value: page('<p>stale</p>', ['doc:articles:88']),
    })
    applyRevalidation({ tags: ['doc:articles:88'], at: Date.now() - 500, expireMs: 0 })
    const Handler = createCacheHandler({ shared: sharedFromRedis })
    const handler = new Handler(context())
    expect(await handler.get('/articles/stale', pageContext)).toBeNull()
  })
})
