import type { CollectionAfterChangeHook } from 'payload'

import type { User } from '@/payload-types'

import { ownSessionId, revokeSessions } from '../sessions'

const sameRoles = (a: readonly string[] = [], b: readonly string[] = []) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join()

/**
 * A change of roles signs the user out everywhere else: sessions opened under the old roles
 * end. (A password change already does this in Payload 3: it keeps only the session that
 * made the change.)
 */
export const revokeSessionsOnRoleChange: CollectionAfterChangeHook<User> = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (operation !== 'update' || sameRoles(previousDoc?.roles, doc.roles)) return doc
  const current = ownSessionId(req, doc.id)
  await revokeSessions(req, doc.id, (session) => session.id === current)
  return doc
}
