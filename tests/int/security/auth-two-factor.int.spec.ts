/**
 * Point 17 of issue 11: two-factor authentication (TOTP, RFC 6238) with one-time recovery
 * codes — required of admins and reviewers in production, optional for marketers — and an
 * admin's reset of it, audited.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { generateSync } from 'otplib'
import type { Payload } from 'payload'

import { attemptLogin } from '../../helpers/authClient'
import { bootPayload, closePayload } from '../../helpers/payload'
import { rest } from '../../helpers/rest'
import { createUser, TEST_PASSWORD, type Actor } from '../../helpers/users'

let payload: Payload
let admin: Actor

const savedEnv = {
  NODE_ENV: process.env.NODE_ENV,
  HIKAKU_DEMO_2FA_EXEMPT: process.env.HIKAKU_DEMO_2FA_EXEMPT,
}

beforeAll(async () => {
  payload = await bootPayload()
  admin = await createUser(payload, ['admin'], '二段階認証試験の管理者')
})
afterAll(async () => closePayload(payload))
afterEach(() => {
  for (const [key, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
})

/** Runs the rest of a test as the production server would (NODE_ENV is read at call time). */
const asProduction = () => Object.assign(process.env, { NODE_ENV: 'production' })

/** The authenticator app's code, `steps` periods of 30 s from now. */
const totp = (secret: string, steps = 0) =>
  generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 })

const sessionCount = async (id: number) => {
  const user = await payload.db.findOne({ collection: 'users', where: { id: { equals: id } } })
  return ((user as { sessions?: unknown[] } | null)?.sessions ?? []).length
}

/** Sets up two-factor authentication for `who` through the API; returns the secret and recovery codes. */
async function enrol(who: Actor) {
  const setup = await rest('POST', '/users/two-factor/setup', { token: who.token })
  expect(setup.status).toBe(200)
  const confirm = await rest('POST', '/users/two-factor/confirm', {
    token: who.token,
    body: { token: setup.json.token, code: totp(setup.json.secret) },
  })
  expect(confirm.status).toBe(200)
  return {
    secret: setup.json.secret as string,
    recoveryCodes: confirm.json.recoveryCodes as string[],
  }
}

describe('setting it up (a marketer, by choice)', () => {
  it('shows a QR code and key, refuses a wrong code, turns on with the right one and shows 10 recovery codes once', async () => {
    const marketer = await createUser(payload, ['marketer'], '設定するマーケター')
    const setup = await rest('POST', '/users/two-factor/setup', { token: marketer.token })
    expect(setup.status).toBe(200)
    expect(setup.json.secret).toMatch(/^[A-Z2-7]{32}$/)
    expect(setup.json.otpauthUri).toBe(
      `otpauth://totp/Hikaku:${encodeURIComponent(marketer.email)}?secret=${setup.json.secret}&issuer=Hikaku`,
    )
    expect(setup.json.qrCode).toMatch(/^data:image\/svg\+xml;base64,/)
    expect(Buffer.from(setup.json.qrCode.split(',')[1], 'base64').toString()).toContain('<svg')

    const wrong = await rest('POST', '/users/two-factor/confirm', {
      token: marketer.token,
      body: { token: setup.json.token, code: '000000' },
    })
    expect(wrong.status).toBe(401)
    expect(wrong.json.errors[0].message).toBe(
      '二段階認証のコードが正しくないか、すでに使われています。',
    )
    expect(
      (await rest('GET', `/users/${marketer.user.id}/security`, { token: marketer.token })).json
        .twoFactor.enabled,
    ).toBe(false)

    const right = await rest('POST', '/users/two-factor/confirm', {
      token: marketer.token,
      body: { token: setup.json.token, code: totp(setup.json.secret) },
    })
    expect(right.status).toBe(200)
    expect(right.json.recoveryCodes).toHaveLength(10)
    for (const code of right.json.recoveryCodes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/)
    const security = await rest('GET', `/users/${marketer.user.id}/security`, {
      token: marketer.token,
    })
    expect(security.json.twoFactor).toMatchObject({
      enabled: true,
      recoveryCodesLeft: 10,
      need: 'code',
    })

    // Neither the secret nor the recovery codes are stored as such, nor readable over the API.
    const row = (await payload.db.findOne({
      collection: 'users',
      where: { id: { equals: marketer.user.id } },
    })) as any
    expect(row.twoFactor.secret).not.toContain(setup.json.secret)
    expect(row.twoFactor.secret.split('.')).toHaveLength(5)
    expect(JSON.stringify(row.twoFactor.recoveryCodes)).not.toContain(right.json.recoveryCodes[0])
    const own = await rest('GET', `/users/${marketer.user.id}`, { token: marketer.token })
    expect(own.json.twoFactor).toEqual({
      enabled: true,
      enabledAt: expect.any(String),
      recoveryCodesLeft: 10,
    })
    const asAdmin = await rest('GET', `/users/${marketer.user.id}`, { token: admin.token })
    expect(asAdmin.json.twoFactor.secret).toBeUndefined()
  })

  it('an enrolment token is bound to its user and cannot be replayed by another', async () => {
    const a = await createUser(payload, ['marketer'], '利用者A')
    const b = await createUser(payload, ['marketer'], '利用者B')
    const setup = await rest('POST', '/users/two-factor/setup', { token: a.token })
    const stolen = await rest('POST', '/users/two-factor/confirm', {
      token: b.token,
      body: { token: setup.json.token, code: totp(setup.json.secret) },
    })
    expect(stolen.status).toBe(400)
    expect(
      (await rest('GET', `/users/${b.user.id}/security`, { token: b.token })).json.twoFactor
        .enabled,
    ).toBe(false)
  })
})

describe('signing in with it', () => {
  it('asks for the code after the password, refuses a wrong or replayed code, accepts the right one', async () => {
    const who = await createUser(payload, ['marketer'], 'コードでログインする人')
    const { secret } = await enrol(who)
    const sessionsBefore = await sessionCount(who.user.id)

    const passwordOnly = await attemptLogin(who.email, TEST_PASSWORD)
    expect(passwordOnly.status).toBe(401)
    expect(passwordOnly.json.errors[0]).toMatchObject({ data: { twoFactor: 'code' } })
    expect(passwordOnly.json.token).toBeUndefined()
    expect(passwordOnly.headers.getSetCookie().some((c) => c.startsWith('payload-token='))).toBe(
      false,
    )

    const wrong = await attemptLogin(who.email, TEST_PASSWORD, {
      code: '123456' === totp(secret, 1) ? '654321' : '123456',
    })
    expect(wrong.status).toBe(401)
    expect(await sessionCount(who.user.id)).toBe(sessionsBefore)

    // The enrolment used this period's code: the next period's is accepted (clock drift window).
    const code = totp(secret, 1)
    const right = await attemptLogin(who.email, TEST_PASSWORD, { code })
    expect(right.status).toBe(200)
    expect((await rest('GET', '/users/me', { token: right.json.token })).json.user.email).toBe(
      who.email,
    )

    const replay = await attemptLogin(who.email, TEST_PASSWORD, { code })
    expect(replay.status).toBe(401)
    expect(replay.json.errors[0].message).toBe(
      '二段階認証のコードが正しくないか、すでに使われています。',
    )
    // An older code than the last one used is refused too.
    expect((await attemptLogin(who.email, TEST_PASSWORD, { code: totp(secret, 0) })).status).toBe(
      401,
    )
  })

  it('a recovery code works once', async () => {
    const who = await createUser(payload, ['marketer'], 'リカバリーコードを使う人')
    const { recoveryCodes } = await enrol(who)
    const first = await attemptLogin(who.email, TEST_PASSWORD, { code: recoveryCodes[3] })
    expect(first.status).toBe(200)
    const again = await attemptLogin(who.email, TEST_PASSWORD, { code: recoveryCodes[3] })
    expect(again.status).toBe(401)
    // Typed in capitals and without the hyphen, another one still works.
    const typed = recoveryCodes[4]!.replace('-', '').toUpperCase()
    expect((await attemptLogin(who.email, TEST_PASSWORD, { code: typed })).status).toBe(200)
    const security = await rest('GET', `/users/${who.user.id}/security`, { token: who.token })
    expect(security.json.twoFactor.recoveryCodesLeft).toBe(8)
  })

  it('a password reset changes the password but opens no session without the code', async () => {
    const who = await createUser(payload, ['marketer'], 'リセットする二段階認証の人')
    const { secret } = await enrol(who)
    await payload.forgotPassword({
      collection: 'users',
      data: { email: who.email },
      disableEmail: true,
    })
    const row = (await payload.db.findOne({
      collection: 'users',
      where: { id: { equals: who.user.id } },
    })) as any
    const reset = await rest('POST', '/users/reset-password', {
      body: { token: row.resetPasswordToken, password: 'after-the-reset-2025' },
    })
    expect(reset.status).toBe(200)
    expect(reset.json.token).toBeUndefined()
    expect(await sessionCount(who.user.id)).toBe(0)
    expect((await attemptLogin(who.email, 'after-the-reset-2025')).status).toBe(401)
    expect(
      (await attemptLogin(who.email, 'after-the-reset-2025', { code: totp(secret, 1) })).status,
    ).toBe(200)
  })
})

describe('in production', () => {
  it('a reviewer without it is sent to set it up and gets no session until done', async () => {
    const reviewer = await createUser(payload, ['reviewer'], '本番のレビュアー')
    const sessionsBefore = await sessionCount(reviewer.user.id)
    asProduction()

    const first = await attemptLogin(reviewer.email, TEST_PASSWORD)
    expect(first.status).toBe(403)
    const error = first.json.errors[0]
    expect(error.message).toBe(
      '管理者と医療レビュアーは二段階認証の設定が必要です。認証アプリで QR コードを読み取り、表示された6桁のコードを入力してください。',
    )
    expect(error.data.twoFactor).toBe('enrol')
    expect(error.data.enrolment.otpauthUri).toContain(encodeURIComponent(reviewer.email))
    expect(first.json.token).toBeUndefined()
    expect(first.headers.getSetCookie().some((c) => c.startsWith('payload-token='))).toBe(false)
    expect(await sessionCount(reviewer.user.id)).toBe(sessionsBefore)

    const { token, secret } = error.data.enrolment
    const wrong = await attemptLogin(reviewer.email, TEST_PASSWORD, {
      enrolmentToken: token,
      code: '000000' === totp(secret) ? '111111' : '000000',
    })
    expect(wrong.status).toBe(401)
    expect(await sessionCount(reviewer.user.id)).toBe(sessionsBefore)

    const done = await attemptLogin(reviewer.email, TEST_PASSWORD, {
      enrolmentToken: token,
      code: totp(secret),
    })
    expect(done.status).toBe(200)
    expect(done.json.recoveryCodes).toHaveLength(10)
    expect((await rest('GET', '/users/me', { token: done.json.token })).json.user.email).toBe(
      reviewer.email,
    )

    // From now on the code is asked for.
    expect((await attemptLogin(reviewer.email, TEST_PASSWORD)).json.errors[0].data.twoFactor).toBe(
      'code',
    )
  })

  it('an admin or reviewer cannot turn it off', async () => {
    const reviewer = await createUser(payload, ['reviewer'], '無効にしたいレビュアー')
    const { recoveryCodes } = await enrol(reviewer)
    asProduction()
    const res = await rest('POST', '/users/two-factor/disable', {
      token: reviewer.token,
      body: { code: recoveryCodes[0] },
    })
    expect(res.status).toBe(403)
    expect(
      (await rest('GET', `/users/${reviewer.user.id}/security`, { token: reviewer.token })).json
        .twoFactor.enabled,
    ).toBe(true)
  })

  it('a marketer signs in with the password alone, and may turn it off after turning it on', async () => {
    const marketer = await createUser(payload, ['marketer'], '本番のマーケター')
    asProduction()
    expect((await attemptLogin(marketer.email, TEST_PASSWORD)).status).toBe(200)
    const { recoveryCodes } = await enrol(marketer)
    const off = await rest('POST', '/users/two-factor/disable', {
      token: marketer.token,
      body: { code: recoveryCodes[0] },
    })
    expect(off.status).toBe(200)
    expect((await attemptLogin(marketer.email, TEST_PASSWORD)).status).toBe(200)
  })

  it('the seed’s demo reviewer needs it too, unless the demo exemption is switched on', async () => {
    const email = `demo-reviewer-${Date.now()}@hikaku.test`
    await payload.create({
      collection: 'users',
      data: {
        email,
        password: TEST_PASSWORD,
        name: 'デモのレビュアー',
        roles: ['reviewer'],
        demoAccount: true,
      },
    })
    asProduction()
    expect((await attemptLogin(email, TEST_PASSWORD)).status).toBe(403)
    process.env.HIKAKU_DEMO_2FA_EXEMPT = '1'
    expect((await attemptLogin(email, TEST_PASSWORD)).status).toBe(200)
  })

  it('outside production, demo and other admins sign in with the password alone', async () => {
    expect(process.env.NODE_ENV).not.toBe('production')
    const other = await createUser(payload, ['admin'], '開発の管理者')
    expect((await attemptLogin(other.email, TEST_PASSWORD)).status).toBe(200)
  })
})

describe('an admin’s reset', () => {
  it('turns it off, ends the user’s sessions and is written to the audit log', async () => {
    const who = await createUser(payload, ['reviewer'], '端末をなくしたレビュアー')
    await enrol(who)
    const res = await rest('POST', `/users/${who.user.id}/two-factor/reset`, { token: admin.token })
    expect(res.status).toBe(200)

    expect(
      (await rest('GET', `/users/${who.user.id}/security`, { token: admin.token })).json.twoFactor
        .enabled,
    ).toBe(false)
    expect((await rest('GET', '/users/me', { token: who.token })).json.user).toBeNull()
    const { docs } = await payload.find({
      collection: 'audit-log',
      where: {
        and: [
          { action: { equals: 'two-factor-reset' } },
          { documentId: { equals: String(who.user.id) } },
        ],
      },
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      collectionSlug: 'users',
      actor: expect.objectContaining({ id: admin.user.id }),
    })
    expect((await attemptLogin(who.email, TEST_PASSWORD)).status).toBe(200)
  })

  it('is refused to anyone but an admin, and changes nothing', async () => {
    const who = await createUser(payload, ['marketer'], 'リセットされない人')
    await enrol(who)
    const other = await createUser(payload, ['reviewer'], '他人のレビュアー')
    const auditBefore = (await payload.count({ collection: 'audit-log' })).totalDocs
    for (const token of [other.token, who.token, undefined]) {
      const res = await rest('POST', `/users/${who.user.id}/two-factor/reset`, { token })
      expect(res.status).toBe(403)
    }
    expect(
      (await rest('GET', `/users/${who.user.id}/security`, { token: admin.token })).json.twoFactor
        .enabled,
    ).toBe(true)
    expect((await payload.count({ collection: 'audit-log' })).totalDocs).toBe(auditBefore)
  })
})
