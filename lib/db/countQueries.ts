import type { Payload } from 'payload'
import type pg from 'pg'

/**
 * Counts the SQL statements Payload sends while `fn` runs, by wrapping the query method of
 * the pg client class its pool uses (pool.query and checked-out clients both go through it).
 */
export async function countQueries<T>(
  payload: Payload,
  fn: () => Promise<T>,
): Promise<{ result: T; count: number; sql: string[] }> {
  // pg.Pool keeps the client class it creates connections with in `Client`.
  const pool = payload.db.pool as pg.Pool & { Client: typeof pg.Client }
  const proto: { query: (...args: unknown[]) => unknown } = pool.Client.prototype
  const original = proto.query
  const sql: string[] = []
  proto.query = function (this: unknown, ...args: unknown[]) {
    const first = args[0] as string | { text?: string }
    sql.push(typeof first === 'string' ? first : (first?.text ?? ''))
    return original.apply(this, args)
  }
  try {
    const result = await fn()
    return { result, count: sql.length, sql }
  } finally {
    proto.query = original
  }
}
