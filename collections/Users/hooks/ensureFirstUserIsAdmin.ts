import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '@/payload-types'

/**
 * The very first account created on an empty installation becomes its administrator. The
 * flag tells the sign-in that follows registration (requireSecondFactor) what it is part of.
 */
export const ensureFirstUserIsAdmin: CollectionBeforeChangeHook<User> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  if (totalDocs > 0) return data
  req.context.registeringFirstUser = true
  return { ...data, roles: ['admin'] }
}
