import { Forbidden, NotFound, type Endpoint, type PayloadRequest } from 'payload'

import { readEndpointData } from '@/lib/http/endpointData'

import { accountThrottle } from '@/lib/auth/loginThrottle'
import { inTransaction } from '@/lib/db/inTransaction'
import { writeAudit } from '@/lib/workflow/audit'
import type { User } from '@/payload-types'

import { secondFactorNeed } from '../secondFactor'
import { liveSessions, ownSessionId, revokeSessions } from '../sessions'
import { hasRole } from '@/lib/domain'

/**
 * Account security of a user, for the panel on the user's admin page:
 *   GET  /api/users/:id/security          admin or the user: two-factor state; admins also the
 *                                         sessions and the login throttle of unknown clients
 *   POST /api/users/:id/sessions/revoke   admin: ends one session ({ sessionId }) or all of them
 */

async function targetUser(req: PayloadRequest): Promise<User> {
  const id = Number(req.routeParams?.id)
  const user = Number.isInteger(id)
    ? ((await req.payload.db.findOne({
        collection: 'users',
        where: { id: { equals: id } },
        req,
      })) as User | null)
    : null
  if (!user) throw new NotFound(req.t)
  return user
}

const security: Endpoint = {
  path: '/:id/security',
  method: 'get',
  handler: async (req) => {
    const isAdmin = hasRole(req.user, 'admin')
    const isSelf =
      req.user?.collection === 'users' && String(req.user.id) === String(req.routeParams?.id)
    if (!isAdmin && !isSelf) throw new Forbidden(req.t)
    const user = await targetUser(req)
    const current = ownSessionId(req, user.id)
    return Response.json(
      {
        twoFactor: {
          enabled: Boolean(user.twoFactor?.enabled),
          enabledAt: user.twoFactor?.enabledAt ?? null,
          recoveryCodesLeft: user.twoFactor?.recoveryCodesLeft ?? null,
          need: secondFactorNeed(user),
        },
        sessions: isAdmin
          ? (await liveSessions(req, user.id)).map((s) => ({
              id: s.id,
              createdAt: s.createdAt ?? null,
              expiresAt: s.expiresAt,
              current: s.id === current,
            }))
          : undefined,
        loginThrottle: isAdmin ? await accountThrottle(req.payload, user.email) : undefined,
      },
      { status: 200, headers: { 'Cache-Control': 'no-store' } },
    )
  },
}

const revoke: Endpoint = {
  path: '/:id/sessions/revoke',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) throw new Forbidden(req.t)
    await readEndpointData(req)
    const user = await targetUser(req)
    const sessionId = (req.data as { sessionId?: unknown } | undefined)?.sessionId
    const one = typeof sessionId === 'string' && sessionId ? sessionId : undefined
    const revoked = await inTransaction(req, async () => {
      const count = await revokeSessions(
        req,
        user.id,
        (session) => one !== undefined && session.id !== one,
      )
      if (count > 0) {
        await writeAudit(req, {
          action: 'sessions-revoke',
          collection: 'users',
          documentId: user.id,
          documentTitle: user.name,
          note: one
            ? `セッション ${one} を終了しました。`
            : `すべてのセッション（${count}件）を終了しました。`,
        })
      }
      return count
    })
    return Response.json({ revoked }, { status: 200 })
  },
}

export const sessionEndpoints: Endpoint[] = [security, revoke]
