import { unstable_cache } from 'next/cache'

/**
 * Attaches cache tags to the page being rendered. The tags a page depends on (the ids of
 * every document it shows) are only known after its query ran, and Next collects a page's
 * tags from the cached calls made while rendering it; so this registers them through an
 * empty `unstable_cache` call. Revalidating any of them re-renders the page on next request.
 */
export async function tagPage(tags: Iterable<string>): Promise<void> {
  const unique = [...new Set(tags)].sort()
  // Next accepts at most 128 tags per call.
  for (let i = 0; i < unique.length; i += 100) {
    const chunk = unique.slice(i, i + 100)
    await unstable_cache(async () => true, ['hikaku-page-tags', ...chunk], {
      tags: chunk,
      revalidate: false,
    })()
  }
}
