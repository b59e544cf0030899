/**
 * Entry point for the npm scripts that need a database:
 *
 *   tsx scripts/with-db.ts dev            migrations, demo seed on an empty database, `next dev`
 *   tsx scripts/with-db.ts start          the production server (migrations run on boot)
 *   tsx scripts/with-db.ts seed           migrations, then the (idempotent) demo seed
 *   tsx scripts/with-db.ts payload <args> the Payload CLI (migrate, migrate:create, …)
 *   tsx scripts/with-db.ts run <script>   any tsx script (e.g. scripts/compliance.ts) with DATABASE_URL set
 *
 * With DATABASE_URL set it uses that server. Otherwise it starts the embedded PostgreSQL
 * in .data/postgres for as long as the command runs, and stops it cleanly afterwards.
 * The database lives in this wrapper process, never inside Next's bundle.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { createDatabaseIfMissing, withDatabase } from '../lib/db/admin'
import { EmbeddedPostgresError, startEmbeddedPostgres, type EmbeddedServer } from '../lib/db/embedded'
import { DATA_DIR, readOrCreateDevSecret } from '../lib/env'
import { TSX, tsxArgs } from './tsx'

const [command, ...args] = process.argv.slice(2)
const bin = (name: string) => path.resolve('node_modules/.bin', name)

async function main(): Promise<number> {
  if (!command || !['dev', 'start', 'seed', 'payload', 'run'].includes(command)) {
    console.error('usage: tsx scripts/with-db.ts <dev|start|seed|payload …|run <script> …>')
    return 2
  }
  if (command === 'start') Object.assign(process.env, { NODE_ENV: 'production' })
  else if (!process.env.PAYLOAD_SECRET && process.env.NODE_ENV !== 'production') {
    process.env.PAYLOAD_SECRET = readOrCreateDevSecret()
  }

  let server: EmbeddedServer | undefined
  if (!process.env.DATABASE_URL) {
    const port = Number(process.env.HIKAKU_PG_PORT ?? 54329)
    const started = Date.now()
    server = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, 'postgres'), port })
    await createDatabaseIfMissing(server.url(), 'hikaku')
    process.env.DATABASE_URL = withDatabase(server.url(), 'hikaku')
    console.log(`[hikaku] embedded PostgreSQL ready on 127.0.0.1:${port} (${Date.now() - started} ms), data in .data/postgres`)
  }

  try {
    switch (command) {
      case 'dev': {
        const { prepareDatabase } = await loadPrepare()
        await prepareDatabase({ seed: 'if-empty' })
        return await run(bin('next'), ['dev', ...args])
      }
      case 'seed': {
        const { prepareDatabase } = await loadPrepare()
        await prepareDatabase({ seed: 'always' })
        return 0
      }
      case 'start':
        // The same standalone server the Docker image runs (see scripts/postbuild.ts).
        return await run(process.execPath, ['.next/standalone/server.js', ...args])
      case 'run':
        return await run(TSX, tsxArgs(args[0] ?? '', ...args.slice(1)))
      default:
        return await run(TSX, tsxArgs('scripts/payload-cli.ts', ...args))
    }
  } finally {
    await server?.stop()
  }
}

class LoaderStalled extends Error {}

/**
 * Loads the seed/migration code (Payload and the config) once the database is up. On Node 20
 * the tsx loader sometimes never answers (see scripts/tsx-run.mjs); a load that has not
 * finished after a minute exits with code 13 so that tsx-run starts the command again.
 */
function loadPrepare(): Promise<typeof import('../seed/prepare')> {
  let timer: NodeJS.Timeout | undefined
  return Promise.race([
    import('../seed/prepare').finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new LoaderStalled()), 60_000)
    }),
  ])
}

/** Runs a child with our environment, forwarding Ctrl-C and SIGTERM, and resolves with its exit code. */
function run(file: string, argv: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(file, argv, { stdio: 'inherit', env: process.env })
    const forward = (signal: NodeJS.Signals) => () => child.kill(signal)
    const onInt = forward('SIGINT')
    const onTerm = forward('SIGTERM')
    process.on('SIGINT', onInt)
    process.on('SIGTERM', onTerm)
    child.on('exit', (code, signal) => {
      process.off('SIGINT', onInt)
      process.off('SIGTERM', onTerm)
      resolve(code ?? (signal ? 128 + 1 : 1))
    })
  })
}

main().then(
  (code) => process.exit(code),
  (err) => {
    if (err instanceof LoaderStalled) process.exit(13)
    if (err instanceof EmbeddedPostgresError) console.error(`\n[hikaku] ${err.message}\n`)
    else console.error(err)
    process.exit(1)
  },
)
