/**
 * Content-Security-Policy and HSTS for every response (next.config.ts applies them).
 *
 * One policy for the site and the admin: everything from this origin only. Scripts and styles
 * must allow inline code — Next.js streams its hydration data in inline scripts and the pages
 * are cached by shared caches, so per-request nonces cannot be used; Payload's admin and the
 * Lexical editor set inline styles. No other origin is needed: no fonts, analytics or CDNs;
 * the admin's avatar is not Gravatar (payload.config.ts). `next dev` also needs `eval` and its
 * HMR web socket.
 */
export function contentSecurityPolicy({ development }: { development: boolean }): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...(development ? ['ws:', 'wss:'] : [])],
    'media-src': ["'self'", 'blob:'],
    'worker-src': ["'self'", 'blob:'],
    'frame-src': ["'self'"],
    'frame-ancestors': ["'self'"],
    'form-action': ["'self'"],
    'base-uri': ["'self'"],
    'object-src': ["'none'"],
  }
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ')
}

/**
 * Sent only on requests that reached us over https: Next's server speaks plain http, so that is
 * what a TLS-terminating proxy or load balancer reports in X-Forwarded-Proto (Varnish in
 * docker-compose, a CDN). Two years, subdomains included; no `preload` (that is the owner's call).
 */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains'
