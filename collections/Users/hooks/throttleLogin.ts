import { AuthenticationError, type CollectionBeforeOperationHook } from 'payload'

import { readDeviceId } from '@/lib/auth/deviceCookie'
import { beginLoginAttempt, type LoginAttempt } from '@/lib/auth/loginThrottle'
import { spendPasswordCheckTime } from '@/lib/auth/passwordCheckTime'

/** What the login hooks pass on to each other through `req.context.login`. */
export type LoginContext = {
  attempt: LoginAttempt
  deviceId: string | undefined
  code: unknown
  enrolmentToken: unknown
}

/**
 * Before a password is checked: counts the attempt in the login throttle (refusing it when
 * it comes too early), and answers an e-mail without an account only after the same hash
 * work a real account costs. Throttled, unknown and wrong-password attempts all get the
 * same 401 and message.
 */
export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args.data ?? {}) as Record<string, unknown>
  const email = typeof data.email === 'string' ? data.email.trim().toLowerCase() : ''
  const password = data.password
  // Without both, Payload answers 400 naming the missing field.
  if (!email || typeof password !== 'string' || !password.trim()) return args

  const deviceId = readDeviceId(req.headers)
  const { attempt, allowed } = await beginLoginAttempt(req.payload, email, deviceId)
  if (!allowed) throw new AuthenticationError(req.t)

  const account = await req.payload.db.findOne({
    collection: 'users',
    where: { email: { equals: email } },
    req,
  })
  if (!account) {
    await spendPasswordCheckTime(password)
    throw new AuthenticationError(req.t)
  }

  const body = (req.data ?? {}) as Record<string, unknown>
  const login: LoginContext = {
    attempt,
    deviceId,
    code: data.code ?? body.code,
    enrolmentToken: data.enrolmentToken ?? body.enrolmentToken,
  }
  req.context.login = login
  return args
}
