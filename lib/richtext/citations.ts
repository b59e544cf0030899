/** Walks Lexical JSON for inline `citation` blocks; works on ids or populated references. */

type Node = { type?: string; children?: Node[]; fields?: Record<string, unknown> }
export type RichText = { root?: Node } | null | undefined

export type ReferenceValue = number | string | { id: number | string } | null | undefined

export const relationId = (value: ReferenceValue): number | string | undefined =>
  value && typeof value === 'object' ? value.id : (value ?? undefined)

/** Visits every citation node in document order. */
export function forEachCitation(state: RichText, visit: (fields: Record<string, unknown>) => void): void {
  const walk = (node: Node | undefined) => {
    if (!node) return
    if (node.type === 'inlineBlock' && node.fields?.blockType === 'citation') visit(node.fields)
    node.children?.forEach(walk)
  }
  walk(state?.root)
}

/** Ids of the references cited in rich text, in order of first appearance, without duplicates. */
export function citedReferenceIds(...states: RichText[]): (number | string)[] {
  const seen = new Set<string>()
  const ids: (number | string)[] = []
  for (const state of states) {
    forEachCitation(state, (fields) => {
      const id = relationId(fields.reference as ReferenceValue)
      if (id === undefined || seen.has(String(id))) return
      seen.add(String(id))
      ids.push(id)
    })
  }
  return ids
}
