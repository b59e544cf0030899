import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'

/** Runs lib/env.ts in a separate process with a controlled environment. */
function resolveSecret(envVars: Record<string, string | undefined>) {
  const env = { PATH: process.env.PATH ?? '' } as unknown as NodeJS.ProcessEnv
  for (const [k, v] of Object.entries(envVars)) if (v !== undefined) env[k] = v
  return spawnSync(process.execPath, ['--import', 'tsx', 'tests/helpers/printSecret.ts'], {
    env,
    encoding: 'utf8',
  })
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

  it('is created for development by readOrCreateDevSecret, once, and then read from the data folder', () => {
    const dir = `/tmp/hikaku-env-test-${process.pid}`
    rmSync(dir, { recursive: true, force: true })
    try {
      const created = resolveSecret({
        NODE_ENV: 'development',
        HIKAKU_DATA_DIR: dir,
        PRINT_CREATED_SECRET: '1',
      })
      expect(created.status).toBe(0)
      expect(created.stdout).toMatch(/^[0-9a-f]{64}$/)
      expect(readFileSync(`${dir}/payload-secret`, 'utf8').trim()).toBe(created.stdout)
      expect(
        resolveSecret({ NODE_ENV: 'development', HIKAKU_DATA_DIR: dir, PRINT_CREATED_SECRET: '1' })
          .stdout,
      ).toBe(created.stdout)
      expect(resolveSecret({ NODE_ENV: 'development', HIKAKU_DATA_DIR: dir }).stdout).toBe(
        created.stdout,
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('is never written by reading it: without the file a development process gets its own', () => {
    const dir = `/tmp/hikaku-env-read-${process.pid}`
    rmSync(dir, { recursive: true, force: true })
    const first = resolveSecret({ NODE_ENV: 'development', HIKAKU_DATA_DIR: dir })
    const second = resolveSecret({ NODE_ENV: 'development', HIKAKU_DATA_DIR: dir })
    expect(first.status).toBe(0)
    expect(first.stdout).toMatch(/^[0-9a-f]{64}$/)
    expect(second.stdout).not.toBe(first.stdout)
    expect(existsSync(dir)).toBe(false)
  })
})
