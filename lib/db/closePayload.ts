import type { Payload } from 'payload'
import type pg from 'pg'

/**
 * Shuts Payload down and really closes its pg pool, so scripts and test runs exit
 * and their database can be dropped. `payload.destroy()` alone can leave a client
 * checked out, which keeps `pool.end()` waiting forever.
 */
export async function closePayload(payload: Payload): Promise<void> {
  const pool = (payload.db as unknown as { pool?: pg.Pool }).pool
  pool?.on('error', () => undefined)
  const clients = (pool as unknown as { _clients?: pg.PoolClient[] } | undefined)?._clients ?? []
  for (const client of clients) {
    try {
      client.release?.()
    } catch {
      // already released
    }
  }
  let timer: NodeJS.Timeout | undefined
  await Promise.race([
    payload.destroy(),
    new Promise((resolve) => {
      timer = setTimeout(resolve, 3000)
    }),
  ])
  clearTimeout(timer)
}
