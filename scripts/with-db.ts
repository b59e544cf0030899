/**
 * Entry point for the development commands that need a database (run with `node --import tsx`):
 *
 *   with-db.ts dev [next dev options]  migrations, demo seed on an empty database, `next dev`
 *   with-db.ts seed                    migrations, then the (idempotent) demo seed
 *   with-db.ts payload <command> …     Payload's CLI (`payload migrate`, `payload migrate:status`, …)
 *   with-db.ts run <script.ts> …       a TypeScript script (e.g. scripts/compliance.ts)
 *
 * The database is DATABASE_URL's, or the embedded PostgreSQL in .data/postgres for as long as
 * the command runs; it lives in this process, never inside Next's bundle. Ctrl-C and SIGTERM
 * reach the child, and the database stops once the child has exited (scripts/database-session.ts).
 */
import path from 'node:path'

import { env, readOrCreateDevSecret } from '../lib/env'
import { runWithDatabase } from './database-session'

const USAGE =
  'usage: with-db.ts dev [next dev options] | seed | payload <command> … | run <script.ts> …'
const [command, ...args] = process.argv.slice(2)
const npmBin = (name: string) => path.resolve('node_modules/.bin', name)

/** Migrations and demo content; Payload and the config load only once the database is up. */
async function prepare(seed: 'always' | 'if-empty'): Promise<void> {
  const { prepareDatabase } = await import('../seed/prepare')
  await prepareDatabase({ seed })
}

if (
  !command ||
  !['dev', 'seed', 'payload', 'run'].includes(command) ||
  (command === 'run' && !args[0])
) {
  console.error(USAGE)
  process.exit(2)
}
// Children read the secret from the environment; in development it is kept in .data/.
if (!env.isProduction && !env.payloadSecretFromEnvironment)
  process.env.PAYLOAD_SECRET = readOrCreateDevSecret()

runWithDatabase(async (runChild) => {
  switch (command) {
    case 'dev':
      await prepare('if-empty')
      return runChild(process.execPath, [npmBin('next'), 'dev', ...args])
    case 'seed':
      await prepare('always')
      return 0
    case 'payload':
      return runChild(process.execPath, [npmBin('payload'), ...args])
    default:
      return runChild(process.execPath, ['--import', 'tsx', ...args])
  }
})
