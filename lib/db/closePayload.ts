import type { Payload } from 'payload'
import type pg from 'pg'

/** Resolves with the promise, or after `ms` if it is still pending. */
async function atMost(promise: Promise<unknown> | undefined, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  await Promise.race([promise, new Promise((resolve) => (timer = setTimeout(resolve, ms)))])
  clearTimeout(timer)
}

/**
 * Shuts Payload down and really closes its pg pool, so scripts and test runs exit, their
 * database can be dropped, and the embedded server can stop without cutting live
 * connections. `payload.destroy()` alone can leave a client checked out, which keeps
 * `pool.end()` waiting forever: clients are released first.
 */
export async function closePayload(payload: Payload): Promise<void> {
  const pool: pg.Pool | undefined = payload.db.pool
  pool?.removeAllListeners('error')
  pool?.on('error', () => undefined)
  // pg keeps its checked-out clients in a private field.
  for (const client of (pool as (pg.Pool & { _clients?: pg.PoolClient[] }) | undefined)?._clients ??
    []) {
    try {
      client.release?.()
    } catch {
      // already released
    }
  }
  await atMost(payload.destroy(), 3000)
  if (pool && !pool.ended) await atMost(pool.end(), 2000)
}
