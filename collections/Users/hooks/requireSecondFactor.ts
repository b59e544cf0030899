import type { CollectionBeforeLoginHook } from 'payload'

import { forgiveLoginAttempt } from '@/lib/auth/loginThrottle'
import { enrolmentSecret, startEnrolment } from '@/lib/auth/twoFactor'
import type { User } from '@/payload-types'

import { SecondFactorEnrolmentRequired, SecondFactorRequired } from '../errors'
import {
  confirmNewSecret,
  enableSecondFactor,
  secondFactorNeed,
  acceptSecondFactor,
} from '../secondFactor'
import type { LoginContext } from './throttleLogin'

/**
 * After the password, the second factor. A user who has one gives its code (or a recovery
 * code) in the same request; an admin or reviewer who must set one up gets a new secret
 * (403, `twoFactor: 'enrol'`) and signs in by sending its first code with the enrolment
 * token. No session exists before that. A password reset or the first user's registration
 * changes the account but opens no session for such a user: they then sign in here.
 */
export const requireSecondFactor: CollectionBeforeLoginHook<User> = async ({ req, user }) => {
  const need = secondFactorNeed(user)
  if (need === 'none') return user

  const login = req.context.login as LoginContext | undefined
  if (!login || req.context.registeringFirstUser) {
    req.context.withholdSession = true
    return user
  }

  if (need === 'code') {
    if (login.code === undefined || login.code === '') {
      // The password was right: not a guess, so it does not count against the throttle.
      await forgiveLoginAttempt(req.payload, login.attempt)
      throw new SecondFactorRequired(false)
    }
    if (await acceptSecondFactor(req, user.id, login.code)) return user
    throw new SecondFactorRequired(true)
  }

  const secret = await enrolmentSecret(login.enrolmentToken, user.id)
  if (secret) {
    const step = await confirmNewSecret(secret, login.code)
    if (step === null) throw new SecondFactorRequired(true)
    req.context.recoveryCodes = await enableSecondFactor(req, user.id, secret, step)
    return user
  }
  await forgiveLoginAttempt(req.payload, login.attempt)
  req.context.enrolment = await startEnrolment(user)
  throw new SecondFactorEnrolmentRequired()
}
