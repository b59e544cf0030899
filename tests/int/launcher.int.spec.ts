/**
 * scripts/with-db.ts, the wrapper of `npm run dev`, `npm run seed`, `npm run migrate` and
 * `npm run compliance`, run as a developer runs it: without DATABASE_URL, so it starts the
 * embedded PostgreSQL (in a temp data folder here) and must stop it whatever way the command ends.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { findFreePort } from '@/lib/db/embedded'

import {
  developerEnv,
  portAcceptsConnections,
  postgresRunsIn,
  startCommand,
} from '../helpers/command'

// One data folder for the file: PostgreSQL initialises it once, later starts take ~0.1 s.
// Not created here: PostgreSQL, run as another user under root, must be able to enter it.
const dataDir = path.join(os.tmpdir(), `hikaku-launcher-${process.pid}-${Date.now()}`)
const pgDir = path.join(dataDir, 'postgres')
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

function withDb(args: string[], port: number) {
  return startCommand(
    process.execPath,
    ['--import', 'tsx', 'scripts/with-db.ts', ...args],
    developerEnv({ HIKAKU_DATA_DIR: dataDir, HIKAKU_PG_PORT: String(port) }),
  )
}

describe('the development wrapper (scripts/with-db.ts)', () => {
  it('gives the child the embedded database, exits with its code and stops the database', async () => {
    const port = await findFreePort()
    const run = withDb(['run', 'tests/helpers/children/queryDatabase.ts', '7'], port)
    expect(await run.exited).toEqual({ code: 7, signal: null })
    expect(run.output()).toContain(`embedded PostgreSQL ready on 127.0.0.1:${port}`)
    expect(run.output()).toContain('connected to hikaku')
    expect(postgresRunsIn(pgDir)).toBe(false)
    expect(await portAcceptsConnections(port)).toBe(false)
  }, 60_000)

  it('passes SIGTERM on to the child and stops the database once the child has exited', async () => {
    const port = await findFreePort()
    const run = withDb(['run', 'tests/helpers/children/awaitSignal.ts'], port)
    await run.waitFor('child waiting for a signal')
    expect(postgresRunsIn(pgDir)).toBe(true)
    run.child.kill('SIGTERM')
    expect(await run.exited).toEqual({ code: 0, signal: null })
    expect(run.output()).toContain('child got SIGTERM')
    expect(postgresRunsIn(pgDir)).toBe(false)
    expect(await portAcceptsConnections(port)).toBe(false)
  }, 60_000)

  it('ends on Ctrl-C (SIGINT to the whole process group, the database included)', async () => {
    const run = withDb(['run', 'tests/helpers/children/awaitSignal.ts'], await findFreePort())
    await run.waitFor('child waiting for a signal')
    const signalled = Date.now()
    process.kill(-run.child.pid!, 'SIGINT')
    // The child takes half a second to exit; PostgreSQL, signalled too, is down before then,
    // and the wrapper must not wait for it to stop a second time.
    expect(await run.exited).toEqual({ code: 0, signal: null })
    expect(Date.now() - signalled).toBeLessThan(8000)
    expect(run.output()).toContain('child got SIGINT')
    expect(postgresRunsIn(pgDir)).toBe(false)
  }, 60_000)

  it('stops the database when SIGTERM comes while migrations run, before any child', async () => {
    const run = withDb(['seed'], await findFreePort())
    await run.waitFor('embedded PostgreSQL ready')
    run.child.kill('SIGTERM')
    expect({ ...(await run.exited), output: run.output() }).toMatchObject({
      code: 143,
      signal: null,
    })
    expect(run.output()).not.toContain('Demo logins')
    expect(postgresRunsIn(pgDir)).toBe(false)
  }, 60_000)

  it('says which port is taken when the embedded database cannot start', async () => {
    const blocker = net.createServer()
    const port = await findFreePort()
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve))
    try {
      const run = withDb(['run', 'tests/helpers/children/queryDatabase.ts'], port)
      expect(await run.exited).toEqual({ code: 1, signal: null })
      expect(run.output()).toContain(`[hikaku] Port ${port} is already in use`)
      expect(run.output()).not.toContain('connected to')
    } finally {
      blocker.close()
    }
  }, 60_000)

  it('refuses an unknown command without starting a database', async () => {
    const port = await findFreePort()
    const run = withDb(['serve'], port)
    expect(await run.exited).toEqual({ code: 2, signal: null })
    expect(run.output()).toContain('usage: with-db.ts dev')
    expect(await portAcceptsConnections(port)).toBe(false)
  }, 30_000)
})
