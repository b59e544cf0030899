/** The one walker of Lexical JSON for inline `citation` blocks; works on ids or populated references. */
import { relationId, type Id, type Relation } from '@/lib/domain/relations'

type Node = { type?: string; children?: Node[]; fields?: Record<string, unknown> }
export type RichText = { root?: Node } | null | undefined

/** Visits every citation node in document order. */
export function forEachCitation(
  state: RichText,
  visit: (fields: Record<string, unknown>) => void,
): void {
  const walk = (node: Node | undefined) => {
    if (!node) return
    if (node.type === 'inlineBlock' && node.fields?.blockType === 'citation') visit(node.fields)
    node.children?.forEach(walk)
  }
  walk(state?.root)
}

/** The reference of a citation block's fields: an id, or the populated reference. */
export const citedReference = (fields: Record<string, unknown>): Relation =>
  fields.reference as Relation

/** Ids of the references cited in rich text, in order of first appearance, without duplicates. */
export function citedReferenceIds(...states: RichText[]): Id[] {
  const seen = new Set<string>()
  const ids: Id[] = []
  for (const state of states) {
    forEachCitation(state, (fields) => {
      const id = relationId(citedReference(fields))
      if (id === undefined || seen.has(String(id))) return
      seen.add(String(id))
      ids.push(id)
    })
  }
  return ids
}
