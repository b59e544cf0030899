import { revalidateTag } from 'next/cache'

import { linkedDocs, type Id } from '@/lib/domain'

import { TAGS } from './tags'

type AnyDoc = { id?: Id; slug?: string | null }

/**
 * The cache tags to revalidate when a document is published, unpublished, edited while
 * published or deleted: its own pages, every page that renders it (tagged with its id), the
 * lists of its collection, and the pages that list it as a link to them (lib/domain/links.ts,
 * `listedOnTarget`) — before and after the change, so a removed link disappears too.
 */
export function tagsForChange(
  collection: string,
  doc: AnyDoc,
  previousDoc?: AnyDoc | null,
): string[] {
  const tags = new Set<string>([TAGS.list(collection)])
  if (doc.id !== undefined) tags.add(TAGS.doc(collection, doc.id))
  for (const d of [doc, previousDoc ?? undefined]) {
    if (d?.slug) tags.add(TAGS.slug(collection, d.slug))
    for (const target of linkedDocs(collection, d, { listedOnTarget: true }))
      tags.add(TAGS.usedBy(target.collection, target.id))
  }
  return [...tags]
}

/**
 * Expires the tags now (`expire: 0`): the next request renders fresh instead of serving the
 * stale page in the background. Outside a Next request (seed, scripts, Jest) Next throws:
 * nothing is cached there, so that is logged and skipped. Writes that know they run outside
 * Next say so with `context.disableRevalidate` (collections/shared/hooks/revalidate.ts).
 */
export function revalidateTags(tags: readonly string[], log?: (msg: string) => void): boolean {
  if (tags.length === 0) return false
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
    return true
  } catch (err) {
    log?.(`revalidation skipped (not inside a Next request): ${(err as Error).message}`)
    return false
  }
}
