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
