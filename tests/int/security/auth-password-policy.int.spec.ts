/**
 * Point 8 of issue 11: passwords follow an OWASP ASVS level 2 policy — at least 12
 * characters, not a common or easily guessed password, not the e-mail address — on create,
 * update, password reset and first-user registration, with a Japanese 400 naming `password`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { attemptLogin, sleep } from '../../helpers/authClient'
import { bootPayload, closePayload } from '../../helpers/payload'
import { rest } from '../../helpers/rest'
import { createUser, TEST_PASSWORD, type Actor } from '../../helpers/users'

let payload: Payload
let admin: Actor

beforeAll(async () => {
  payload = await bootPayload()
  admin = await createUser(payload, ['admin'], 'パスワード試験の管理者')
})
afterAll(async () => closePayload(payload))

const TOO_SHORT = 'パスワードは12文字以上にしてください。'
const GUESSABLE =
  'よく使われるパスワードや、繰り返し・連番・キーボードの並びなど推測されやすいパスワードは使えません。'
const PERSONAL = 'メールアドレスや名前をパスワードに含めないでください。'

/** The 400 the API gives for a refused password: the field is named, the reason is in Japanese. */
function expectPasswordRefused(res: Awaited<ReturnType<typeof rest>>, reason: string) {
  expect(res.status).toBe(400)
  const errors = res.json.errors[0].data.errors
  expect(errors).toHaveLength(1)
  expect(errors[0]).toMatchObject({ path: 'password', message: reason })
}

const userCount = async () => (await payload.count({ collection: 'users' })).totalDocs

describe('creating a user', () => {
  const cases: [string, string, string][] = [
    ['abc', TOO_SHORT, 'the issue’s example'],
    ['hikaku-demo', TOO_SHORT, 'eleven characters'],
    ['password1234', GUESSABLE, 'a common password'],
    ['aaaaaaaaaaaaaaaa', GUESSABLE, 'one character repeated'],
    ['123456789012', GUESSABLE, 'a sequence'],
    ['qwertyuiopasdf', GUESSABLE, 'a keyboard row'],
  ]
  it.each(cases)('refuses %s (%s: %s) with 400 and stores nothing', async (password, reason) => {
    const before = await userCount()
    const email = `weak-${Date.now()}@policy.test`
    const res = await rest('POST', '/users', {
      token: admin.token,
      body: { email, password, name: '弱いパスワード', roles: ['marketer'] },
    })
    expectPasswordRefused(res, reason)
    expect(await userCount()).toBe(before)
  })

  it('refuses the e-mail address, or its name part, as the password', async () => {
    const before = await userCount()
    for (const [email, password] of [
      ['someone.special@policy.test', 'someone.special@policy.test'],
      ['yamada.hanako@policy.test', 'yamada.hanako-2025!'],
    ]) {
      const res = await rest('POST', '/users', {
        token: admin.token,
        body: { email, password, name: '個人情報', roles: ['marketer'] },
      })
      expectPasswordRefused(res, PERSONAL)
    }
    expect(await userCount()).toBe(before)
  })

  it('accepts a long, uncommon password', async () => {
    const res = await rest('POST', '/users', {
      token: admin.token,
      body: {
        email: `strong-${Date.now()}@policy.test`,
        password: 'seasonal-clinic-notes-42',
        name: '強いパスワード',
        roles: ['marketer'],
      },
    })
    expect(res.status).toBe(201)
  })
})

describe('changing a password', () => {
  it('refuses a weak new password for oneself; the old one still works', async () => {
    const me = await createUser(payload, ['marketer'], '変更する人')
    const res = await rest('PATCH', `/users/${me.user.id}`, {
      token: me.token,
      body: { password: 'short' },
    })
    expectPasswordRefused(res, TOO_SHORT)
    expect((await attemptLogin(me.email, TEST_PASSWORD)).status).toBe(200)
    expect((await attemptLogin(me.email, 'short')).status).toBe(401)
  })

  it('refuses a weak password an admin sets for someone else', async () => {
    const other = await createUser(payload, ['reviewer'], '変更される人')
    const res = await rest('PATCH', `/users/${other.user.id}`, {
      token: admin.token,
      body: { password: 'letmein12345' },
    })
    expectPasswordRefused(res, GUESSABLE)
    expect((await attemptLogin(other.email, TEST_PASSWORD)).status).toBe(200)
  })

  it('refuses a weak password on reset; the link stays usable for a good one', async () => {
    const who = await createUser(payload, ['marketer'], 'リセットする人')
    await rest('POST', '/users/forgot-password', { body: { email: who.email } })
    let token: string | undefined
    for (let i = 0; i < 50 && !token; i++) {
      const { docs } = await payload.find({
        collection: 'users',
        where: { email: { equals: who.email } },
        showHiddenFields: true,
        limit: 1,
      })
      token = (docs[0] as { resetPasswordToken?: string }).resetPasswordToken ?? undefined
      if (!token) await sleep(100)
    }
    expect(token).toBeTruthy()
    const weak = await rest('POST', '/users/reset-password', { body: { token, password: 'abc' } })
    expectPasswordRefused(weak, TOO_SHORT)
    expect((await attemptLogin(who.email, TEST_PASSWORD)).status).toBe(200)

    const good = await rest('POST', '/users/reset-password', {
      body: { token, password: 'a-much-better-phrase-7' },
    })
    expect(good.status).toBe(200)
    expect((await attemptLogin(who.email, 'a-much-better-phrase-7')).status).toBe(200)
  })
})
