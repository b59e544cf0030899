import { revalidateTag } from 'next/cache'

import { env } from '@/lib/env'

import { TAGS } from './tags'

type Rel = number | string | { id: number | string } | null | undefined
type AnyDoc = Record<string, unknown> & { id?: number | string; slug?: string | null }

const idOf = (value: Rel): number | string | undefined =>
  value && typeof value === 'object' ? value.id : (value ?? undefined)

/** Relationships whose *target's* page lists the document that holds them (reverse links). */
function reverseLinkTags(collection: string, doc: AnyDoc | undefined): string[] {
  if (!doc) return []
  const tags: string[] = []
  if (collection === 'treatments') {
    for (const row of (doc.components as { component?: Rel }[] | null | undefined) ?? []) {
      const id = idOf(row?.component)
      if (id !== undefined) tags.push(TAGS.usedBy('components', id))
    }
  }
  if (collection === 'components') {
    for (const link of (doc.partOf as { relationTo: string; value: Rel }[] | null | undefined) ?? []) {
      const id = idOf(link?.value)
      if (id !== undefined) tags.push(TAGS.usedBy(link.relationTo, id))
    }
  }
  if (collection === 'articles') {
    for (const t of (doc.compares as Rel[] | null | undefined) ?? []) {
      const id = idOf(t)
      if (id !== undefined) tags.push(TAGS.usedBy('treatments', id))
    }
  }
  return tags
}

/**
 * The cache tags to revalidate when a document is published, unpublished, edited while
 * published or deleted: its own pages, every page that renders it (tagged with its id),
 * the lists of its collection, and the pages that list it as a reverse link — before and
 * after the change, so a removed link disappears too.
 */
export function tagsForChange(collection: string, doc: AnyDoc, previousDoc?: AnyDoc | null): string[] {
  const tags = new Set<string>([TAGS.list(collection)])
  if (doc.id !== undefined) tags.add(TAGS.doc(collection, doc.id))
  for (const d of [doc, previousDoc ?? undefined]) {
    if (d?.slug) tags.add(TAGS.slug(collection, d.slug))
    for (const tag of reverseLinkTags(collection, d)) tags.add(tag)
  }
  return [...tags]
}

/**
 * Expires the tags now (`expire: 0`): the next request renders fresh instead of serving the
 * stale page in the background. Outside a Next request (seed, scripts, Jest) Next throws,
 * so it is skipped there; HIKAKU_DISABLE_REVALIDATE makes tests skip it explicitly.
 */
export function revalidateTags(tags: readonly string[], log?: (msg: string) => void): boolean {
  if (env.disableRevalidate || tags.length === 0) return false
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
    return true
  } catch (err) {
    log?.(`revalidation skipped (not inside a Next request): ${(err as Error).message}`)
    return false
  }
}
