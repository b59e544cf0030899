import type { CollectionAfterDeleteHook, CollectionSlug } from 'payload'

import { writeAudit } from '../audit'

/** Every deletion of reviewed content is written to the audit log (same transaction). */
export const auditDelete: CollectionAfterDeleteHook = async ({ collection, doc, id, req }) => {
  const titleField = collection.admin?.useAsTitle ?? 'id'
  await writeAudit(req, {
    action: 'delete',
    collection: collection.slug as CollectionSlug,
    documentId: id,
    documentTitle: doc ? String((doc as Record<string, unknown>)[titleField] ?? id) : null,
  })
  return doc
}
