import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'

/** Runs lib/env.ts in a separate process with a controlled environment. */
function resolveSecret(envVars: Record<string, string | undefined>) {
  const env = { PATH: process.env.PATH ?? '' } as unknown as NodeJS.ProcessEnv
  for (const [k, v] of Object.entries(envVars)) if (v !== undefined) env[k] = v
  return spawnSync(process.execPath, ['--import', 'tsx', 'tests/helpers/printSecret.ts'], { env, encoding: 'utf8' })
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
