import type { CollectionBeforeChangeHook } from 'payload'

import { isWorkflowWrite, relationIds } from '@/lib/domain'

/**
 * Any save outside a workflow step is an edit: the document returns to `draft` (a new
 * approval is needed) and the editor joins `editedBy`, who may not approve it (four-eyes).
 */
export const markEditedAsDraft: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (isWorkflowWrite(req)) return data
  const editors = new Set(operation === 'update' ? relationIds(originalDoc?.editedBy) : [])
  if (req.user?.collection === 'users') editors.add(req.user.id)
  const next: Record<string, unknown> = { ...data, reviewState: 'draft', editedBy: [...editors] }
  if (operation === 'create') {
    // A new document (or a duplicate) starts without any review history.
    Object.assign(next, { reviewedBy: null, lastReviewedAt: null, submittedBy: null, submittedAt: null, submittedWarnings: null, reviewNote: null })
  } else {
    next.submittedWarnings = null
  }
  return next
}
