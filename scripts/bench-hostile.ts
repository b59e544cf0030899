/**
 * `npm run bench:hostile`: what an anonymous caller can make the production server do (issue 11).
 *
 *  1. The size of anonymous REST and GraphQL answers for deep and large reads of every public
 *     collection (depth up to 100, limit up to 1000, pagination=false): prints each status and
 *     size, and the largest answer (bytes) that was served with 200.
 *  2. How long GET /api/health waits: alone, then while three clients send the request with the
 *     largest answer again and again (BENCH_SECONDS, 5 s, at least once each), then while three
 *     clients post 10 MB bodies.
 *
 * It builds (unless BENCH_SKIP_BUILD=1 and a build exists), seeds a throw-away database with the
 * demo content, starts the standalone server and stops it at the end. Exits 1 when an anonymous
 * answer of 1 MB or more was served or /api/health failed.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import os from 'node:os'

import { copyBuild, createSeededDatabase, startAppServer } from '../lib/serving/servers'
import { kb, ms, quantile, table } from './bench/report'

const ONE_MB = 1_000_000
const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
const COLLECTIONS = ['articles', 'treatments', 'components', 'references']
const QUERIES = [
  'depth=2&limit=100',
  'depth=3&limit=100',
  'depth=6&limit=100',
  'depth=10&limit=100',
  'depth=100&limit=10',
  'depth=0&limit=1000',
  'depth=2&pagination=false',
]
const GRAPHQL_DEEP =
  '{ Components(limit: 100) { docs { name partOf { value { ... on Component { name references { title } partOf { value { ... on Component { name partOf { value { ... on Treatment { name components { component { name references { title } } } } } } } } } } ... on Treatment { name components { component { name references { title } partOf { value { ... on Treatment { name } } } } } } } } references { title } } } }'

type Probe = { name: string; send: (base: string) => Promise<Response> }

const probes: Probe[] = [
  ...COLLECTIONS.flatMap((c) =>
    QUERIES.map((q): Probe => ({
      name: `GET /api/${c}?${q}`,
      send: (base) => fetch(`${base}/api/${c}?${q}`),
    })),
  ),
  {
    name: 'POST /api/graphql (relationships nested 6 deep, limit 100)',
    send: (base) =>
      fetch(`${base}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: GRAPHQL_DEEP }),
      }),
  },
]

/** Reads the answer without keeping it (a deep read on an unguarded server is hundreds of MB). */
async function measure(
  probe: Probe,
  base: string,
): Promise<{ status: number; bytes: number; ms: number }> {
  const started = performance.now()
  const res = await probe.send(base)
  let bytes = 0
  const reader = res.body?.getReader()
  for (let part = await reader?.read(); part && !part.done; part = await reader!.read())
    bytes += part.value.byteLength
  return { status: res.status, bytes, ms: performance.now() - started }
}

type HealthWait = { max: number; p50: number; n: number; failed: number }

/**
 * /api/health round trips every 100 ms until `work` settles: the slowest, the median, the count,
 * and how many got no 200 (an unguarded server may run out of memory and drop its connections).
 */
async function healthDuring(base: string, work: Promise<unknown>): Promise<HealthWait> {
  let done = false
  void work.finally(() => (done = true))
  const times: number[] = []
  let failed = 0
  do {
    const started = performance.now()
    const ok = await fetch(`${base}/api/health`)
      .then(async (res) => (await res.arrayBuffer(), res.ok))
      .catch(() => false)
    times.push(performance.now() - started)
    if (!ok) failed++
    await new Promise((r) => setTimeout(r, 100))
  } while (!done)
  return { max: Math.max(...times), p50: quantile(times, 0.5), n: times.length, failed }
}

/** Three clients each sending `request` again and again for LOAD_SECONDS (at least once). */
function threeFor(request: () => Promise<unknown>): Promise<unknown> {
  const until = Date.now() + LOAD_SECONDS * 1000
  const client = async () => {
    do
      await request().catch((err: Error) =>
        console.log(`  a request failed: ${err.message} (${String(err.cause ?? '')})`),
      )
    while (Date.now() < until)
  }
  return Promise.all([client(), client(), client()])
}

async function post10MB(base: string): Promise<number> {
  const body = JSON.stringify({ name: 'x', functions: 'a'.repeat(10 * 1024 * 1024) })
  const res = await fetch(`${base}/api/components`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  })
  await res.arrayBuffer()
  return res.status
}

async function main(): Promise<boolean> {
  if (process.env.BENCH_SKIP_BUILD !== '1' || !existsSync('.next/standalone/server.js')) {
    const res = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' })
    if (res.status !== 0) throw new Error('npm run build failed')
  }
  console.log(
    `Hikaku hostile-request benchmark — ${new Date().toISOString()}, ${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  )

  const stops: (() => Promise<void> | void)[] = []
  try {
    const build = copyBuild('bench-hostile')
    stops.push(build.remove)
    const db = await createSeededDatabase('bench_hostile')
    stops.push(db.drop)
    const app = await startAppServer({
      buildDir: build.dir,
      databaseUrl: db.url,
      secret: db.secret,
      quiet: true,
    })
    stops.push(app.stop)

    console.log('\n1. Anonymous answers (status, size, time)')
    const results: { probe: Probe; status: number; bytes: number; ms: number }[] = []
    for (const probe of probes) results.push({ probe, ...(await measure(probe, app.url)) })
    console.log(
      table([
        ['request', 'status', 'size', 'time'],
        ...results.map((r) => [r.probe.name, r.status, kb(r.bytes), ms(r.ms)]),
      ]),
    )
    const served = results.filter((r) => r.status === 200).sort((a, b) => b.bytes - a.bytes)
    const largest = served[0]!
    console.log(
      `\nLargest anonymous answer served: ${largest.bytes} bytes (${kb(largest.bytes)}), ${largest.probe.name}`,
    )

    console.log('\n2. GET /api/health round trip')
    const idle = await healthDuring(app.url, new Promise((r) => setTimeout(r, 2_000)))
    const underReads = await healthDuring(
      app.url,
      threeFor(() => measure(largest.probe, app.url)),
    )
    const underBodies = await healthDuring(
      app.url,
      threeFor(() => post10MB(app.url)),
    )
    console.log(
      table([
        ['while', 'slowest', 'median', 'samples', 'failed'],
        ['nothing else runs', ms(idle.max), ms(idle.p50), idle.n, idle.failed],
        [
          `3 × ${largest.probe.name} (the largest answer above)`,
          ms(underReads.max),
          ms(underReads.p50),
          underReads.n,
          underReads.failed,
        ],
        [
          '3 × POST /api/components with a 10 MB body',
          ms(underBodies.max),
          ms(underBodies.p50),
          underBodies.n,
          underBodies.failed,
        ],
      ]),
    )
    const ok = largest.bytes < ONE_MB && underReads.failed + underBodies.failed === 0
    console.log(
      `\nGoals: every anonymous answer under 1 MB, /api/health answers throughout — ${ok ? 'met' : 'MISSED'}`,
    )
    return ok
  } finally {
    for (const stop of stops.reverse()) await stop()
  }
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (err) => {
    console.error(err)
    process.exit(1)
  },
)
