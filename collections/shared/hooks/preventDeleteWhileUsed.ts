import {
  APIError,
  type CollectionBeforeDeleteHook,
  type CollectionSlug,
  type PayloadRequest,
  type Where,
} from 'payload'

import { collectionLabel, documentTitle, linksTo, type Id, type Link } from '@/lib/domain'

type UsedBy = { collection: CollectionSlug; label: string; id: Id; title: string }

/** The query for documents whose `link` points at `id` of `target`. Citations are found through `citedReferences`. */
function linkingWhere(link: Link, target: string, id: Id): Where | null {
  switch (link.kind) {
    case 'relationship':
      return { [link.path]: { in: [id] } }
    case 'polymorphic':
      return {
        and: [
          { [`${link.path}.relationTo`]: { equals: target } },
          { [`${link.path}.value`]: { equals: id } },
        ],
      }
    case 'citations':
      return null
  }
}

/**
 * Documents that link to `id` of `target` (lib/domain/links.ts), in their published or their
 * latest draft version.
 */
async function findUsages(req: PayloadRequest, target: string, id: Id): Promise<UsedBy[]> {
  const found = new Map<string, UsedBy>()
  for (const { collection, link } of linksTo(target)) {
    const where = linkingWhere(link, target, id)
    if (!where) continue
    for (const draft of [false, true]) {
      const { docs } = await req.payload.find({
        collection,
        where: collection === target ? { and: [where, { id: { not_equals: id } }] } : where,
        draft,
        depth: 0,
        limit: 50,
        overrideAccess: true,
        pagination: false,
        req,
      })
      for (const doc of docs) {
        const key = `${collection}:${doc.id}`
        if (!found.has(key)) {
          found.set(key, {
            collection,
            label: collectionLabel(collection),
            id: doc.id,
            title: documentTitle(collection, doc),
          })
        }
      }
    }
  }
  return [...found.values()]
}

/** Refuses to delete a document that another document still uses, listing where. */
export const preventDeleteWhileUsed: CollectionBeforeDeleteHook = async ({
  collection,
  id,
  req,
}) => {
  const usages = await findUsages(req, collection.slug, id)
  if (!usages.length) return
  const list = usages.map((u) => `${u.label}「${u.title}」(ID: ${u.id})`).join('、')
  throw new APIError(
    `このドキュメントは次の場所で使われているため削除できません：${list}。先にそれらから参照を外してください。`,
    409,
    { usedBy: usages },
    true,
  )
}
