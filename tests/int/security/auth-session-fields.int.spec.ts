/**
 * Point 14 of issue 11: the account-security fields of users (sessions, hash, salt, reset
 * token, login throttle, two-factor secret and recovery codes) can be neither read nor used
 * in `where` or `sort` — by anyone but admins, where that makes sense.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { graphql } from '../../helpers/graphql'
import { bootPayload, closePayload } from '../../helpers/payload'
import { rest } from '../../helpers/rest'
import { createUser, type Actor } from '../../helpers/users'

let payload: Payload
let admin: Actor
let marketer: Actor
let reviewer: Actor

beforeAll(async () => {
  payload = await bootPayload()
  admin = await createUser(payload, ['admin'], 'セッション欄試験の管理者')
  marketer = await createUser(payload, ['marketer'], 'セッション欄試験のマーケター')
  // A reviewer with a live session: the byline makes reviewers visible to anonymous visitors.
  reviewer = await createUser(payload, ['reviewer'], 'セッション欄試験のレビュアー')
})
afterAll(async () => closePayload(payload))

const PROTECTED_FIELDS = [
  'sessions.id',
  'sessions.createdAt',
  'sessions.expiresAt',
  'hash',
  'salt',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'twoFactor.secret',
  'twoFactor.recoveryCodes',
  'twoFactor.lastUsedStep',
]
/** Payload's account-lock fields no longer exist (the lock is replaced by the login throttle). */
const REMOVED_FIELDS = ['loginAttempts', 'lockUntil']
const PROTECTED_PATHS = [...PROTECTED_FIELDS, ...REMOVED_FIELDS]

/** The session id inside a Payload JWT. */
const sessionIdOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).sid as string

describe('anonymous visitors and staff who are not admins', () => {
  it('GET /api/users?where[sessions.id][like]=a — the issue’s request — is refused with 400 and reveals no user', async () => {
    const res = await rest('GET', '/users?where[sessions.id][like]=a&depth=0')
    expect(res.status).toBe(400)
    expect(res.json.docs).toBeUndefined()
    expect(res.text).not.toContain(reviewer.user.name)
  })

  it.each(PROTECTED_PATHS)(
    'cannot filter by %s (400, no documents), anonymous or as a marketer',
    async (path) => {
      for (const token of [undefined, marketer.token]) {
        const res = await rest('GET', `/users?where[${path}][exists]=true&depth=0`, { token })
        expect(res.status).toBe(400)
        expect(res.json.docs).toBeUndefined()
        expect(res.text).not.toContain(reviewer.user.name)
      }
    },
  )

  it.each(PROTECTED_FIELDS)('cannot sort by %s (400, no documents)', async (path) => {
    const res = await rest('GET', `/users?sort=${path}&depth=0`, { token: marketer.token })
    expect(res.status).toBe(400)
    expect(res.json.docs).toBeUndefined()
  })

  it('cannot read the fields, not even on their own account', async () => {
    const own = await rest('GET', `/users/${marketer.user.id}?depth=0`, { token: marketer.token })
    expect(own.status).toBe(200)
    const byline = await rest('GET', `/users/${reviewer.user.id}?depth=0`)
    expect(byline.status).toBe(200)
    for (const res of [own, byline]) {
      expect(res.text).not.toContain(sessionIdOf(marketer.token))
      expect(res.text).not.toContain(sessionIdOf(reviewer.token))
      expect(res.json.sessions ?? []).toEqual([])
      for (const field of ['hash', 'salt', 'resetPasswordToken', 'loginAttempts', 'lockUntil'])
        expect(res.json).not.toHaveProperty(field)
      expect(res.json.twoFactor?.secret).toBeUndefined()
      expect(res.json.twoFactor?.recoveryCodes).toBeUndefined()
    }
  })

  it('over GraphQL, filtering by a session id is refused and reveals no user', async () => {
    const res = await graphql(`
      {
        Users(where: { sessions__id: { like: "a" } }) {
          docs {
            id
            name
          }
        }
      }
    `)
    expect(res.errors?.[0]?.message).toBe('The following path cannot be queried: sessions.id')
    expect(res.data?.Users ?? null).toBeNull()
    const asMarketer = await graphql(
      `
        {
          Users(where: { sessions__id: { like: "a" } }) {
            docs {
              id
              name
            }
          }
        }
      `,
      { token: marketer.token },
    )
    expect(asMarketer.errors?.[0]?.message).toBe(
      'The following path cannot be queried: sessions.id',
    )
  })
})

describe('admins', () => {
  it('may filter users by session, to see who is signed in', async () => {
    const res = await rest(
      'GET',
      `/users?where[sessions.id][exists]=true&where[id][equals]=${reviewer.user.id}&depth=0`,
      { token: admin.token },
    )
    expect(res.status).toBe(200)
    expect(res.json.docs.map((d: { id: number }) => d.id)).toEqual([reviewer.user.id])
  })

  it('still cannot filter by password hash or two-factor secret', async () => {
    for (const path of ['hash', 'salt', 'twoFactor.secret', 'twoFactor.recoveryCodes']) {
      const res = await rest('GET', `/users?where[${path}][exists]=true`, { token: admin.token })
      expect(res.status).toBe(400)
    }
  })
})
