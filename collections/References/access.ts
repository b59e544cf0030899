import type { FieldAccess } from 'payload'

import { hasRole } from '@/lib/domain'

/** Confirming a reference's bibliographic data is a physician's (or an admin's) act. */
export const canVerifyReferences = (user: Parameters<typeof hasRole>[0]) =>
  hasRole(user, 'admin', 'reviewer')

export const verifiersOnly: FieldAccess = ({ req: { user } }) => canVerifyReferences(user)

/** Written by hooks only (stampVerification), never taken from a request. */
export const hooksOnly: FieldAccess = () => false
