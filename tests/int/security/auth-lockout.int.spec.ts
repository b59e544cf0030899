/**
 * Points 4 and 5 of issue 11: wrong passwords must not let a stranger lock a real user out,
 * and only admins (or the user, through a reset link) may lift the login throttle.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { attemptLogin, setCookie, sleep } from '../../helpers/authClient'
import { bootPayload, closePayload } from '../../helpers/payload'
import { rest } from '../../helpers/rest'
import { createUser, TEST_PASSWORD, type Actor } from '../../helpers/users'

let payload: Payload
let admin: Actor
let marketer: Actor

beforeAll(async () => {
  payload = await bootPayload()
  admin = await createUser(payload, ['admin'], 'ロック試験の管理者')
  marketer = await createUser(payload, ['marketer'], 'ロック試験のマーケター')
})
afterAll(async () => closePayload(payload))

/** The login throttle of the account's unknown clients, as an admin sees it. */
async function throttleOf(
  who: Actor,
): Promise<{ failures: number; lastFailureAt: string | null; retryAt: string | null }> {
  const res = await rest('GET', `/users/${who.user.id}/security`, { token: admin.token })
  expect(res.status).toBe(200)
  return res.json.loginThrottle
}

const untilPast = (iso: string) => sleep(Math.max(0, Date.parse(iso) - Date.now()) + 150)

async function guessWrong(email: string, times: number) {
  for (let i = 0; i < times; i++) {
    const res = await attemptLogin(email, `wrong-guess-${i}-x`)
    expect(res.status).toBe(401)
  }
}

describe('a stranger cannot lock a real user out', () => {
  it('twenty wrong passwords from elsewhere leave the right password working in the browser the user signed in with', async () => {
    const victim = await createUser(payload, ['admin'], '狙われた管理者')
    const first = await attemptLogin(victim.email, TEST_PASSWORD)
    expect(first.status).toBe(200)
    const device = setCookie(first, 'hikaku-device')
    expect(device).toMatch(/^hikaku-device=[\w-]{22,}$/)

    await guessWrong(victim.email, 20)

    const again = await attemptLogin(victim.email, TEST_PASSWORD, { cookie: device })
    expect(again.status).toBe(200)
    expect(again.json.user.email).toBe(victim.email)
  })

  it('from a new browser the right password works again after a short delay, not after a lock', async () => {
    const victim = await createUser(payload, ['reviewer'], '狙われたレビュアー')
    await guessWrong(victim.email, 10)

    // Ten failures from unknown clients: they wait one second before the next try.
    const state = await throttleOf(victim)
    expect(state.failures).toBe(10)
    expect(Date.parse(state.retryAt!) - Date.parse(state.lastFailureAt!)).toBe(1000)
    await untilPast(state.retryAt!)
    const later = await attemptLogin(victim.email, TEST_PASSWORD)
    expect(later.status).toBe(200)
  })

  it('attempts that come too early are refused unchecked, and the delay doubles with each failure', async () => {
    const victim = await createUser(payload, ['marketer'], '狙われたマーケター')
    // Fifteen guesses at once: ten are counted, the five that come too early are refused.
    const burst = await Promise.all(
      Array.from({ length: 15 }, (_, i) => attemptLogin(victim.email, `burst-guess-${i}-x`)),
    )
    expect(burst.map((r) => r.status)).toEqual(Array(15).fill(401))
    const first = await throttleOf(victim)
    expect(first.failures).toBe(10)

    await untilPast(first.retryAt!)
    expect((await attemptLogin(victim.email, 'one-more-guess-x1')).status).toBe(401)
    const second = await throttleOf(victim)
    expect(second.failures).toBe(11)
    expect(Date.parse(second.retryAt!) - Date.parse(second.lastFailureAt!)).toBe(2000)

    await untilPast(second.retryAt!)
    expect((await attemptLogin(victim.email, 'and-another-guess-x2')).status).toBe(401)
    const third = await throttleOf(victim)
    expect(Date.parse(third.retryAt!) - Date.parse(third.lastFailureAt!)).toBe(4000)

    // Within those four seconds even the right password is refused, unchecked and uncounted.
    expect((await attemptLogin(victim.email, TEST_PASSWORD)).status).toBe(401)
    expect(await throttleOf(victim)).toEqual(third)
  })
})

describe('only admins, and the user through a reset link, lift the throttle', () => {
  it('a marketer cannot unlock another account: 403 and the account stays throttled', async () => {
    const victim = await createUser(payload, ['admin'], '解除試験の管理者')
    await guessWrong(victim.email, 12)
    const before = await throttleOf(victim)

    const res = await rest('POST', '/users/unlock', {
      token: marketer.token,
      body: { email: victim.email },
    })
    expect(res.status).toBe(403)
    expect(res.json.errors[0].message).toBe('このアクションは許可されていません。')

    // Nothing changed: the throttle still holds for unknown clients.
    expect(await throttleOf(victim)).toEqual(before)
    expect(before.failures).toBeGreaterThanOrEqual(10)
  })

  it('anonymous unlock is refused too', async () => {
    const res = await rest('POST', '/users/unlock', { body: { email: admin.email } })
    expect(res.status).toBe(403)
  })

  it('an admin can unlock', async () => {
    const victim = await createUser(payload, ['reviewer'], '解除されるレビュアー')
    await guessWrong(victim.email, 12)
    expect((await throttleOf(victim)).failures).toBeGreaterThanOrEqual(10)

    const res = await rest('POST', '/users/unlock', {
      token: admin.token,
      body: { email: victim.email },
    })
    expect(res.status).toBe(200)
    expect(await throttleOf(victim)).toEqual({ failures: 0, lastFailureAt: null, retryAt: null })
    expect((await attemptLogin(victim.email, TEST_PASSWORD)).status).toBe(200)
  })

  it('the user can, through a password reset link', async () => {
    const victim = await createUser(payload, ['marketer'], 'リセットするマーケター')
    await guessWrong(victim.email, 12)

    const { token } = await forgotPasswordToken(victim.email)
    const newPassword = 'a-fresh-start-2025'
    const reset = await rest('POST', '/users/reset-password', {
      body: { token, password: newPassword },
    })
    expect(reset.status).toBe(200)
    expect(await throttleOf(victim)).toEqual({ failures: 0, lastFailureAt: null, retryAt: null })
    expect((await attemptLogin(victim.email, newPassword)).status).toBe(200)
  })
})

/** Requests a reset link and reads its token from the database, as the e-mail would carry it. */
async function forgotPasswordToken(email: string): Promise<{ token: string }> {
  const res = await rest('POST', '/users/forgot-password', { body: { email } })
  expect(res.status).toBe(200)
  for (let i = 0; i < 50; i++) {
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      showHiddenFields: true,
      limit: 1,
    })
    const token = (docs[0] as { resetPasswordToken?: string } | undefined)?.resetPasswordToken
    if (token) return { token }
    await sleep(100)
  }
  throw new Error(`no reset token for ${email}`)
}
