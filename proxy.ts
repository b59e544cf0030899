import { NextResponse, type NextRequest } from 'next/server'

const LANGUAGE_COOKIE = 'payload-lng'

/**
 * The admin speaks Japanese by default, whatever the browser's language: Payload picks the
 * language from this cookie first. Choosing English in the account settings overwrites it.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  request.cookies.set(LANGUAGE_COOKIE, 'ja')
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'ja', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

export const config = {
  matcher: ['/admin/:path*', '/admin'],
}
