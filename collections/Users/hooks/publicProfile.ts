import type { CollectionAfterReadHook } from 'payload'

import type { User } from '@/payload-types'

import { hasRole } from '@/lib/domain'

/**
 * Anyone who is neither an admin nor the account's owner sees only the public byline of a
 * user: display name and qualification. Never the email, roles or account state.
 * (Email is also closed to queries by its field access, see ../index.ts.)
 */
export const publicProfile: CollectionAfterReadHook<User> = ({ doc, overrideAccess, req }) => {
  // Trusted server code (auth strategies, hooks, seeds) reads with overrideAccess.
  if (overrideAccess) return doc
  const viewer = req.user
  if (hasRole(viewer, 'admin')) return doc
  if (viewer?.collection === 'users' && String(viewer.id) === String(doc.id)) return doc
  return { id: doc.id, name: doc.name, qualification: doc.qualification ?? null } as User
}
