import type { CollectionSlug, PayloadRequest, Where } from 'payload'

/**
 * Where each kind of document can be used by another one. The single source for
 * "can this be deleted?" and for "which pages must be revalidated when it changes".
 */
type Usage = { collection: CollectionSlug; titleField: string; paths: string[]; polymorphic?: string[] }

export const USAGE: Partial<Record<CollectionSlug, Usage[]>> = {
  references: [
    { collection: 'articles', titleField: 'title', paths: ['references', 'citedReferences'] },
    { collection: 'treatments', titleField: 'name', paths: ['references', 'citedReferences', 'clinicalApplications.references'] },
    { collection: 'components', titleField: 'name', paths: ['references'] },
  ],
  components: [
    { collection: 'treatments', titleField: 'name', paths: ['components.component'] },
    { collection: 'components', titleField: 'name', paths: [], polymorphic: ['partOf'] },
  ],
  treatments: [
    { collection: 'articles', titleField: 'title', paths: ['compares'] },
    { collection: 'components', titleField: 'name', paths: [], polymorphic: ['partOf'] },
  ],
  media: [{ collection: 'articles', titleField: 'title', paths: ['meta.image'] }],
}

const collectionLabels: Partial<Record<CollectionSlug, string>> = {
  articles: '記事',
  treatments: '治療',
  components: '成分',
  references: '参考文献',
}

export type UsedBy = { collection: CollectionSlug; label: string; id: number | string; title: string }

/**
 * Documents that use `id` of `target`, in their published or their latest draft version.
 */
export async function findUsages(req: PayloadRequest, target: CollectionSlug, id: number | string): Promise<UsedBy[]> {
  const found = new Map<string, UsedBy>()
  for (const usage of USAGE[target] ?? []) {
    const or: Where[] = [
      ...usage.paths.map((path) => ({ [path]: { in: [id] } })),
      ...(usage.polymorphic ?? []).map((path) => ({
        and: [{ [`${path}.relationTo`]: { equals: target } }, { [`${path}.value`]: { equals: id } }],
      })),
    ]
    const where: Where = usage.collection === target ? { and: [{ or }, { id: { not_equals: id } }] } : { or }
    for (const draft of [false, true]) {
      const { docs } = await req.payload.find({
        collection: usage.collection,
        where,
        draft,
        depth: 0,
        limit: 50,
        overrideAccess: true,
        pagination: false,
        req,
        select: { [usage.titleField]: true } as never,
      })
      for (const doc of docs as unknown as Record<string, unknown>[]) {
        const key = `${usage.collection}:${doc.id}`
        if (!found.has(key)) {
          found.set(key, {
            collection: usage.collection,
            label: collectionLabels[usage.collection] ?? usage.collection,
            id: doc.id as number | string,
            title: String(doc[usage.titleField] ?? doc.id),
          })
        }
      }
    }
  }
  return [...found.values()]
}
