import { spawn, type ChildProcess } from 'node:child_process'
import { constants } from 'node:os'

import { EmbeddedPostgresError } from '../lib/db/embedded'
import { openDatabase } from '../lib/db/open'

/** Runs a child with this process's environment; resolves with its exit code. */
export type RunChild = (file: string, args: string[]) => Promise<number>

const exitCodeOf = (signal: NodeJS.Signals) => 128 + constants.signals[signal]

/**
 * Opens the database (lib/db/open.ts: DATABASE_URL's, or the embedded server in .data/),
 * sets DATABASE_URL to it, runs `work`, closes the database and exits with `work`'s code.
 * Ctrl-C and SIGTERM go to the child while one runs, and the database closes after it has
 * exited; at any other moment (the database starting, migrations running) they close the
 * database and exit 128 + the signal's number.
 */
export function runWithDatabase(work: (runChild: RunChild) => Promise<number>): void {
  const opening = openDatabase()
  let child: ChildProcess | undefined
  let exiting = false
  const exit = (code: number) => {
    if (exiting) return
    exiting = true
    // Work cut short by a signal fails as its database goes away (Payload then rejects
    // promises nobody awaits, idle pg clients emit errors): expected now, not a crash.
    process.on('unhandledRejection', () => undefined)
    process.on('uncaughtException', () => undefined)
    void opening
      .then((db) => db.close())
      .catch(() => undefined)
      .finally(() => process.exit(code))
  }
  const onSignal = (signal: NodeJS.Signals) => {
    if (child) child.kill(signal)
    else exit(exitCodeOf(signal))
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)

  const runChild: RunChild = (file, args) =>
    new Promise<number>((resolve, reject) => {
      child = spawn(file, args, { stdio: 'inherit', env: process.env })
      child.once('error', reject)
      child.once('exit', (code, signal) => {
        child = undefined
        resolve(code ?? exitCodeOf(signal ?? 'SIGTERM'))
      })
    })

  opening
    .then((db) => {
      process.env.DATABASE_URL = db.url
      return work(runChild)
    })
    .then(exit, (err) => {
      if (exiting) return // a signal closed the database under the work
      if (err instanceof EmbeddedPostgresError) console.error(`\n[hikaku] ${err.message}\n`)
      else console.error(err)
      exit(1)
    })
}
