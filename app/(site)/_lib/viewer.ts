import { draftMode, headers } from 'next/headers'
import { cache } from 'react'

import { isStaff } from '@/lib/domain'
import { VISITOR, type Viewer } from '@/lib/queries/payload'

import { getPayloadClient } from './payload'

/**
 * The viewer of the current page. Outside draft mode this touches no request data, so pages
 * stay static. In draft mode (set by /next/preview after a staff login) the session is
 * re-checked on every render: a draft-mode cookie without a staff session shows published data.
 */
export const getViewer = cache(async (): Promise<Viewer> => {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return VISITOR
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user || !isStaff(user)) return VISITOR
  return { draft: true, user }
})
