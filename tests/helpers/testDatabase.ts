import { rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createDatabaseIfMissing, dropDatabase, withDatabase } from '../../lib/db/admin'
import { findFreePort, startEmbeddedPostgres, type EmbeddedServer } from '../../lib/db/embedded'

export type TestDatabase = { url: string; drop: () => Promise<void> }

/**
 * A fresh database for one run: on DATABASE_URL's server when set, otherwise on a
 * throw-away embedded PostgreSQL in the temp folder. `drop()` removes every trace.
 */
export async function createTestDatabase(prefix = 'test'): Promise<TestDatabase> {
  const name = `${prefix}_${process.pid}_${Date.now()}`
  let server: EmbeddedServer | undefined
  let dataDir: string | undefined
  let serverUrl = process.env.DATABASE_URL
  if (!serverUrl) {
    dataDir = path.join(os.tmpdir(), `hikaku-${name}`)
    server = await startEmbeddedPostgres({ dataDir, port: await findFreePort() })
    serverUrl = server.url()
  }
  await createDatabaseIfMissing(serverUrl, name)
  return {
    url: withDatabase(serverUrl, name),
    drop: async () => {
      await dropDatabase(serverUrl, name)
      await server?.stop()
      if (dataDir) rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
