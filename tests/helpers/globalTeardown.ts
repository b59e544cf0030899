import { rmSync } from 'node:fs'

export default async function globalTeardown(): Promise<void> {
  await globalThis.__HIKAKU_TEST_DB__?.drop()
  if (process.env.MEDIA_DIR) rmSync(process.env.MEDIA_DIR, { recursive: true, force: true })
}
