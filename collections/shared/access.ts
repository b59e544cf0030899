import type { Access, FieldAccess } from 'payload'

import { hasRole, isStaff, isWorkflowWrite } from '@/lib/domain'

/** Access predicates, one concept each, shared by every collection. */

export const anyone: Access = () => true

export const adminOnly: Access = ({ req: { user } }) => hasRole(user, 'admin')

/** Admins see every user; everyone else only themselves. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}

export const adminOnlyField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')

export const staff: Access = ({ req: { user } }) => isStaff(user)

/** Visitors read published documents only; staff also read drafts. */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  return { _status: { equals: 'published' } }
}

/**
 * Staff may write drafts; only the review workflow's approval writes `_status: 'published'`.
 * Refusing that data here is also what hides the admin's Publish / Unpublish buttons (the
 * admin asks `update` with `_status: 'published'`). Version restores are forced to
 * restore as a draft by lib/workflow (guardPublication).
 */
export const staffDraftsOnly: Access = ({ req, data }) => {
  if (!isStaff(req.user)) return false
  if ((data as { _status?: unknown } | undefined)?._status === 'published' && !isWorkflowWrite(req))
    return false
  return true
}

/**
 * Access of the four reviewed content collections (articles, treatments, components,
 * references). Publishing itself happens only in lib/workflow (approve).
 */
export const contentAccess = {
  read: publishedOrStaff,
  readVersions: staff,
  create: staffDraftsOnly,
  update: staffDraftsOnly,
  delete: adminOnly,
} satisfies Record<string, Access>

/** Users may see and change every field of their own account; admins of every account. */
export const adminOrSelfField: FieldAccess = ({ req: { user }, doc, id }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  const target = (doc as { id?: unknown } | undefined)?.id ?? id
  return target != null && String(target) === String(user.id)
}
