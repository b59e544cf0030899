import type { CollectionBeforeOperationHook, CollectionSlug } from 'payload'

import { lockDocument } from '@/lib/db/lockDocument'

/**
 * A save (update) or version restore of a reviewed document first locks the document's row in
 * the operation's transaction (Payload opens it before beforeOperation hooks and reads the
 * document after them), so it waits for a workflow step or another save on the same document
 * and then applies its data on top of what they committed.
 */
export const lockBeforeWrite: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const slug = collection.slug as CollectionSlug
  const { id } = args as { id?: number | string }
  if (operation === 'update' && id != null) await lockDocument(req, slug, id)
  if (operation === 'restoreVersion' && id != null) {
    const { docs } = await req.payload.db.findVersions({
      collection: slug,
      where: { id: { equals: id } },
      limit: 1,
      pagination: false,
      req,
    })
    const parent = (docs[0] as { parent?: number | string } | undefined)?.parent
    if (parent != null) await lockDocument(req, slug, parent)
  }
  return args
}
