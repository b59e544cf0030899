/**
 * Child-process probe for the health check: boots Payload on its own throw-away embedded
 * PostgreSQL, calls GET /api/health while the database is up, stops the database, and
 * calls it again. Prints one JSON line per call: { status, body, ms }.
 */
import { handleEndpoints } from 'payload'

import { createDatabaseIfMissing, withDatabase } from '../../lib/db/admin'
import { findFreePort, startEmbeddedPostgres } from '../../lib/db/embedded'

const dataDir = `/tmp/hikaku-health-${process.pid}-${Date.now()}`
const server = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), persistent: false })
await createDatabaseIfMissing(server.url(), 'health')
process.env.DATABASE_URL = withDatabase(server.url(), 'health')

const { default: config } = await import('../../payload.config')
const { getPayload } = await import('payload')
await getPayload({ config })

async function probe() {
  const started = Date.now()
  const response = await handleEndpoints({ config, request: new Request('http://localhost/api/health') })
  console.log(JSON.stringify({ status: response.status, body: await response.json(), ms: Date.now() - started }))
}

await probe()
await server.stop()
await probe()
process.exit(0)
