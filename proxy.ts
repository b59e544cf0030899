import { NextResponse, type NextRequest } from 'next/server'

import { CROSS_SITE_REFUSAL, isCrossSiteCookieRequest } from '@/lib/auth/crossSite'
import { PRIVATE_CACHE_CONTROL } from '@/lib/cache/cdn'
import { env } from '@/lib/env'
import { badBytesInUrl, unsupportedBodyType } from '@/lib/http/badBytes'
import { oversizedBody } from '@/lib/http/bodyLimit'
import { refusalBody, type Refusal } from '@/lib/http/refusal'
import { redirectLookup } from '@/lib/redirects/table'

const LANGUAGE_COOKIE = 'payload-lng'
const SESSION_COOKIE = 'payload-token'

let findRedirect: ReturnType<typeof redirectLookup> | undefined

/**
 * A site path that has a redirect (collections/Redirects.ts) answers 301 with its destination,
 * the query string kept. Next's own `permanentRedirect` answers 308; search engines and the
 * issue ask for 301, which only a response from here can give.
 */
async function redirectResponse(request: NextRequest): Promise<NextResponse | null> {
  findRedirect ??= redirectLookup({
    connectionString: env.databaseUrl,
    onError: (err) => console.error('[hikaku] redirects could not be read:', err),
  })
  const to = await findRedirect(request.nextUrl.pathname)
  if (!to) return null
  const location = new URL(to, env.configuredServerUrl ?? request.nextUrl.origin)
  if (location.origin === request.nextUrl.origin || location.origin === env.configuredServerUrl)
    location.search = request.nextUrl.search
  const response = NextResponse.redirect(location, 301)
  // Browsers and shared caches keep a 301 for as long as they are allowed: a redirect that an
  // approval removes later (the slug given back) must not linger anywhere, and is cheap to answer.
  response.headers.set('Cache-Control', PRIVATE_CACHE_CONTROL)
  return response
}

/**
 * Refusals that need nothing but the request line and headers (lib/http): control characters in
 * the path or query, and for the API a body of another type than JSON or form data, or larger
 * than the limit — answered before anything reads or parses the body.
 */
function refuseHostileRequest(request: NextRequest): Refusal | null {
  const url = badBytesInUrl(request.nextUrl)
  if (url || !request.nextUrl.pathname.startsWith('/api')) return url
  const message = {
    method: request.method,
    headers: request.headers,
    pathname: request.nextUrl.pathname,
  }
  return oversizedBody(message) ?? unsupportedBodyType(message)
}

/**
 * Runs before every admin and API request:
 * - refuses hostile requests (above);
 * - refuses state-changing requests that carry the session cookie but come from another
 *   origin (CSRF), whether or not SERVER_URL is set;
 * - makes the admin speak Japanese by default, whatever the browser's language: Payload picks
 *   the language from this cookie first. Choosing English in the account settings overwrites it.
 * and before every site page: old paths answer 301 (redirectResponse).
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (!pathname.startsWith('/admin') && !pathname.startsWith('/api')) {
    if (request.method === 'GET' || request.method === 'HEAD')
      return (await redirectResponse(request)) ?? NextResponse.next()
    return NextResponse.next()
  }
  const refusal = refuseHostileRequest(request)
  if (refusal) return NextResponse.json(refusalBody(refusal), { status: refusal.status })

  const crossSite = isCrossSiteCookieRequest({
    method: request.method,
    headers: request.headers,
    sessionCookie: request.cookies.has(SESSION_COOKIE),
    configuredOrigin: env.configuredServerUrl,
  })
  if (crossSite)
    return NextResponse.json({ errors: [{ message: CROSS_SITE_REFUSAL }] }, { status: 403 })

  if (!pathname.startsWith('/admin') || request.cookies.has(LANGUAGE_COOKIE))
    return NextResponse.next()
  request.cookies.set(LANGUAGE_COOKIE, 'ja')
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'ja', {
    path: '/',
    sameSite: 'lax',
    maxAge: 60 * 60 * 24 * 365,
  })
  return response
}

export const config = {
  // Admin and API; and every site page (not Next's assets, preview routes or files with an extension).
  matcher: [
    '/admin/:path*',
    '/admin',
    '/api/:path*',
    '/((?!_next/|next/|admin|api/|.*\\.[a-z0-9]+$).+)',
  ],
}
