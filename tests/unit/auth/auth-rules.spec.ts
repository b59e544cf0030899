import { describe, expect, it } from '@jest/globals'

import { isCrossSiteCookieRequest } from '@/lib/auth/crossSite'
import { delaySeconds, LOGIN_THROTTLE } from '@/lib/auth/loginThrottle'
import { PASSWORD_MESSAGES, passwordProblem } from '@/lib/auth/passwordPolicy'
import { findRecoveryCode, newRecoveryCodes } from '@/lib/auth/twoFactor'

describe('login throttle delays', () => {
  it('a known browser: five free failures, then 1 s doubling to at most 15 minutes', () => {
    const policy = LOGIN_THROTTLE.knownClient
    expect([4, 5, 6, 7, 10, 14, 15, 40].map((f) => delaySeconds(f, policy))).toEqual([
      0, 1, 2, 4, 32, 512, 900, 900,
    ])
  })

  it('unknown clients of an account: ten free failures, then at most 5 minutes', () => {
    const policy = LOGIN_THROTTLE.unknownClients
    expect([9, 10, 11, 18, 19, 100].map((f) => delaySeconds(f, policy))).toEqual([
      0, 1, 2, 256, 300, 300,
    ])
  })
})

describe('password policy', () => {
  it.each([
    ['abc', PASSWORD_MESSAGES.tooShort],
    ['x'.repeat(129), PASSWORD_MESSAGES.tooLong],
    ['iloveyou1234', PASSWORD_MESSAGES.guessable],
    ['zxcvbnmasdfgh', PASSWORD_MESSAGES.guessable],
    ['hanako.yamada-123', PASSWORD_MESSAGES.personal],
    ['seasonal-clinic-notes-42', null],
  ])('%s → %s', (password, expected) => {
    expect(
      passwordProblem(password, { email: 'hanako.yamada@clinic.test', name: '山田 花子' }),
    ).toBe(expected)
  })

  it('counts characters, not bytes: twelve Japanese characters are enough length', () => {
    expect(passwordProblem('診療所の春の予定を確認する')).toBeNull()
    expect(passwordProblem('診療所の予定')).toBe(PASSWORD_MESSAGES.tooShort)
  })
})

describe('recovery codes', () => {
  it('ten distinct codes, stored salted and hashed, each found only by itself', () => {
    const { codes, stored } = newRecoveryCodes()
    expect(new Set(codes).size).toBe(10)
    expect(new Set(stored.map((s) => s.salt)).size).toBe(10)
    expect(JSON.stringify(stored)).not.toContain(codes[0])
    codes.forEach((code, i) => expect(findRecoveryCode(stored, code)).toBe(i))
    expect(findRecoveryCode(stored, codes[2]!.toUpperCase().replace('-', ''))).toBe(2)
    expect(findRecoveryCode(stored, 'aaaaa-aaaaa')).toBe(-1)
    expect(findRecoveryCode(stored, 42)).toBe(-1)
  })
})

describe('cross-site guard', () => {
  const headers = (h: Record<string, string>) => new Headers({ host: 'clinic.example:3000', ...h })
  const check = (
    method: string,
    h: Record<string, string>,
    sessionCookie = true,
    configuredOrigin?: string,
  ) => isCrossSiteCookieRequest({ method, headers: headers(h), sessionCookie, configuredOrigin })

  it('refuses another origin, a sibling port, Origin: null and Sec-Fetch-Site cross-site or same-site', () => {
    expect(check('POST', { origin: 'https://evil.example' })).toBe(true)
    expect(check('DELETE', { origin: 'http://clinic.example:4000' })).toBe(true)
    expect(check('PATCH', { origin: 'null' })).toBe(true)
    expect(check('POST', { 'sec-fetch-site': 'cross-site' })).toBe(true)
    expect(check('POST', { 'sec-fetch-site': 'same-site' })).toBe(true)
  })

  it('allows the own origin, SERVER_URL, reads, requests without the cookie, and non-browser clients', () => {
    expect(check('POST', { origin: 'http://clinic.example:3000' })).toBe(false)
    expect(
      check('POST', { origin: 'https://clinic.example:3000', 'sec-fetch-site': 'same-origin' }),
    ).toBe(false)
    expect(check('POST', { origin: 'https://cms.clinic.jp' }, true, 'https://cms.clinic.jp/')).toBe(
      false,
    )
    expect(check('GET', { origin: 'https://evil.example' })).toBe(false)
    expect(check('POST', { origin: 'https://evil.example' }, false)).toBe(false)
    expect(check('POST', {})).toBe(false)
  })
})
