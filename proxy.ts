import { NextResponse, type NextRequest } from 'next/server'

import { CROSS_SITE_REFUSAL, isCrossSiteCookieRequest } from '@/lib/auth/crossSite'
import { env } from '@/lib/env'

const LANGUAGE_COOKIE = 'payload-lng'
const SESSION_COOKIE = 'payload-token'

/**
 * Runs before every admin and API request:
 * - refuses state-changing requests that carry the session cookie but come from another
 *   origin (CSRF), whether or not SERVER_URL is set;
 * - makes the admin speak Japanese by default, whatever the browser's language: Payload picks
 *   the language from this cookie first. Choosing English in the account settings overwrites it.
 */
export function proxy(request: NextRequest) {
  const crossSite = isCrossSiteCookieRequest({
    method: request.method,
    headers: request.headers,
    sessionCookie: request.cookies.has(SESSION_COOKIE),
    configuredOrigin: env.configuredServerUrl,
  })
  if (crossSite) return NextResponse.json({ errors: [{ message: CROSS_SITE_REFUSAL }] }, { status: 403 })

  if (!request.nextUrl.pathname.startsWith('/admin') || request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  request.cookies.set(LANGUAGE_COOKIE, 'ja')
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'ja', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

export const config = {
  matcher: ['/admin/:path*', '/admin', '/api/:path*'],
}
