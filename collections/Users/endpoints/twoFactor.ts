import { APIError, Forbidden, NotFound, type Endpoint, type PayloadRequest } from 'payload'

import { readEndpointData } from '@/lib/http/endpointData'

import { enrolmentSecret, startEnrolment } from '@/lib/auth/twoFactor'
import { inTransaction } from '@/lib/db/inTransaction'
import { writeAudit } from '@/lib/workflow/audit'
import type { User } from '@/payload-types'

import { SecondFactorRequired } from '../errors'
import {
  confirmNewSecret,
  disableSecondFactor,
  enableSecondFactor,
  secondFactorRequiredByRole,
  acceptSecondFactor,
} from '../secondFactor'
import { ownSessionId, revokeSessions } from '../sessions'
import { hasRole } from '@/lib/domain'

/**
 * Two-factor authentication of one's own account (signed in):
 *   POST /api/users/two-factor/setup               → a new secret: QR code, key, enrolment token
 *   POST /api/users/two-factor/confirm {token,code} → turned on; the recovery codes, once
 *   POST /api/users/two-factor/disable {code}       → turned off (not for roles that require it)
 * and an admin's reset of someone else's:
 *   POST /api/users/:id/two-factor/reset            → turned off, signed out everywhere, audited
 * (Admins and reviewers who must set it up in production do so at sign-in: requireSecondFactor.)
 */

function signedInUser(req: PayloadRequest): User {
  if (req.user?.collection !== 'users')
    throw new APIError(req.t('error:unauthorized'), 401, null, true)
  return req.user as User
}

const body = (req: PayloadRequest) => (req.data ?? {}) as Record<string, unknown>

const setup: Endpoint = {
  path: '/two-factor/setup',
  method: 'post',
  handler: async (req) => {
    const user = signedInUser(req)
    if (user.twoFactor?.enabled) throw new APIError('二段階認証はすでに有効です。', 409, null, true)
    return Response.json(await startEnrolment(user), { status: 200 })
  },
}

const confirm: Endpoint = {
  path: '/two-factor/confirm',
  method: 'post',
  handler: async (req) => {
    await readEndpointData(req)
    const user = signedInUser(req)
    if (user.twoFactor?.enabled) throw new APIError('二段階認証はすでに有効です。', 409, null, true)
    const secret = await enrolmentSecret(body(req).token, user.id)
    if (!secret)
      throw new APIError(
        '設定の有効期限が切れました。もう一度 QR コードを表示してください。',
        400,
        { field: 'token' },
        true,
      )
    const step = await confirmNewSecret(secret, body(req).code)
    if (step === null) throw new SecondFactorRequired(true)
    const recoveryCodes = await inTransaction(req, async () => {
      const codes = await enableSecondFactor(req, user.id, secret, step)
      // Sessions opened before, on any other browser, end: from now on a sign-in needs the code.
      const current = ownSessionId(req, user.id)
      await revokeSessions(req, user.id, (session) => session.id === current)
      return codes
    })
    return Response.json({ recoveryCodes }, { status: 200 })
  },
}

const disable: Endpoint = {
  path: '/two-factor/disable',
  method: 'post',
  handler: async (req) => {
    await readEndpointData(req)
    const user = signedInUser(req)
    if (!user.twoFactor?.enabled)
      throw new APIError('二段階認証は有効になっていません。', 409, null, true)
    if (secondFactorRequiredByRole(user))
      throw new APIError('管理者と医療レビュアーは二段階認証を無効にできません。', 403, null, true)
    await inTransaction(req, async () => {
      if (!(await acceptSecondFactor(req, user.id, body(req).code)))
        throw new SecondFactorRequired(true)
      await disableSecondFactor(req, user.id)
    })
    return Response.json({ message: '二段階認証を無効にしました。' }, { status: 200 })
  },
}

const reset: Endpoint = {
  path: '/:id/two-factor/reset',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) throw new Forbidden(req.t)
    const id = Number(req.routeParams?.id)
    const target = Number.isInteger(id)
      ? ((await req.payload.db.findOne({
          collection: 'users',
          where: { id: { equals: id } },
          req,
        })) as User | null)
      : null
    if (!target) throw new NotFound(req.t)
    await inTransaction(req, async () => {
      await disableSecondFactor(req, target.id)
      await revokeSessions(req, target.id)
      await writeAudit(req, {
        action: 'two-factor-reset',
        collection: 'users',
        documentId: target.id,
        documentTitle: target.name,
        note: '二段階認証をリセットし、すべてのセッションを終了しました。',
      })
    })
    return Response.json(
      { message: '二段階認証をリセットしました。次のログインで設定し直します。' },
      { status: 200 },
    )
  },
}

export const twoFactorEndpoints: Endpoint[] = [setup, confirm, disable, reset]
