import { createRequire } from 'node:module'

import type { CacheHandlerValue } from 'next/dist/server/lib/incremental-cache'
import type FileSystemCacheClass from 'next/dist/server/lib/incremental-cache/file-system-cache'
import type * as TagsManifestModule from 'next/dist/server/lib/incremental-cache/tags-manifest.external'

/**
 * The pieces of Next's own incremental cache this handler builds on, loaded from the same
 * files the server uses (CommonJS modules, so through `require`): the default in-memory
 * cache, and the process-wide tags manifest that Next consults on every cache read.
 */
const require = createRequire(import.meta.url)

export const FileSystemCache: typeof FileSystemCacheClass =
  require('next/dist/server/lib/incremental-cache/file-system-cache.js').default

export const {
  tagsManifest,
  areTagsExpired,
}: typeof TagsManifestModule = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js')

export type { CacheHandlerValue }

/** Next's header listing a rendered page's cache tags (kept in the stored entry). */
export const NEXT_CACHE_TAGS_HEADER = 'x-next-cache-tags'

/** The tags an entry depends on: a page's from its headers, a data entry's from the lookup. */
export function entryTags(entry: CacheHandlerValue, lookupTags: readonly string[] = []): string[] {
  const value = entry.value as { kind?: string; headers?: Record<string, unknown> } | null
  const header = value?.headers?.[NEXT_CACHE_TAGS_HEADER]
  const own = typeof header === 'string' ? header.split(',') : []
  return [...own, ...lookupTags]
}

/**
 * Applies a tag revalidation heard from another replica to this process' manifest, as Next
 * applies its own (stale from `at`, expired `expireMs` later); the newest one of a tag wins.
 */
export function applyRevalidation({
  tags,
  at,
  expireMs,
}: {
  tags: readonly string[]
  at: number
  expireMs: number
}): void {
  for (const tag of tags) {
    if ((tagsManifest.get(tag)?.stale ?? 0) > at) continue
    tagsManifest.set(tag, { stale: at, expired: at + expireMs })
  }
}
