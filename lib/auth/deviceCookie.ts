import { randomBytes } from 'node:crypto'

import { generateCookie, parseCookies } from 'payload/shared'

import { LOGIN_THROTTLE } from './loginThrottle'

/**
 * The device cookie: a random id that a browser receives when it signs in, so that the
 * login throttle can tell the real user's browser from a stranger's (OWASP "device cookies").
 * It is only sent to the account endpoints and means nothing on its own.
 */
export const DEVICE_COOKIE = 'hikaku-device'

const DEVICE_ID = /^[A-Za-z0-9_-]{22,64}$/

export function readDeviceId(headers: Headers): string | undefined {
  const id = parseCookies(headers).get(DEVICE_COOKIE)
  return id && DEVICE_ID.test(id) ? id : undefined
}

export const newDeviceId = () => randomBytes(16).toString('base64url')

export function deviceCookie(id: string, options: { secure: boolean }): string {
  return generateCookie<false>({
    name: DEVICE_COOKIE,
    returnCookieAsObject: false,
    value: id,
    path: '/api/users',
    maxAge: LOGIN_THROTTLE.trustDays * 24 * 60 * 60,
    httpOnly: true,
    sameSite: 'Lax',
    secure: options.secure,
  })
}
