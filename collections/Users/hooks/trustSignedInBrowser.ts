import type { CollectionAfterLoginHook } from 'payload'

import { deviceCookie, newDeviceId } from '@/lib/auth/deviceCookie'
import { recordLoginSuccess } from '@/lib/auth/loginThrottle'
import { env } from '@/lib/env'

import type { LoginContext } from './throttleLogin'

/**
 * After a successful sign-in: the throttle forgets the attempt, and the browser gets (or
 * keeps) its device cookie, so that its next attempts are counted apart from strangers'.
 */
export const trustSignedInBrowser: CollectionAfterLoginHook = async ({ req, user }) => {
  const login = req.context.login as LoginContext | undefined
  if (!login || req.context.withholdSession) return user
  const deviceId = login.deviceId ?? newDeviceId()
  await recordLoginSuccess(req.payload, login.attempt, deviceId)
  if (!login.deviceId) {
    req.responseHeaders ??= new Headers()
    req.responseHeaders.append(
      'Set-Cookie',
      deviceCookie(deviceId, { secure: env.serverUrl.startsWith('https://') }),
    )
  }
  return user
}
