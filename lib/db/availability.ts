import { APIError, type Payload } from 'payload'

/**
 * One home for "the database is down": how to tell (a ping, or an error from a query), and
 * the 503 answer in Japanese that the API gives for it — /api/health, the workflow endpoints
 * and every operation whose query failed for lack of a database (lib/errors).
 */

export const DATABASE_UNAVAILABLE_MESSAGE =
  'データベースに接続できないため、処理できませんでした。しばらくしてから再度お試しください（503: the database is unavailable）。'

/** Seconds a client should wait before retrying (the Retry-After header of the 503). */
export const RETRY_AFTER_SECONDS = 5

export class DatabaseUnavailableError extends APIError {
  constructor() {
    super(DATABASE_UNAVAILABLE_MESSAGE, 503, null, true)
    this.name = 'DatabaseUnavailable'
  }
}

const PING_TIMEOUT_MS = 2000

/** Whether the database answers `select 1` within ~2 s. */
export async function databaseAnswers(payload: Payload): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`timed out after ${PING_TIMEOUT_MS} ms`)),
      PING_TIMEOUT_MS,
    )
  })
  try {
    await Promise.race([payload.db.pool.query('select 1'), timeout])
    return true
  } catch (err) {
    payload.logger.error({ err }, 'database unreachable')
    return false
  } finally {
    clearTimeout(timer)
  }
}

// Node's socket errors, and PostgreSQL's connection exceptions (class 08), shutdown and
// start-up (57P01–57P03) and too many connections (53300).
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'EAI_AGAIN',
])
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300'])
// What node-postgres says when a connection cannot be made or is lost, and the socket error
// codes inside messages that lost their code (Payload's "cannot begin transaction: connect ECONNREFUSED …").
const MESSAGES = new RegExp(
  [
    'Connection terminated',
    'timeout exceeded when trying to connect',
    'Client has encountered a connection error',
    'not currently accepting connections',
    ...[...NETWORK_CODES].map((code) => `\\b${code}\\b`),
  ].join('|'),
  'i',
)

/** Whether `err` (or an error it wraps, e.g. drizzle's "Failed query" or Payload's "cannot begin transaction") is a lost or refused database connection. */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (
    let e = err, depth = 0;
    e && typeof e === 'object' && depth < 8;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    if (
      e instanceof DatabaseUnavailableError ||
      (e as { name?: unknown }).name === 'DatabaseUnavailable'
    )
      return true
    const { code, message, errors } = e as { code?: unknown; message?: unknown; errors?: unknown }
    if (
      typeof code === 'string' &&
      (NETWORK_CODES.has(code) || SQLSTATES.has(code) || code.startsWith('08'))
    )
      return true
    if (typeof message === 'string' && MESSAGES.test(message)) return true
    // An AggregateError (a host with several addresses) carries one error per address.
    if (Array.isArray(errors) && errors.some(isDatabaseUnavailable)) return true
  }
  return false
}
