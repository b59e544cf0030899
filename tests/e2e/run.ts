/**
 * End-to-end run: production build → fresh database with the demo content →
 * the production server (start.mjs, as `npm start` and the Docker image run it) →
 * Jest specs in tests/e2e driving Debian's Chromium.
 *
 *   npm run test:e2e                  build, then test
 *   E2E_SKIP_BUILD=1 npm run test:e2e reuse the last build
 *   npm run test:e2e -- <jest args>   e.g. one spec file, or --listTests
 *
 * DATABASE_URL, when set, names the server to create the throw-away database on.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { cpSync, existsSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { findFreePort } from '../../lib/db/embedded'
import { createThrowawayDatabase } from '../../lib/db/throwaway'
import { stopProcess } from '../../lib/serving/servers'
import { startLookupFixtureServer } from '../helpers/lookupFixtureServer'

function runSync(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const res = spawnSync(cmd, args, { stdio: 'inherit', env })
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed with ${res.status}`)
}

async function waitForHealthy(baseUrl: string, server: ChildProcess, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`)
    try {
      const res = await fetch(`${baseUrl}/api/health`)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`server at ${baseUrl} not healthy after ${timeoutMs} ms`)
}

const USAGE = `usage: npm run test:e2e [-- <jest options and spec files>]
  builds (unless E2E_SKIP_BUILD=1), seeds a throw-away database, starts the production
  server and runs tests/e2e with Jest against it; DATABASE_URL names the server to use`

async function main(): Promise<number> {
  if (process.argv.includes('--help')) {
    console.log(USAGE)
    return 0
  }
  if (process.env.E2E_SKIP_BUILD !== '1' || !existsSync('.next/standalone/start.mjs')) {
    runSync('npm', ['run', 'build'])
  }

  const db = await createThrowawayDatabase('e2e')
  // Each run serves a pristine copy of the build: pages rendered and cached by an earlier
  // run (against another database) must not leak into this one.
  const serverDir = path.join(os.tmpdir(), `hikaku-e2e-server-${process.pid}`)
  cpSync('.next/standalone', serverDir, { recursive: true })
  let server: ChildProcess | undefined
  // The reference lookup talks to recorded responses on this machine, never to the network.
  const lookupApis = await startLookupFixtureServer()
  try {
    const secret = randomBytes(24).toString('hex')
    const port = await findFreePort()
    const baseUrl = `http://127.0.0.1:${port}`
    const common = {
      ...process.env,
      DATABASE_URL: db.url,
      PAYLOAD_SECRET: secret,
      SERVER_URL: baseUrl,
    }

    // Demo content and demo users come from the development seed.
    runSync(process.execPath, ['--import', 'tsx', 'scripts/with-db.ts', 'seed'], {
      ...common,
      NODE_ENV: 'development',
    })

    // Production enforces two-factor authentication for admins and reviewers; the seed's demo
    // accounts keep signing in with the password alone (tests/e2e/auth-two-factor enrols a new reviewer).
    server = spawn(process.execPath, [path.join(serverDir, 'start.mjs')], {
      env: {
        ...common,
        ...lookupApis.env,
        REFERENCE_LOOKUP_TIMEOUT_MS: '1500',
        NODE_ENV: 'production',
        PORT: String(port),
        HOSTNAME: '127.0.0.1',
        HIKAKU_DEMO_2FA_EXEMPT: '1',
        JOBS_INTERVAL_SECONDS: '1',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    await waitForHealthy(baseUrl, server)

    // Not spawnSync: the lookup fixture server answers from this process while Jest runs.
    const jest = spawn(
      process.execPath,
      [
        '--experimental-vm-modules',
        '--no-deprecation',
        'node_modules/jest/bin/jest.js',
        '--config',
        'jest.e2e.config.mjs',
        ...process.argv.slice(2),
      ],
      {
        stdio: 'inherit',
        env: { ...common, NODE_ENV: 'test', BASE_URL: baseUrl, E2E_SERVER_DIR: serverDir },
      },
    )
    const [code] = (await once(jest, 'exit')) as [number | null]
    return code ?? 1
  } finally {
    // SIGTERM, and SIGKILL should the server still be running 10 s later.
    if (server) await stopProcess(server)
    await lookupApis.close()
    await db.drop()
    rmSync(serverDir, { recursive: true, force: true })
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err)
    process.exit(1)
  },
)
