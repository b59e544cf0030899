/**
 * Point 18 of issue 11: an admin sees a user's sessions and ends them; a password or role
 * change ends the user's other sessions.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { attemptLogin } from '../../helpers/authClient'
import { bootPayload, closePayload } from '../../helpers/payload'
import { login, rest } from '../../helpers/rest'
import { createUser, TEST_PASSWORD, type Actor } from '../../helpers/users'

let payload: Payload
let admin: Actor

beforeAll(async () => {
  payload = await bootPayload()
  admin = await createUser(payload, ['admin'], 'セッション試験の管理者')
})
afterAll(async () => closePayload(payload))

const sessionIdOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).sid as string

/** Whether `token` still signs its user in. */
const signedIn = async (token: string) =>
  (await rest('GET', '/users/me', { token })).json?.user != null

/** A user signed in from three browsers. */
async function userWithThreeSessions(roles: ('marketer' | 'reviewer')[] = ['marketer']) {
  const who = await createUser(payload, roles, '三台の端末を使う人')
  const tokens = [
    who.token,
    await login(who.email, TEST_PASSWORD),
    await login(who.email, TEST_PASSWORD),
  ]
  return { who, tokens }
}

const storedSessionIds = async (id: number) => {
  const user = (await payload.db.findOne({
    collection: 'users',
    where: { id: { equals: id } },
  })) as { sessions?: { id: string }[] } | null
  return (user?.sessions ?? []).map((s) => s.id).sort()
}

describe('an admin and a user’s sessions', () => {
  it('lists them: when each began and until when it lasts', async () => {
    const { who, tokens } = await userWithThreeSessions()
    const res = await rest('GET', `/users/${who.user.id}/security`, { token: admin.token })
    expect(res.status).toBe(200)
    expect(res.json.sessions.map((s: { id: string }) => s.id).sort()).toEqual(
      tokens.map(sessionIdOf).sort(),
    )
    for (const session of res.json.sessions) {
      expect(new Date(session.expiresAt).getTime() - new Date(session.createdAt).getTime()).toBe(
        8 * 60 * 60 * 1000,
      )
      expect(session.current).toBe(false)
    }
  })

  it('ends one of them: that browser is signed out, the others are not, and it is audited', async () => {
    const { who, tokens } = await userWithThreeSessions()
    const res = await rest('POST', `/users/${who.user.id}/sessions/revoke`, {
      token: admin.token,
      body: { sessionId: sessionIdOf(tokens[1]!) },
    })
    expect(res.status).toBe(200)
    expect(res.json).toEqual({ revoked: 1 })
    expect(await Promise.all(tokens.map(signedIn))).toEqual([true, false, true])
    const { docs } = await payload.find({
      collection: 'audit-log',
      where: {
        and: [
          { action: { equals: 'sessions-revoke' } },
          { documentId: { equals: String(who.user.id) } },
        ],
      },
    })
    expect(docs).toHaveLength(1)
  })

  it('ends all of them', async () => {
    const { who, tokens } = await userWithThreeSessions()
    const res = await rest('POST', `/users/${who.user.id}/sessions/revoke`, { token: admin.token })
    expect(res.json).toEqual({ revoked: 3 })
    expect(await Promise.all(tokens.map(signedIn))).toEqual([false, false, false])
  })

  it('nobody else may list or end them: 403, nothing changed', async () => {
    const { who, tokens } = await userWithThreeSessions()
    const other = await createUser(payload, ['reviewer'], '他人')
    const before = await storedSessionIds(who.user.id)
    for (const token of [other.token, undefined]) {
      expect((await rest('GET', `/users/${who.user.id}/security`, { token })).status).toBe(403)
      expect((await rest('POST', `/users/${who.user.id}/sessions/revoke`, { token })).status).toBe(
        403,
      )
    }
    // Not even their own: ending sessions is an admin's tool.
    expect(
      (await rest('POST', `/users/${who.user.id}/sessions/revoke`, { token: tokens[0] })).status,
    ).toBe(403)
    expect(await storedSessionIds(who.user.id)).toEqual(before)
    // The user sees their own two-factor state, but not the session list.
    const own = await rest('GET', `/users/${who.user.id}/security`, { token: tokens[0] })
    expect(own.status).toBe(200)
    expect(own.json.sessions).toBeUndefined()
  })
})

describe('changes that end the other sessions', () => {
  it('a password change ends the user’s other sessions and keeps the one that made it', async () => {
    const { who, tokens } = await userWithThreeSessions()
    const res = await rest('PATCH', `/users/${who.user.id}`, {
      token: tokens[0],
      body: { password: 'a-new-password-for-me' },
    })
    expect(res.status).toBe(200)
    expect(await Promise.all(tokens.map(signedIn))).toEqual([true, false, false])
    expect((await attemptLogin(who.email, 'a-new-password-for-me')).status).toBe(200)
  })

  it('a password set by an admin ends all of the user’s sessions', async () => {
    const { who, tokens } = await userWithThreeSessions()
    const res = await rest('PATCH', `/users/${who.user.id}`, {
      token: admin.token,
      body: { password: 'set-by-the-admin-1' },
    })
    expect(res.status).toBe(200)
    expect(await Promise.all(tokens.map(signedIn))).toEqual([false, false, false])
    expect(await signedIn(admin.token)).toBe(true)
  })

  it('a role change ends all of the user’s sessions', async () => {
    const { who, tokens } = await userWithThreeSessions(['reviewer'])
    const res = await rest('PATCH', `/users/${who.user.id}`, {
      token: admin.token,
      body: { roles: ['marketer'] },
    })
    expect(res.status).toBe(200)
    expect(await Promise.all(tokens.map(signedIn))).toEqual([false, false, false])
    expect(await storedSessionIds(who.user.id)).toEqual([])
  })

  it('an edit that changes neither password nor roles ends nothing', async () => {
    const { who, tokens } = await userWithThreeSessions()
    const res = await rest('PATCH', `/users/${who.user.id}`, {
      token: admin.token,
      body: { name: '名前だけ変えた人' },
    })
    expect(res.status).toBe(200)
    expect(await Promise.all(tokens.map(signedIn))).toEqual([true, true, true])
  })
})
