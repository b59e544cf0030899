import type { Endpoint } from 'payload'

const DB_TIMEOUT_MS = 2000

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms)
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (err) => {
        clearTimeout(timer)
        reject(err)
      },
    )
  })
}

/** GET /api/health: 200 when the database answers, 503 within ~2 s when it does not. */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const headers = { 'Cache-Control': 'no-store' }
    try {
      const { pool } = req.payload.db
      await withTimeout(pool.query('select 1'), DB_TIMEOUT_MS)
      return Response.json({ status: 'ok', db: 'ok' }, { headers })
    } catch (err) {
      req.payload.logger.error({ err }, 'health check: database unreachable')
      return Response.json({ status: 'error', db: 'down' }, { status: 503, headers })
    }
  },
}
