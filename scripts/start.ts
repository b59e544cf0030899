/**
 * `npm start` and the Docker image's command: the production server. `npm run build` bundles
 * this file into .next/standalone/start.mjs beside Next's server.js (scripts/postbuild.ts), so
 * nothing is compiled at run time.
 *
 * Without PAYLOAD_SECRET it refuses to start. With DATABASE_URL this process becomes the
 * standalone server. Without, it starts the embedded PostgreSQL in .data/postgres, runs the
 * server as its child and stops the database when the server exits. Either way the server
 * applies pending migrations before it serves (Payload's prodMigrations, lib/boot.ts).
 */
import { fileURLToPath } from 'node:url'

// Before lib/env is loaded: it reads NODE_ENV once.
Object.assign(process.env, { NODE_ENV: 'production' })
const { env, exitIfSecretMissing, pinDirectories } = await import('../lib/env')
exitIfSecretMissing()
// Before server.js changes into .next/standalone: uploads stay in <where npm start ran>/media.
pinDirectories()

const serverJs = new URL('./server.js', import.meta.url)
if (env.databaseUrl) {
  await import(serverJs.href)
} else {
  const { runWithDatabase } = await import('./database-session')
  runWithDatabase((runChild) => runChild(process.execPath, [fileURLToPath(serverJs)]))
}
