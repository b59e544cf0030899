import { env } from '@/lib/env'

/**
 * Purging the shared caches in front of the app by cache tag, once Next's own cache has
 * dropped the tags (lib/cache/handler calls this after a revalidation). Every public page
 * carries its tags in `Surrogate-Key` and `Cache-Tag` (lib/cache/cdn.ts), so one purge per
 * publish clears exactly the pages that show what changed.
 *
 *  - proxy:      the shipped Varnish (deploy/varnish): `PURGE /` with the tags in `xkey-purge`
 *  - fastly:     `POST <service purge URL>` with `Surrogate-Key` and `Fastly-Key`
 *  - cloudflare: `POST <zone purge_cache URL>` with `{"tags": [...]}` and a bearer token
 *
 * Proxies are purged before the CDN, so the CDN's next fetch finds them purged too.
 */
export type PurgeTarget =
  | { kind: 'proxy'; url: string }
  | { kind: 'fastly'; url: string; token: string }
  | { kind: 'cloudflare'; url: string; token: string }

export type PurgeConfig = typeof env.purge

export class PurgeConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PurgeConfigError'
  }
}

/** How many tags one request may carry (Cloudflare allows 30, Fastly 256 keys per batch). */
const BATCH = { proxy: 200, fastly: 256, cloudflare: 30 } as const

const TIMEOUT_MS = 5_000

function httpUrl(name: string, value: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new PurgeConfigError(`${name} must be an http(s) URL, got "${value}"`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new PurgeConfigError(`${name} must be an http(s) URL, got "${value}"`)
  return url.toString()
}

/** The purge targets named by the environment (PURGE_PROXY_URLS, PURGE_CDN, PURGE_CDN_URL, PURGE_CDN_TOKEN). */
export function purgeTargets(config: PurgeConfig = env.purge): PurgeTarget[] {
  const targets: PurgeTarget[] = config.proxyUrls.map((url) => ({
    kind: 'proxy',
    url: httpUrl('PURGE_PROXY_URLS', url),
  }))
  if (!config.cdn) return targets
  if (config.cdn !== 'fastly' && config.cdn !== 'cloudflare') {
    throw new PurgeConfigError(`PURGE_CDN must be "cloudflare" or "fastly", got "${config.cdn}"`)
  }
  if (!config.cdnUrl)
    throw new PurgeConfigError(
      `PURGE_CDN=${config.cdn} needs PURGE_CDN_URL (the tag purge endpoint of the ${config.cdn} API)`,
    )
  if (!config.cdnToken)
    throw new PurgeConfigError(
      `PURGE_CDN=${config.cdn} needs PURGE_CDN_TOKEN (an API token allowed to purge)`,
    )
  targets.push({
    kind: config.cdn,
    url: httpUrl('PURGE_CDN_URL', config.cdnUrl),
    token: config.cdnToken,
  })
  return targets
}

function request(
  target: PurgeTarget,
  tags: string[],
): { method: string; headers: Record<string, string>; body?: string } {
  switch (target.kind) {
    case 'proxy':
      return { method: 'PURGE', headers: { 'xkey-purge': tags.join(' ') } }
    case 'fastly':
      return {
        method: 'POST',
        headers: {
          'Fastly-Key': target.token,
          'Surrogate-Key': tags.join(' '),
          Accept: 'application/json',
        },
      }
    case 'cloudflare':
      return {
        method: 'POST',
        headers: { Authorization: `Bearer ${target.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ tags }),
      }
  }
}

export type PurgeResult = {
  target: PurgeTarget['kind']
  url: string
  ok: boolean
  status?: number
  error?: string
}

/**
 * Purges `tags` from every target, in order. A failed purge is reported, never thrown: the
 * publish already happened, and the pages' short `s-maxage` bounds how long a cache that
 * missed the purge keeps the old version.
 */
export async function purgeTags(
  tags: readonly string[],
  targets: readonly PurgeTarget[],
): Promise<PurgeResult[]> {
  const results: PurgeResult[] = []
  const unique = [...new Set(tags)]
  if (unique.length === 0) return results
  for (const target of targets) {
    for (let i = 0; i < unique.length; i += BATCH[target.kind]) {
      const { method, headers, body } = request(target, unique.slice(i, i + BATCH[target.kind]))
      try {
        const res = await fetch(target.url, {
          method,
          headers,
          body,
          signal: AbortSignal.timeout(TIMEOUT_MS),
        })
        await res.arrayBuffer()
        results.push({ target: target.kind, url: target.url, ok: res.ok, status: res.status })
      } catch (err) {
        results.push({
          target: target.kind,
          url: target.url,
          ok: false,
          error: (err as Error).message,
        })
      }
    }
  }
  return results
}
