import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'

import { TSX } from '@/scripts/tsx'

/** Runs lib/env.ts in a separate process with a controlled environment. */
function resolveSecret(envVars: Record<string, string | undefined>) {
  const env = { PATH: process.env.PATH ?? '' } as unknown as NodeJS.ProcessEnv
  for (const [k, v] of Object.entries(envVars)) if (v !== undefined) env[k] = v
  return spawnSync(
    TSX,
    ['--import', './scripts/keepalive.mjs', '-e', "import('./lib/env.ts').then(({ env }) => { process.stdout.write(env.payloadSecret); process.exit(0) }).catch((e) => { process.stderr.write(e.message); process.exit(3) })"],
    { env, encoding: 'utf8' },
  )
}

describe('PAYLOAD_SECRET', () => {
  it('is required in production, with a message that says what to do', () => {
    const res = resolveSecret({ NODE_ENV: 'production' })
    expect(res.status).toBe(3)
    expect(res.stderr).toContain('PAYLOAD_SECRET is not set')
    expect(res.stderr).toContain('openssl rand')
  })

  it('comes from the environment when set', () => {
    const res = resolveSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'from-the-environment' })
    expect(res.status).toBe(0)
    expect(res.stdout).toBe('from-the-environment')
  })

  it('is generated once for development and kept in the data folder', () => {
    const dir = `/tmp/hikaku-env-test-${process.pid}`
    const first = resolveSecret({ NODE_ENV: 'development', HIKAKU_DATA_DIR: dir })
    const second = resolveSecret({ NODE_ENV: 'development', HIKAKU_DATA_DIR: dir })
    expect(first.status).toBe(0)
    expect(first.stdout).toMatch(/^[0-9a-f]{64}$/)
    expect(second.stdout).toBe(first.stdout)
  })
})
