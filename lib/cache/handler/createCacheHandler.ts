import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { CacheHandler, CacheHandlerContext } from 'next/dist/server/lib/incremental-cache'

import { pageTagHeaders } from '../cdn'
import {
  areTagsExpired,
  entryTags,
  FileSystemCache,
  NEXT_CACHE_TAGS_HEADER,
  type CacheHandlerValue,
} from './next'
import type { RedisStore } from './redisStore'

type GetContext = Parameters<CacheHandler['get']>[1]
type SetData = Parameters<CacheHandler['set']>[1]
type SetContext = Parameters<CacheHandler['set']>[2]
type FetchContext = { tags?: string[]; softTags?: string[] }

export type CacheHandlerOptions = {
  /** Share rendered pages and tag revalidations with the other replicas (Redis, for this build). */
  shared?: (buildId: string) => RedisStore
  /** Called after Next's cache dropped the tags: purges the caches in front of the app. */
  purge?: (tags: string[]) => Promise<void>
  log?: (message: string) => void
}

/** Waiting longer than this for Redis at the first request, a replica serves from memory meanwhile. */
const CONNECT_WAIT_MS = 2_000

function readBuildId(serverDistDir: string | undefined): string {
  if (!serverDistDir) return 'development'
  try {
    return readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim()
  } catch {
    return 'unknown-build'
  }
}

/**
 * Gives a rendered page the cache-tag headers a CDN or the shipped proxy purges by. Next
 * serves a page with the headers of its cache entry, both the render that stores it and
 * every later hit, so they are added to the entry as it is stored.
 */
function addTagHeaders(data: SetData): void {
  if (!data || (data.kind as string) !== 'APP_PAGE') return
  const value = data as { headers?: Record<string, string | string[] | number | undefined> }
  const tags = value.headers?.[NEXT_CACHE_TAGS_HEADER]
  const headers = pageTagHeaders(typeof tags === 'string' ? tags : undefined)
  if (headers) value.headers = Object.assign(value.headers ?? {}, headers)
}

/**
 * Next's incremental cache handler for Hikaku (next.config.ts `cacheHandler`), built from
 * `options` (lib/cache/handler/index.ts reads them from the environment):
 *
 *  - Each process keeps rendered pages in memory with Next's own cache (the default Next
 *    uses without a handler), and adds the tag headers to every page it stores.
 *  - With Redis, replicas share what they render and every tag revalidation: a publish
 *    handled by one replica drops the page from all of them, and the next request anywhere
 *    renders (or reads from Redis) the new version.
 *  - After a revalidation it purges the caches in front (Varnish, a CDN): only then, so
 *    their next fetch can no longer get the old page from the app.
 */
export function createCacheHandler(options: CacheHandlerOptions): typeof CacheHandler {
  const log = options.log ?? ((message: string) => console.warn(`[hikaku cache] ${message}`))
  let store: RedisStore | undefined
  let connected: Promise<unknown> | undefined

  /** One Redis connection per process; Next constructs a handler for every request. */
  function sharedStore(ctx: CacheHandlerContext): RedisStore | undefined {
    if (!options.shared || ctx.dev) return undefined
    store ??= options.shared(readBuildId(ctx.serverDistDir))
    connected ??= Promise.race([
      store
        .connect()
        .catch((err: Error) =>
          log(`Redis: cannot connect (${err.message}); serving from memory until it can`),
        ),
      new Promise((resolve) => setTimeout(resolve, CONNECT_WAIT_MS).unref()),
    ])
    return store
  }

  return class HikakuCacheHandler implements CacheHandler {
    private readonly local: InstanceType<typeof FileSystemCache>
    private readonly shared: RedisStore | undefined

    constructor(ctx: CacheHandlerContext) {
      this.local = new FileSystemCache(ctx as ConstructorParameters<typeof FileSystemCache>[0])
      this.shared = sharedStore(ctx)
    }

    async get(key: string, ctx: GetContext): Promise<CacheHandlerValue | null> {
      // Next's cache answers null for an entry one of whose tags was revalidated since.
      const local = await this.local.get(key, ctx)
      if (local || !this.shared) return local
      await connected
      try {
        const remote = await this.shared.get(key)
        const lookupTags =
          (ctx.kind as string) === 'FETCH'
            ? [...((ctx as FetchContext).tags ?? []), ...((ctx as FetchContext).softTags ?? [])]
            : []
        if (!remote || areTagsExpired(entryTags(remote, lookupTags), remote.lastModified))
          return null
        // Keep it in memory: the next request for it is served without Redis.
        await this.local.set(key, remote.value, {
          fetchCache: (remote.value?.kind as string) === 'FETCH',
          cacheControl: remote.cacheControl,
          isFallback: 'isFallback' in ctx ? ctx.isFallback : false,
        } as SetContext)
        return remote
      } catch (err) {
        log(`Redis: reading ${key} failed: ${(err as Error).message}`)
        return null
      }
    }

    async set(key: string, data: SetData, ctx: SetContext): Promise<void> {
      addTagHeaders(data)
      await this.local.set(key, data, ctx)
      if (!this.shared || !data) return
      await connected
      const cacheControl = 'cacheControl' in ctx ? ctx.cacheControl : undefined
      await this.shared
        .set(key, { lastModified: Date.now(), value: data, cacheControl })
        .catch((err: Error) => {
          log(`Redis: storing ${key} failed: ${err.message}`)
        })
    }

    async revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void> {
      const list = typeof tags === 'string' ? [tags] : tags
      await this.local.revalidateTag(list, durations)
      if (this.shared) {
        await connected
        const expireMs = durations?.expire !== undefined ? durations.expire * 1000 : 0
        await this.shared.publish({ tags: list, at: Date.now(), expireMs }).catch((err: Error) => {
          log(`Redis: publishing the revalidation of ${list.join(' ')} failed: ${err.message}`)
        })
      }
      await options.purge?.(list)
    }

    resetRequestCache(): void {}
  }
}
