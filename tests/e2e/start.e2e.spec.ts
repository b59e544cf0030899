/**
 * `npm start` as a newcomer runs it after `npm run build`: node .next/standalone/start.mjs,
 * plain JavaScript bundled at build time. (The other e2e specs run the same file with
 * DATABASE_URL set, as the Docker image does.)
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { existsSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { findFreePort } from '@/lib/db/embedded'

import {
  developerEnv,
  portAcceptsConnections,
  postgresRunsIn,
  startCommand,
} from '../helpers/command'

const startMjs = path.resolve('.next/standalone/start.mjs')
// Not created here: PostgreSQL, run as another user under root, must be able to enter it.
const dataDir = path.join(os.tmpdir(), `hikaku-npm-start-${process.pid}-${Date.now()}`)
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

describe('npm start', () => {
  it('refuses to start without PAYLOAD_SECRET, says what to do, and starts nothing', async () => {
    const run = startCommand(
      process.execPath,
      [startMjs],
      developerEnv({ HIKAKU_DATA_DIR: dataDir }),
    )
    expect(await run.exited).toEqual({ code: 1, signal: null })
    expect(run.output()).toContain('PAYLOAD_SECRET is not set')
    expect(run.output()).toContain('openssl rand -hex 32')
    expect(existsSync(path.join(dataDir, 'postgres'))).toBe(false)
  })

  it('without DATABASE_URL: embedded PostgreSQL, migrations on boot, and SIGTERM stops server and database', async () => {
    const [port, pgPort] = [await findFreePort(), await findFreePort()]
    const run = startCommand(
      process.execPath,
      [startMjs],
      developerEnv({
        HIKAKU_DATA_DIR: dataDir,
        HIKAKU_PG_PORT: String(pgPort),
        PAYLOAD_SECRET: 'e2e-npm-start-secret',
        MEDIA_DIR: '', // the default, whatever the e2e run sets
        PORT: String(port),
        HOSTNAME: '127.0.0.1',
      }),
    )
    try {
      await run.waitFor(`embedded PostgreSQL ready on 127.0.0.1:${pgPort}`)
      let health: Response | undefined
      for (
        const deadline = Date.now() + 90_000;
        Date.now() < deadline && run.child.exitCode === null;
      ) {
        health = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => undefined)
        if (health?.ok) break
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
      expect(health?.status).toBe(200)
      // Issue 11, point 16: uploads live where `npm start` ran, not in .next/standalone/media.
      expect(run.output()).toContain(`[hikaku] uploads are stored in ${path.resolve('media')}\n`)
      // A fresh database: the server created the tables before serving.
      const articles = await fetch(`http://127.0.0.1:${port}/api/articles?limit=1`)
      expect(articles.status).toBe(200)
      expect(await articles.json()).toMatchObject({ docs: [], totalDocs: 0 })
    } finally {
      run.child.kill('SIGTERM')
    }
    expect(await run.exited).toEqual({ code: 143, signal: null })
    expect(postgresRunsIn(path.join(dataDir, 'postgres'))).toBe(false)
    expect(await portAcceptsConnections(pgPort)).toBe(false)
  })
})
