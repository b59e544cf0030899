import type { Endpoint } from 'payload'

import { databaseAnswers } from './db/availability'

/** GET /api/health: 200 when the database answers, 503 within ~2 s when it does not. */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const headers = { 'Cache-Control': 'no-store' }
    if (await databaseAnswers(req.payload))
      return Response.json({ status: 'ok', db: 'ok' }, { headers })
    return Response.json({ status: 'error', db: 'down' }, { status: 503, headers })
  },
}
