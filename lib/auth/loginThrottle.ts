import { createHash } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres/drizzle'
import {
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  timestamp,
  varchar,
} from '@payloadcms/db-postgres/drizzle/pg-core'
import type { Payload } from 'payload'

/**
 * Login throttling, shared by every app replica through PostgreSQL (instead of Payload's
 * account lock, which let anyone lock anyone out with five wrong passwords).
 *
 * Failures are counted per account and client. A browser that has signed in to an account
 * before carries a device cookie (./deviceCookie.ts): it has its own counter, so a stranger's
 * guesses never slow the real user down in the browser they use. Every other client of the
 * account shares one counter. Past a number of free failures, each further attempt must
 * wait a delay that doubles with every failure, up to a bound; an attempt that comes too
 * early is refused without checking the password. Counters are forgotten a day after the
 * last failure; admins (`POST /api/users/unlock`) and password reset links set them to zero.
 */
export const LOGIN_THROTTLE = {
  /** A browser that has signed in to the account before. */
  knownClient: { freeFailures: 5, maxDelaySeconds: 15 * 60 },
  /** All other clients of the account together: new browsers, scripts, strangers. */
  unknownClients: { freeFailures: 10, maxDelaySeconds: 5 * 60 },
  forgetAfterHours: 24,
  /** How long a device cookie keeps a browser known without a new sign-in. */
  trustDays: 180,
} as const

type Policy = { freeFailures: number; maxDelaySeconds: number }

/** Seconds a client must wait after its latest failure before it may try again. */
export function delaySeconds(failures: number, policy: Policy): number {
  if (failures < policy.freeFailures) return 0
  return Math.min(2 ** (failures - policy.freeFailures), policy.maxDelaySeconds)
}

export const loginThrottleTable = pgTable(
  'auth_login_throttle',
  {
    /** sha256 of the normalised e-mail: the same for existing and unknown accounts. */
    account: varchar('account', { length: 64 }).notNull(),
    /** A device id from the device cookie, or '*' for all unknown clients of the account. */
    client: varchar('client', { length: 64 }).notNull(),
    failures: integer('failures').notNull().default(0),
    lastFailureAt: timestamp('last_failure_at', { withTimezone: true, mode: 'string' }),
    /** The device has signed in to the account: its failures are counted apart. */
    trusted: boolean('trusted').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' })
      .notNull()
      .defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.account, table.client] }),
    index('auth_login_throttle_updated_at_idx').on(table.updatedAt),
  ],
)

const UNKNOWN_CLIENTS = '*'

/** The throttle lives in the app's PostgreSQL database, beside Payload's tables. */
type Db = Pick<Payload, 'db'>
const drizzle = (payload: Db) => payload.db.drizzle

/** One login attempt, as counted: which counter it went to. */
export type LoginAttempt = { account: string; client: string }

export const accountKey = (email: string) =>
  createHash('sha256').update(email.trim().toLowerCase()).digest('hex')

async function isKnownDevice(payload: Db, account: string, deviceId: string): Promise<boolean> {
  const { rows } = await drizzle(payload).execute(sql`
    SELECT 1 FROM auth_login_throttle
    WHERE account = ${account} AND client = ${deviceId} AND trusted
      AND updated_at > now() - make_interval(days => ${LOGIN_THROTTLE.trustDays})`)
  return rows.length > 0
}

/**
 * Counts an attempt as a failure before the password is checked (so parallel guesses cannot
 * slip past the count), unless it comes too early, in which case it is refused and not
 * counted. A successful attempt is taken back by `recordLoginSuccess`.
 */
export async function beginLoginAttempt(
  payload: Db,
  email: string,
  deviceId: string | undefined,
): Promise<{ attempt: LoginAttempt; allowed: boolean }> {
  const account = accountKey(email)
  const known = deviceId !== undefined && (await isKnownDevice(payload, account, deviceId))
  const client = known ? deviceId : UNKNOWN_CLIENTS
  const policy = known ? LOGIN_THROTTLE.knownClient : LOGIN_THROTTLE.unknownClients
  const forget = LOGIN_THROTTLE.forgetAfterHours
  const { rows } = await drizzle(payload).execute(sql`
    INSERT INTO auth_login_throttle AS t (account, client, failures, last_failure_at, updated_at)
    VALUES (${account}, ${client}, 1, now(), now())
    ON CONFLICT (account, client) DO UPDATE SET
      failures = CASE
        WHEN t.last_failure_at IS NULL OR t.last_failure_at < now() - make_interval(hours => ${forget}) THEN 1
        ELSE t.failures + 1
      END,
      last_failure_at = now(),
      updated_at = now()
    WHERE NOT (
      t.failures >= ${policy.freeFailures}
      AND t.last_failure_at >= now() - make_interval(hours => ${forget})
      AND now() < t.last_failure_at
        + make_interval(secs => least(${policy.maxDelaySeconds}, power(2, t.failures - ${policy.freeFailures})))
    )
    RETURNING failures`)
  return { attempt: { account, client }, allowed: rows.length > 0 }
}

/** Takes back the failure counted for an attempt that turned out to know the password. */
export async function forgiveLoginAttempt(payload: Db, attempt: LoginAttempt): Promise<void> {
  await drizzle(payload).execute(sql`
    UPDATE auth_login_throttle SET failures = greatest(failures - 1, 0), updated_at = now()
    WHERE account = ${attempt.account} AND client = ${attempt.client}`)
}

/**
 * After a successful sign-in: the attempt is taken back, the browser's own counter starts
 * again from zero, and the browser is known to the account from now on. Stale counters of
 * any account are cleared on the way.
 */
export async function recordLoginSuccess(
  payload: Db,
  attempt: LoginAttempt,
  deviceId: string,
): Promise<void> {
  await forgiveLoginAttempt(payload, attempt)
  await drizzle(payload).execute(sql`
    INSERT INTO auth_login_throttle AS t (account, client, failures, trusted, updated_at)
    VALUES (${attempt.account}, ${deviceId}, 0, true, now())
    ON CONFLICT (account, client) DO UPDATE SET failures = 0, last_failure_at = NULL, trusted = true, updated_at = now()`)
  await drizzle(payload).execute(sql`
    DELETE FROM auth_login_throttle
    WHERE (NOT trusted AND updated_at < now() - make_interval(hours => ${LOGIN_THROTTLE.forgetAfterHours}))
       OR (trusted AND updated_at < now() - make_interval(days => ${LOGIN_THROTTLE.trustDays}))`)
}

/** Sets every counter of the account to zero (an admin's unlock, or the user's reset link). */
export async function liftLoginThrottle(payload: Db, email: string): Promise<void> {
  await drizzle(payload).execute(sql`
    UPDATE auth_login_throttle SET failures = 0, last_failure_at = NULL, updated_at = now()
    WHERE account = ${accountKey(email)}`)
}

export type AccountThrottle = {
  failures: number
  lastFailureAt: string | null
  retryAt: string | null
}

/** The shared counter of the account's unknown clients, for admins: failures and when the next try is allowed. */
export async function accountThrottle(payload: Db, email: string): Promise<AccountThrottle> {
  const { freeFailures, maxDelaySeconds } = LOGIN_THROTTLE.unknownClients
  const { rows } = await drizzle(payload).execute(sql`
    SELECT failures, last_failure_at FROM auth_login_throttle
    WHERE account = ${accountKey(email)} AND client = ${UNKNOWN_CLIENTS}
      AND last_failure_at >= now() - make_interval(hours => ${LOGIN_THROTTLE.forgetAfterHours})`)
  const row = rows[0] as { failures: number; last_failure_at: string | Date } | undefined
  if (!row) return { failures: 0, lastFailureAt: null, retryAt: null }
  const last = new Date(row.last_failure_at)
  const delay = delaySeconds(row.failures, { freeFailures, maxDelaySeconds })
  return {
    failures: row.failures,
    lastFailureAt: last.toISOString(),
    retryAt: delay > 0 ? new Date(last.getTime() + delay * 1000).toISOString() : null,
  }
}
