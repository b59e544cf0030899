import { notFound } from 'next/navigation'
import { Suspense } from 'react'

import { NotFoundContent } from './NotFoundContent'

async function SignalNotFound(): Promise<never> {
  notFound()
}

/**
 * What a page returns for an unknown or unpublished path: a 404 whose server HTML is the site's
 * not-found page. Calling `notFound()` in the page itself answers with an empty
 * `<html id="__next_error__">` shell that only JavaScript fills (vercel/next.js#62228: React's
 * server rendering runs no client error boundary, so Next's not-found boundary draws on the
 * client only; an unmatched URL is unaffected because it is served by /_not-found). Thrown
 * inside this Suspense boundary, the error stops here: the HTML carries the fallback — the
 * same content as not-found.tsx, inside the site layout — the status is still 404 with
 * `noindex`, and in the browser Next's boundary renders not-found.tsx in its place.
 */
export function NotFoundPage() {
  return (
    <Suspense fallback={<NotFoundContent />}>
      <SignalNotFound />
    </Suspense>
  )
}
