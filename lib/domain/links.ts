import { citedReference, forEachCitation, type RichText } from '@/lib/richtext/citations'

import { relationId, type Id, type Relation } from './relations'

/**
 * What links to what: every relationship between documents that a public page shows. The one
 * map read by delete protection (a linked document cannot be deleted), by revalidation (which
 * pages change when a document does) and by page tags (which documents a page depends on).
 * tests/int/links.int.spec.ts checks it against the schema, so a new relationship field
 * cannot be forgotten here.
 */
export type LinkTarget = 'articles' | 'treatments' | 'components' | 'references' | 'media'

export type Link = {
  /** Dotted path in the linking document; a segment that is an array applies to every row. */
  path: string
  /**
   * `relationship`: ids or populated documents; `polymorphic`: `{ relationTo, value }`;
   * `citations`: the inline citation blocks of a rich-text field (mirrored into the
   * `citedReferences` relationship, which is what queries use).
   */
  kind: 'relationship' | 'polymorphic' | 'citations'
  to: readonly LinkTarget[]
  /** The target's public page lists the documents that link to it ("contained in", "compared in"). */
  listedOnTarget?: true
}

export const LINKS = {
  articles: [
    { path: 'compares', kind: 'relationship', to: ['treatments'], listedOnTarget: true },
    { path: 'references', kind: 'relationship', to: ['references'] },
    { path: 'citedReferences', kind: 'relationship', to: ['references'] },
    { path: 'body', kind: 'citations', to: ['references'] },
    { path: 'meta.image', kind: 'relationship', to: ['media'] },
    { path: 'heroImage', kind: 'relationship', to: ['media'] },
  ],
  treatments: [
    {
      path: 'components.component',
      kind: 'relationship',
      to: ['components'],
      listedOnTarget: true,
    },
    { path: 'references', kind: 'relationship', to: ['references'] },
    { path: 'citedReferences', kind: 'relationship', to: ['references'] },
    { path: 'clinicalApplications.references', kind: 'relationship', to: ['references'] },
    { path: 'mechanism', kind: 'citations', to: ['references'] },
    { path: 'heroImage', kind: 'relationship', to: ['media'] },
  ],
  components: [
    { path: 'partOf', kind: 'polymorphic', to: ['components', 'treatments'], listedOnTarget: true },
    { path: 'references', kind: 'relationship', to: ['references'] },
  ],
} as const satisfies Record<string, readonly Link[]>

export type LinkingCollection = keyof typeof LINKS

export const isLinkingCollection = (slug: string): slug is LinkingCollection =>
  Object.hasOwn(LINKS, slug)

export type LinkedDoc = { collection: LinkTarget; id: Id }

type Doc = Record<string, unknown>

/** Every value at a dotted path, stepping into each row of an array on the way. */
function valuesAt(value: unknown, segments: readonly string[]): unknown[] {
  if (value == null) return []
  if (Array.isArray(value)) return value.flatMap((item) => valuesAt(item, segments))
  if (segments.length === 0) return [value]
  if (typeof value !== 'object') return []
  return valuesAt((value as Doc)[segments[0]!], segments.slice(1))
}

/** The documents one link of `doc` points at, with the linking value as found (id or populated). */
function targetsOf(link: Link, doc: Doc): { collection: LinkTarget; value: Relation }[] {
  const values = valuesAt(doc, link.path.split('.'))
  switch (link.kind) {
    case 'relationship':
      return values.map((value) => ({ collection: link.to[0]!, value: value as Relation }))
    case 'polymorphic':
      return values
        .map((v) => v as { relationTo?: LinkTarget; value?: Relation })
        .filter((v) => v.relationTo !== undefined && link.to.includes(v.relationTo))
        .map((v) => ({ collection: v.relationTo!, value: v.value }))
    case 'citations': {
      const cited: { collection: LinkTarget; value: Relation }[] = []
      for (const state of values) {
        forEachCitation(state as RichText, (fields) =>
          cited.push({ collection: link.to[0]!, value: citedReference(fields) }),
        )
      }
      return cited
    }
  }
}

const linksOfCollection = (collection: string): readonly Link[] =>
  isLinkingCollection(collection) ? LINKS[collection] : []

/**
 * The documents `doc` links to, once each, in the order of LINKS. `only` keeps the links
 * to one collection, `listedOnTarget` the links whose target page lists `doc`.
 */
export function linkedDocs(
  collection: string,
  doc: object | null | undefined,
  options: { only?: LinkTarget; listedOnTarget?: boolean } = {},
): LinkedDoc[] {
  if (!doc) return []
  const seen = new Set<string>()
  const out: LinkedDoc[] = []
  for (const link of linksOfCollection(collection)) {
    if (options.listedOnTarget && !link.listedOnTarget) continue
    for (const target of targetsOf(link, doc as Doc)) {
      const id = relationId(target.value)
      if (id === undefined || (options.only && target.collection !== options.only)) continue
      const key = `${target.collection}:${id}`
      if (seen.has(key)) continue
      seen.add(key)
      out.push({ collection: target.collection, id })
    }
  }
  return out
}

/** The ids of the documents of one collection that `doc` links to (e.g. every reference it cites). */
export const linkedIds = (
  collection: string,
  doc: object | null | undefined,
  target: LinkTarget,
): Id[] => linkedDocs(collection, doc, { only: target }).map((d) => d.id)

/**
 * Like linkedDocs, and also the links of every linked document that came populated (an
 * article read at depth 2 carries its compared treatments with their references): all the
 * documents a page built from `doc` shows.
 */
export function linkedDocsDeep(collection: string, doc: object | null | undefined): LinkedDoc[] {
  const found = new Map<string, LinkedDoc>()
  const visit = (c: string, d: object | null | undefined) => {
    for (const link of linksOfCollection(c)) {
      for (const target of targetsOf(link, (d ?? {}) as Doc)) {
        const id = relationId(target.value)
        const key = `${target.collection}:${id}`
        if (id === undefined || found.has(key)) continue
        found.set(key, { collection: target.collection, id })
        if (target.value && typeof target.value === 'object') visit(target.collection, target.value)
      }
    }
  }
  visit(collection, doc)
  return [...found.values()]
}

/** Where documents of `target` can be linked from: the links delete protection looks for. */
export function linksTo(target: string): { collection: LinkingCollection; link: Link }[] {
  return (Object.keys(LINKS) as LinkingCollection[]).flatMap((collection) =>
    (LINKS[collection] as readonly Link[])
      .filter((link) => (link.to as readonly string[]).includes(target))
      .map((link) => ({ collection, link })),
  )
}
