/**
 * Cross-site request forgery guard for cookie-authenticated requests. A browser sends
 * `Origin` with every cross-origin POST (and `Sec-Fetch-Site` with every request): a
 * state-changing request that carries the session cookie must come from the app's own
 * origin — the request's own Host, or SERVER_URL when set. Requests without a session
 * cookie, reads, and non-browser clients (neither header) are not this guard's business.
 */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

export const CROSS_SITE_REFUSAL =
  '別のサイトからのリクエストは受け付けません（cross-site request refused）。'

export function isCrossSiteCookieRequest(request: {
  method: string
  headers: Headers
  sessionCookie: boolean
  configuredOrigin?: string
}): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase()) || !request.sessionCookie) return false
  const origin = request.headers.get('origin')
  if (origin !== null) return !allowedOrigins(request.headers, request.configuredOrigin).has(origin)
  const site = request.headers.get('sec-fetch-site')
  return site !== null && site !== 'same-origin' && site !== 'none'
}

/** The origins the request may come from: its own host (as http and https), and SERVER_URL. */
function allowedOrigins(headers: Headers, configuredOrigin: string | undefined): Set<string> {
  const origins = new Set<string>()
  if (configuredOrigin) origins.add(new URL(configuredOrigin).origin)
  for (const host of [headers.get('host'), headers.get('x-forwarded-host')]) {
    if (!host) continue
    origins.add(`https://${host}`)
    origins.add(`http://${host}`)
  }
  return origins
}
