import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'

import { isWorkflowWrite, relationIds } from '@/lib/domain'

import { writeAudit } from '../audit'

/**
 * Any save outside a workflow step is an edit: the document returns to `draft` (a new
 * approval is needed) and the editor joins `editedBy`, who may not approve it (four-eyes).
 * An edit of a version approved for a later publish cancels that schedule (audited); the
 * queued job then finds the document no longer scheduled and does nothing.
 */
export const markEditedAsDraft: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (isWorkflowWrite(req)) return data
  const editors = new Set(operation === 'update' ? relationIds(originalDoc?.editedBy) : [])
  if (req.user?.collection === 'users') editors.add(req.user.id)
  const next: Record<string, unknown> = { ...data, reviewState: 'draft', editedBy: [...editors] }
  if (operation === 'create') {
    // A new document (or a duplicate) starts without any review history.
    Object.assign(next, {
      reviewedBy: null,
      lastReviewedAt: null,
      submittedBy: null,
      submittedAt: null,
      submittedWarnings: null,
      reviewNote: null,
      publishAt: null,
      unpublishAt: null,
      scheduledBy: null,
    })
  } else {
    next.submittedWarnings = null
    if (originalDoc?.reviewState === 'scheduled') {
      Object.assign(next, { publishAt: null, unpublishAt: null, scheduledBy: null })
      await writeAudit(req, {
        action: 'schedule-cancel',
        collection: collection.slug as CollectionSlug,
        documentId: originalDoc.id,
        documentTitle: String(originalDoc[collection.admin?.useAsTitle ?? 'id'] ?? originalDoc.id),
        note: '承認後に編集されたため、公開予約を取り消しました。',
      })
    }
  }
  return next
}
