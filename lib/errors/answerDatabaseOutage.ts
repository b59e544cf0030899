import type { AfterErrorHook } from 'payload'

import {
  DATABASE_UNAVAILABLE_MESSAGE,
  RETRY_AFTER_SECONDS,
  isDatabaseUnavailable,
} from '@/lib/db/availability'

/**
 * Any API operation that failed because the database is down or unreachable answers 503 with a
 * Japanese message and Retry-After (as /api/health does), not a bare 500 "Something went wrong".
 */
export const answerDatabaseOutage: AfterErrorHook = ({ error, req }) => {
  if (!isDatabaseUnavailable(error)) return
  const headers = new Headers(req.responseHeaders)
  headers.set('Retry-After', String(RETRY_AFTER_SECONDS))
  req.responseHeaders = headers
  return {
    response: { errors: [{ name: 'DatabaseUnavailable', message: DATABASE_UNAVAILABLE_MESSAGE }] },
    status: 503,
  }
}
