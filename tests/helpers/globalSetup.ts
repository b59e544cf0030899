import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'

import { createThrowawayDatabase, type ThrowawayDatabase } from '../../lib/db/throwaway'

declare global {
  var __HIKAKU_TEST_DB__: ThrowawayDatabase | undefined
}

/** Applies the committed migrations with Payload's CLI (`payload migrate`), as `npm run migrate` does. */
function migrate(): void {
  const res = spawnSync(process.execPath, ['node_modules/.bin/payload', 'migrate'], {
    env: { ...process.env, NODE_OPTIONS: '--no-deprecation' },
    encoding: 'utf8',
    timeout: 120_000,
  })
  if (res.status === 0) return
  throw new Error(
    `migrations failed (status ${res.status}, signal ${res.signal}${res.error ? `, ${res.error.message}` : ''})\n` +
      `${res.stdout}\n${res.stderr}`.trim().split('\n').slice(-40).join('\n'),
  )
}

/** Creates the run's database, points the tests at it and applies the committed migrations. */
export default async function globalSetup(): Promise<void> {
  const db = await createThrowawayDatabase('test')
  globalThis.__HIKAKU_TEST_DB__ = db
  process.env.DATABASE_URL = db.url
  process.env.PAYLOAD_SECRET = randomBytes(24).toString('hex')
  process.env.MEDIA_DIR = path.join(os.tmpdir(), `hikaku-media-${process.pid}-${Date.now()}`)
  try {
    migrate()
  } catch (err) {
    await db.drop()
    throw err
  }
}
