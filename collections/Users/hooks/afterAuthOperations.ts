import { decodeJwt } from 'jose'
import type { CollectionAfterOperationHook } from 'payload'

import { liftLoginThrottle } from '@/lib/auth/loginThrottle'

import { revokeSessions } from '../sessions'

type LoginResult = {
  token?: string
  exp?: number
  user?: { id: number; email?: string }
  recoveryCodes?: string[]
}

/**
 * A password reset or the first user's registration by someone who still owes a second
 * factor: the session Payload opened is closed again and no token is handed out
 * (see requireSecondFactor). They sign in with their code.
 */
export const withholdSessionUntilSecondFactor: CollectionAfterOperationHook = async ({
  operation,
  req,
  result,
}) => {
  if ((operation !== 'login' && operation !== 'resetPassword') || !req.context.withholdSession)
    return result
  const login = result as LoginResult
  if (login.token && login.user) {
    const { sid } = decodeJwt(login.token)
    await revokeSessions(req, login.user.id, (session) => session.id !== sid)
  }
  const { token: _token, exp: _exp, ...rest } = login
  return rest
}

/** The recovery codes of a two-factor set-up completed at sign-in go out once, with the answer. */
export const handOutRecoveryCodes: CollectionAfterOperationHook = ({ operation, req, result }) => {
  const codes = req.context.recoveryCodes as string[] | undefined
  if (operation !== 'login' || !codes) return result
  return { ...(result as LoginResult), recoveryCodes: codes }
}

/** An admin's unlock, or the user's password reset link, lifts the login throttle. */
export const liftThrottleOnUnlockOrReset: CollectionAfterOperationHook = async ({
  args,
  operation,
  req,
  result,
}) => {
  if (operation === 'unlock') {
    const email = (args.data as { email?: unknown } | undefined)?.email
    if (typeof email === 'string' && email) await liftLoginThrottle(req.payload, email)
  }
  if (operation === 'resetPassword') {
    const userId = (result as LoginResult).user?.id
    const account = userId
      ? await req.payload.db.findOne({
          collection: 'users',
          where: { id: { equals: userId } },
          req,
        })
      : null
    const email = (account as { email?: string } | null)?.email
    if (email) await liftLoginThrottle(req.payload, email)
  }
  return result
}
