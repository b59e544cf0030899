import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import { findUsages } from '../usage'

/** Refuses to delete a document that another document still uses, listing where. */
export const preventDeleteWhileUsed: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
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
