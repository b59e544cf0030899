import path from 'node:path'

import { DATA_DIR, env } from '../env'
import { createDatabaseIfMissing, withDatabase } from './admin'
import { startEmbeddedPostgres } from './embedded'

export type OpenDatabase = { url: string; close: () => Promise<void> }

/**
 * The database of `npm run dev`, `npm start` and the other commands: DATABASE_URL's when it
 * is set; otherwise the embedded PostgreSQL with its data in .data/postgres (port
 * HIKAKU_PG_PORT, default 54329), database `hikaku`, running until `close()`.
 */
export async function openDatabase(): Promise<OpenDatabase> {
  if (env.databaseUrl) return { url: env.databaseUrl, close: async () => undefined }
  const started = Date.now()
  const dataDir = path.join(DATA_DIR, 'postgres')
  const server = await startEmbeddedPostgres({ dataDir, port: env.embeddedPgPort })
  try {
    await createDatabaseIfMissing(server.url(), 'hikaku')
  } catch (err) {
    await server.stop()
    throw err
  }
  const elapsed = Date.now() - started
  console.log(
    `[hikaku] embedded PostgreSQL ready on 127.0.0.1:${server.port} (${elapsed} ms), data in ${path.relative(process.cwd(), dataDir)}`,
  )
  return { url: withDatabase(server.url(), 'hikaku'), close: server.stop }
}
