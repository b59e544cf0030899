import type { RichText } from '@/lib/richtext/citations'
import type { PublicReference } from '@/lib/queries/shared'

import {
  richCitations,
  tableCitations,
  type CellCitation,
  type ComparisonRow,
} from '../ComparisonTable/buildComparisonRows'

export type CitationEntry = {
  number: number
  reference: PublicReference
  /** Anchor ids of the places that cite it, in reading order (for the back links). */
  anchors: string[]
}

export type CitationIndex = {
  /** Number of a reference id, when it is cited and visible. */
  numberOf: (refId: string | number) => number | undefined
  /** The reference list: cited references numbered in order of first appearance, then the others. */
  entries: CitationEntry[]
  /** References listed by the article but not cited in the text (numbered after the cited ones). */
  uncitedFrom: number
}

/** Whether the body places the comparison table itself (a `comparisonTable` block). */
export function bodyHasBlock(body: RichText, blockType: string): boolean {
  return (body?.root?.children ?? []).some(
    (n) =>
      (n as { type?: string; fields?: { blockType?: string } }).type === 'block' &&
      (n as { fields?: { blockType?: string } }).fields?.blockType === blockType,
  )
}

/**
 * Citation markers of the whole page in reading order: the body's inline citations, with the
 * table's markers where the body places the table (or first, when it is shown above the body).
 */
export function pageCitations(body: RichText, rows: ComparisonRow[]): CellCitation[] {
  const table = tableCitations(rows)
  if (!bodyHasBlock(body, 'comparisonTable')) return [...table, ...richCitations(body)]
  const out: CellCitation[] = []
  for (const node of body?.root?.children ?? []) {
    const n = node as { type?: string; fields?: { blockType?: string } }
    if (n.type === 'block' && n.fields?.blockType === 'comparisonTable') out.push(...table)
    else out.push(...richCitations({ root: { children: [node] } } as RichText))
  }
  return out
}

/**
 * Numbers references [1], [2]… in order of first appearance. Citations of references the
 * reader cannot see (not published) get no number and are not rendered. Listed but uncited
 * references follow in the reference list.
 */
export function buildCitationIndex(
  occurrences: CellCitation[],
  referencesById: Map<string, PublicReference>,
  listed: (string | number)[] = [],
): CitationIndex {
  const entries: CitationEntry[] = []
  const byId = new Map<string, CitationEntry>()
  for (const { refId, anchor } of occurrences) {
    const reference = referencesById.get(refId)
    if (!reference) continue
    let entry = byId.get(refId)
    if (!entry) {
      entry = { number: entries.length + 1, reference, anchors: [] }
      entries.push(entry)
      byId.set(refId, entry)
    }
    entry.anchors.push(anchor)
  }
  const uncitedFrom = entries.length + 1
  for (const id of listed) {
    const key = String(id)
    const reference = referencesById.get(key)
    if (!reference || byId.has(key)) continue
    const entry = { number: entries.length + 1, reference, anchors: [] }
    entries.push(entry)
    byId.set(key, entry)
  }
  const cited = new Map(
    entries.filter((e) => e.anchors.length).map((e) => [String(e.reference.id), e.number]),
  )
  return { numberOf: (refId) => cited.get(String(refId)), entries, uncitedFrom }
}
