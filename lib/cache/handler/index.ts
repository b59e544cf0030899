/**
 * The cache handler Next loads at run time (next.config.ts `cacheHandler`). Next imports it
 * as a plain file, so `npm run build` bundles this entry into dist/cache-handler.mjs first.
 */
import { env } from '@/lib/env'

import { cacheTagsOnly } from '../cdn'
import { purgeTags, purgeTargets, type PurgeTarget } from '../purge'
import { createCacheHandler } from './createCacheHandler'
import { applyRevalidation } from './next'
import { RedisStore } from './redisStore'

const log = (message: string) => console.warn(`[hikaku cache] ${message}`)

function configuredTargets(): PurgeTarget[] {
  try {
    return purgeTargets()
  } catch (err) {
    // lib/boot.ts refuses to start with this configuration; a build only logs it.
    log((err as Error).message)
    return []
  }
}

const targets = configuredTargets()

async function purge(tags: string[]): Promise<void> {
  const results = await purgeTags(cacheTagsOnly(tags), targets)
  for (const r of results.filter((result) => !result.ok)) {
    log(`purging ${r.target} ${r.url} failed: ${r.error ?? `HTTP ${r.status}`}`)
  }
}

const redisUrl = env.isBuild ? undefined : env.redisUrl

export default createCacheHandler({
  shared: redisUrl
    ? (buildId) =>
        new RedisStore({
          url: redisUrl,
          prefix: env.redisKeyPrefix,
          buildId,
          onRevalidation: applyRevalidation,
          log,
        })
    : undefined,
  purge: targets.length > 0 && !env.isBuild ? purge : undefined,
  log,
})
