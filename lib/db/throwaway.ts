import { rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { env } from '../env'
import { createDatabaseIfMissing, dropDatabase, withDatabase } from './admin'
import { findFreePort, startEmbeddedPostgres, type EmbeddedServer } from './embedded'

export type ThrowawayDatabase = { url: string; drop: () => Promise<void> }

/**
 * A fresh database named `<prefix>_<pid>_<time>` for one test or e2e run: on DATABASE_URL's
 * server when set, otherwise on a throw-away embedded PostgreSQL in the temp folder.
 * `drop()` removes every trace.
 */
export async function createThrowawayDatabase(prefix: string): Promise<ThrowawayDatabase> {
  const name = `${prefix}_${process.pid}_${Date.now()}`
  let server: EmbeddedServer | undefined
  let dataDir: string | undefined
  let serverUrl = env.databaseUrl
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
