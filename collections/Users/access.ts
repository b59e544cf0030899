import type { Access } from 'payload'

import { hasRole } from '@/lib/domain'

/**
 * Admins read every account. Everyone else reads their own account and, for the public
 * reviewer byline, the reviewers — of whom `publicProfile` (afterRead) leaves only the
 * display name and qualification.
 */
export const readSelfOrReviewerBylines: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  const reviewers = { roles: { in: ['reviewer'] } }
  if (!user) return reviewers
  return { or: [{ id: { equals: user.id } }, reviewers] }
}
