import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'

import { createTestDatabase, type TestDatabase } from './testDatabase'

declare global {
  var __HIKAKU_TEST_DB__: TestDatabase | undefined
}

/** Creates the run's database, points the tests at it and applies the committed migrations. */
export default async function globalSetup(): Promise<void> {
  const db = await createTestDatabase('test')
  globalThis.__HIKAKU_TEST_DB__ = db
  process.env.DATABASE_URL = db.url
  process.env.PAYLOAD_SECRET = randomBytes(24).toString('hex')
  process.env.HIKAKU_DISABLE_REVALIDATE = '1'
  try {
    execFileSync('node_modules/.bin/tsx', ['scripts/payload-cli.ts', 'migrate'], {
      env: { ...process.env, NODE_OPTIONS: '--no-deprecation' },
      stdio: ['ignore', 'inherit', 'inherit'],
    })
  } catch (err) {
    await db.drop()
    throw err
  }
}
