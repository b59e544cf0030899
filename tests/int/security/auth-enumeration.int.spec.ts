/**
 * Point 9 of issue 11: login and forgot-password must not tell whether an account exists —
 * neither by their answer nor by how long they take.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { attemptLogin, median, sleep, timed } from '../../helpers/authClient'
import { bootPayload, closePayload } from '../../helpers/payload'
import { rest } from '../../helpers/rest'
import { createUser, type Actor } from '../../helpers/users'

const TRIES = 10
const SAME_MESSAGE =
  'メールアドレスまたはパスワードが正しくありません。失敗が続いた場合は、しばらく待ってから再度お試しください。'

let payload: Payload
let existing: Actor[]

beforeAll(async () => {
  payload = await bootPayload()
  existing = []
  // One account per try, so that no account reaches its throttle during the measurement.
  for (let i = 0; i < TRIES; i++)
    existing.push(await createUser(payload, ['marketer'], `列挙試験${i}`))
})
afterAll(async () => closePayload(payload))

const unknownEmail = (i: number) => `nobody-${i}-${Date.now()}@enumeration.test`

describe('login', () => {
  it('answers a wrong password, an unknown e-mail and a throttled account alike', async () => {
    const wrongPassword = await attemptLogin(existing[0]!.email, 'not-the-password-1')
    const unknown = await attemptLogin(unknownEmail(0), 'not-the-password-1')
    for (let i = 0; i < 12; i++) await attemptLogin(existing[1]!.email, `guess-number-${i}`)
    const throttled = await attemptLogin(existing[1]!.email, 'not-the-password-1')

    for (const res of [wrongPassword, unknown, throttled]) {
      expect(res.status).toBe(401)
      expect(res.json).toEqual({ errors: [{ message: SAME_MESSAGE }] })
    }
  })

  it('takes about as long for an unknown e-mail as for an existing one', async () => {
    // Warm-up: the first hash of a process is slower.
    await attemptLogin(unknownEmail(99), 'warm-up-password')
    const known: number[] = []
    const unknown: number[] = []
    for (let i = 0; i < TRIES; i++) {
      known.push((await timed(() => attemptLogin(existing[i]!.email, `wrong-password-${i}`))).ms)
      unknown.push((await timed(() => attemptLogin(unknownEmail(i + 1), `wrong-password-${i}`))).ms)
    }
    expect(median(unknown)).toBeGreaterThanOrEqual(0.5 * median(known))
  })
})

describe('forgot-password', () => {
  it('answers alike and takes about as long for an unknown e-mail; the known account still gets its link', async () => {
    const known: { ms: number; body: unknown; status: number }[] = []
    const unknown: typeof known = []
    for (let i = 0; i < TRIES; i++) {
      const a = await timed(() =>
        rest('POST', '/users/forgot-password', { body: { email: existing[i]!.email } }),
      )
      known.push({ ms: a.ms, body: a.result.json, status: a.result.status })
      const b = await timed(() =>
        rest('POST', '/users/forgot-password', { body: { email: unknownEmail(i + 200) } }),
      )
      unknown.push({ ms: b.ms, body: b.result.json, status: b.result.status })
    }
    for (const answer of [...known, ...unknown]) {
      expect(answer.status).toBe(200)
      expect(answer.body).toEqual(known[0]!.body)
    }
    expect(median(unknown.map((a) => a.ms))).toBeGreaterThanOrEqual(
      0.5 * median(known.map((a) => a.ms)),
    )

    // The answer came early, but the reset link is still made for a real account.
    let token: string | undefined
    for (let i = 0; i < 50 && !token; i++) {
      const { docs } = await payload.find({
        collection: 'users',
        where: { email: { equals: existing[9]!.email } },
        showHiddenFields: true,
        limit: 1,
      })
      token = (docs[0] as { resetPasswordToken?: string | null }).resetPasswordToken ?? undefined
      if (!token) await sleep(100)
    }
    expect(token).toMatch(/^[0-9a-f]{40}$/)
  })

  it('refuses a request without an e-mail with 400 naming the field', async () => {
    const res = await rest('POST', '/users/forgot-password', { body: {} })
    expect(res.status).toBe(400)
    expect(res.json.errors[0].data.errors[0].path).toBe('email')
  })
})
