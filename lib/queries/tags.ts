import { TAGS } from '@/lib/cache/tags'
import { forEachCitation, relationId, type ReferenceValue, type RichText } from '@/lib/richtext/citations'

type Rel = ReferenceValue
export type Linked = {
  id: number | string
  compares?: Rel[] | null
  references?: Rel[] | null
  citedReferences?: Rel[] | null
  body?: unknown
  mechanism?: unknown
  components?: { component?: Rel }[] | null
  clinicalApplications?: { references?: Rel[] | null }[] | null
  partOf?: { relationTo: string; value: Rel }[] | null
}

/**
 * The link graph of a content document: calls `visit` with every document it links to
 * (references, cited references, components, part-of links, compared treatments and, when
 * they are populated, everything those treatments link to). Values are ids or documents.
 */
export function forEachLink(doc: Linked, visit: (collection: string, id: number | string) => void): void {
  const add = (c: string, value: Rel) => {
    const id = relationId(value)
    if (id !== undefined) visit(c, id)
  }
  const citations = (state: unknown) => forEachCitation(state as RichText, (fields) => add('references', fields.reference as Rel))

  doc.references?.forEach((r) => add('references', r))
  doc.citedReferences?.forEach((r) => add('references', r))
  citations(doc.body)
  citations(doc.mechanism)
  doc.components?.forEach((row) => add('components', row.component))
  doc.clinicalApplications?.forEach((a) => a.references?.forEach((r) => add('references', r)))
  doc.partOf?.forEach((link) => add(link.relationTo, link.value))
  for (const t of doc.compares ?? []) {
    add('treatments', t)
    if (t && typeof t === 'object') forEachLink(t as Linked, visit)
  }
}

/**
 * The `doc:` tags of a document and of everything it links to, populated or still an id
 * (a linked draft is not shown, but the page must update when it gets published).
 */
export function collectTags(doc: Linked, collection = 'articles'): string[] {
  const tags = new Set<string>([TAGS.doc(collection, doc.id)])
  forEachLink(doc, (c, id) => tags.add(TAGS.doc(c, id)))
  return [...tags]
}
