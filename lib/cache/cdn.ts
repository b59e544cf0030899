/**
 * How shared caches (the shipped Varnish, a CDN) may keep public pages.
 *
 * Next sends `s-maxage=31536000` for a page that is only revalidated on demand: a CDN would
 * keep it for a year after a publish. Public pages instead say: browsers revalidate every
 * time (ETag, so usually a 304), shared caches keep the page 30 s and may serve it 30 s more
 * while they refetch it. A cache that never hears of a publish is so at most a minute behind;
 * one that is purged by tag on publish (lib/cache/purge.ts) is current at once.
 */
export const PUBLIC_PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=30, stale-while-revalidate=30'

/** Never stored by a shared cache: admin, API, preview and anything shown in draft mode. */
export const PRIVATE_CACHE_CONTROL = 'private, no-store'

/** Cookies that make a response personal: Payload's session and Next's draft mode. */
export const SESSION_COOKIES = ['payload-token', '__prerender_bypass'] as const

/** Paths that are never public pages. */
export const PRIVATE_PATH_PREFIXES = ['admin', 'api', 'next'] as const

/** The tag headers a page is sent with; Next's implicit path tags are left out. */
export const TAG_HEADERS = { cloudflare: 'cache-tag', fastly: 'surrogate-key' } as const

/** Next's internal tags for paths and layouts (revalidatePath): not sent, nothing purges by them. */
const IMPLICIT_TAG_PREFIX = '_N_T_'

export const cacheTagsOnly = (tags: readonly string[]): string[] =>
  tags.filter((tag) => tag && !tag.startsWith(IMPLICIT_TAG_PREFIX))

/** The headers listing a page's cache tags, from Next's `x-next-cache-tags` of the page. */
export function pageTagHeaders(
  nextCacheTags: string | undefined,
): Record<string, string> | undefined {
  const tags = cacheTagsOnly((nextCacheTags ?? '').split(','))
  if (tags.length === 0) return undefined
  return { [TAG_HEADERS.cloudflare]: tags.join(','), [TAG_HEADERS.fastly]: tags.join(' ') }
}
