import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Access predicates, one concept each, shared by every collection. */

export const anyone: Access = () => true

export const authenticated: Access = ({ req: { user } }) => Boolean(user)

export const adminOnly: Access = ({ req: { user } }) => hasRole(user, 'admin')

/** Admins see every user; everyone else only themselves. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}

export const adminOnlyField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')

/** Clinic staff: everyone with a role who works in the admin. */
export const isStaff = (user: Parameters<typeof hasRole>[0]) => hasRole(user, 'admin', 'marketer', 'reviewer')

export const staff: Access = ({ req: { user } }) => isStaff(user)

/** Visitors read published documents only; staff also read drafts. */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  return { _status: { equals: 'published' } }
}

/**
 * Access of the four reviewed content collections (articles, treatments, components,
 * references). Publishing is guarded separately by lib/workflow.
 */
export const contentAccess = {
  read: publishedOrStaff,
  readVersions: staff,
  create: staff,
  update: staff,
  delete: adminOnly,
} satisfies Record<string, Access>
