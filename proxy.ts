import { NextResponse, type NextRequest } from 'next/server'

import { CROSS_SITE_REFUSAL, isCrossSiteCookieRequest } from '@/lib/auth/crossSite'
import { env } from '@/lib/env'
import { badBytesInUrl, unsupportedBodyType } from '@/lib/http/badBytes'
import { oversizedBody } from '@/lib/http/bodyLimit'
import { refusalBody, type Refusal } from '@/lib/http/refusal'

const LANGUAGE_COOKIE = 'payload-lng'
const SESSION_COOKIE = 'payload-token'

/**
 * Refusals that need nothing but the request line and headers (lib/http): control characters in
 * the path or query, and for the API a body of another type than JSON or form data, or larger
 * than the limit — answered before anything reads or parses the body.
 */
function refuseHostileRequest(request: NextRequest): Refusal | null {
  const url = badBytesInUrl(request.nextUrl)
  if (url || !request.nextUrl.pathname.startsWith('/api')) return url
  const message = { method: request.method, headers: request.headers, pathname: request.nextUrl.pathname }
  return oversizedBody(message) ?? unsupportedBodyType(message)
}

/**
 * Runs before every admin and API request:
 * - refuses hostile requests (above);
 * - refuses state-changing requests that carry the session cookie but come from another
 *   origin (CSRF), whether or not SERVER_URL is set;
 * - makes the admin speak Japanese by default, whatever the browser's language: Payload picks
 *   the language from this cookie first. Choosing English in the account settings overwrites it.
 */
export function proxy(request: NextRequest) {
  const refusal = refuseHostileRequest(request)
  if (refusal) return NextResponse.json(refusalBody(refusal), { status: refusal.status })

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
