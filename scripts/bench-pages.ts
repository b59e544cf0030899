/**
 * `npm run bench`: how fast the site is served, in one run on this machine:
 *
 *  1. nginx serving the saved HTML of the demo article (the baseline of a static file),
 *     the app directly (the cached article, and a static Next page of the same size), and
 *     the app through the shipped proxy (Varnish, deploy/varnish): req/s and p99 with wrk,
 *     rounds alternating the order of the targets, and the CPU time each server spent per
 *     answer (from /proc: wrk shares the machine, so a rate alone does not say what it costs).
 *     nginx's own caching proxy in front of the app is measured too, as a reference for what
 *     any caching layer costs on top of static serving (it is not deployed: no purge by tag).
 *  2. REST `/api/<collection>?depth=2`: req/s, and the SQL one request runs for one
 *     document, half of them and all of them: doubling the documents must not add a query
 *     (a query per document would add one per document).
 *  3. Publish → visible: a treatment compared by the article is edited, submitted and
 *     approved over REST, and the article is polled directly and through the proxy.
 *
 * It builds with HIKAKU_BENCH=1 (unless BENCH_SKIP_BUILD=1 and a build exists), seeds a throw-away database
 * with the demo content, starts the standalone server, Varnish and nginx on free ports,
 * and stops them at the end. Exits 1 when a goal is missed.
 *
 * Environment: BENCH_CONNECTIONS (32), BENCH_SECONDS per measurement (10), BENCH_ROUNDS (3),
 * BENCH_PUBLISH_RUNS (20).
 * BENCH_THROUGHPUT_GOALS=advisory reports the throughput ratios without failing on them.
 * CI runs a short version: BENCH_SECONDS=2 BENCH_ROUNDS=2 BENCH_PUBLISH_RUNS=5, ratios advisory.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { findFreePort } from '../lib/db/embedded'
import { processTreeCpuSeconds } from '../lib/serving/cpu'
import { findPublished, publishChange } from '../seed/demoClient'
import {
  copyBuild,
  createSeededDatabase,
  startAppServer,
  startNginxCache,
  startNginxStatic,
  startVarnish,
  type Service,
} from '../lib/serving/servers'
import { Goals, kb, mean, ms, quantile, table, throughputGoalsAdvisory } from './bench/report'
import { assertWrk, runWrk, type LoadResult } from './bench/wrk'

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const PUBLISH_RUNS = Number(process.env.BENCH_PUBLISH_RUNS ?? 20)

const ARTICLE = '/articles/secretome-vs-exosome'
const STATIC = '/bench/static-article'
const VISIBLE_GOAL_MS = 1_000

/** `pid`: the server answering, whose CPU time per answer is reported beside its rate. */
type Target = { name: string; url: string; pid: number }
type Measured = LoadResult & { cpuPerRequest: number }

async function html(url: string): Promise<{ status: number; body: string }> {
  const res = await fetch(url)
  return { status: res.status, body: await res.text() }
}

/** Both pages must answer 200 with nearly the same size, or the comparison means nothing. */
function assertComparable(
  a: { name: string; status: number; body: string },
  b: { name: string; status: number; body: string },
): void {
  for (const page of [a, b])
    if (page.status !== 200)
      throw new Error(
        `${page.name} answered ${page.status} (the static page needs a build made with HIKAKU_BENCH=1)`,
      )
  const ratio = a.body.length / b.body.length
  if (Math.abs(ratio - 1) > 0.05)
    throw new Error(
      `${a.name} (${kb(a.body.length)}) and ${b.name} (${kb(b.body.length)}) differ by more than 5 % in size`,
    )
}

/** Microseconds of the server's CPU (all its processes) per completed request. */
const us = (seconds: number): string => `${(seconds * 1e6).toFixed(1)} µs`

function measureRounds(targets: Target[]): Map<string, Measured[]> {
  const results = new Map<string, Measured[]>(targets.map((t) => [t.name, []]))
  for (const t of targets)
    runWrk(t.url, { seconds: Math.min(2, SECONDS), connections: CONNECTIONS }) // warm-up
  console.log(
    `\nThroughput: wrk, ${CONNECTIONS} connections, ${SECONDS} s per measurement, ${ROUNDS} rounds, order alternating`,
  )
  const rows: (string | number)[][] = [
    ['round', 'target', 'req/s', 'p50', 'p99', 'per response', 'server CPU per answer', 'errors'],
  ]
  for (let round = 1; round <= ROUNDS; round++) {
    const order = round % 2 === 1 ? targets : [...targets].reverse()
    for (const t of order) {
      const cpuBefore = processTreeCpuSeconds(t.pid)
      const load = runWrk(t.url, { seconds: SECONDS, connections: CONNECTIONS })
      const r = {
        ...load,
        cpuPerRequest: (processTreeCpuSeconds(t.pid) - cpuBefore) / Math.max(1, load.requests),
      }
      results.get(t.name)!.push(r)
      rows.push([
        round,
        t.name,
        r.rps.toFixed(0),
        ms(r.p50),
        ms(r.p99),
        kb(r.bytesPerRequest),
        us(r.cpuPerRequest),
        r.errors,
      ])
      if (r.errors > 0) throw new Error(`${t.name}: ${r.errors} failed requests`)
    }
  }
  console.log(table(rows))
  return results
}

/** SQL per REST request at depth 2, counted in this process on the same database. */
async function restSqlCounts(
  databaseUrl: string,
  secret: string,
): Promise<{ collection: string; docs: number; one: number; half: number; all: number }[]> {
  Object.assign(process.env, { DATABASE_URL: databaseUrl, PAYLOAD_SECRET: secret })
  const [{ default: config }, { getPayload, handleEndpoints }, { countQueries }, { closePayload }] =
    await Promise.all([
      import('@payload-config'),
      import('payload'),
      import('../lib/db/countQueries'),
      import('../lib/db/closePayload'),
    ])
  const payload = await getPayload({ config })
  try {
    const rows = []
    for (const collection of ['articles', 'treatments', 'components'] as const) {
      const call = (limit: number) =>
        countQueries(payload, async () => {
          const res = await handleEndpoints({
            config,
            request: new Request(`http://localhost/api/${collection}?depth=2&limit=${limit}`),
          })
          if (!res.ok)
            throw new Error(
              `/api/${collection}?depth=2&limit=${limit}: ${res.status} ${await res.text()}`,
            )
          return (await res.json()) as { docs: unknown[] }
        })
      // 100: the most an anonymous read may ask for (lib/http); the demo has fewer documents.
      const all = await call(100)
      const docs = all.result.docs.length
      rows.push({
        collection,
        docs,
        one: (await call(1)).count,
        half: (await call(Math.ceil(docs / 2))).count,
        all: all.count,
      })
    }
    return rows
  } finally {
    await closePayload(payload)
  }
}

async function timeUntilVisible(base: string, marker: string, since: number): Promise<number> {
  for (;;) {
    if ((await html(`${base}${ARTICLE}`)).body.includes(marker)) return performance.now() - since
    if (performance.now() - since > 30_000)
      throw new Error(`${base}${ARTICLE} did not show the change within 30 s`)
    await new Promise((r) => setTimeout(r, 5))
  }
}

async function publishToVisible(
  app: Service,
  proxy: Service,
): Promise<{ approve: number[]; direct: number[]; proxied: number[] }> {
  const treatment = await findPublished(app.url, 'treatments', 'exosome-therapy')
  const original = treatment.definition as string
  const times = { approve: [] as number[], direct: [] as number[], proxied: [] as number[] }
  try {
    for (let i = 0; i < PUBLISH_RUNS; i++) {
      // Both caches hold the current page before the change.
      await html(`${app.url}${ARTICLE}`)
      await html(`${proxy.url}${ARTICLE}`)
      const marker = `（ベンチ ${Date.now()}-${i}）`
      const { approveMs } = await publishChange(app.url, 'treatments', treatment.id, {
        definition: `${original}${marker}`,
      })
      const published = performance.now()
      const [direct, proxied] = await Promise.all([
        timeUntilVisible(app.url, marker, published),
        timeUntilVisible(proxy.url, marker, published),
      ])
      times.approve.push(approveMs)
      times.direct.push(direct)
      times.proxied.push(proxied)
    }
  } finally {
    await publishChange(app.url, 'treatments', treatment.id, { definition: original })
  }
  return times
}

async function main(): Promise<boolean> {
  assertWrk()
  // The static comparison page exists only in a build made with HIKAKU_BENCH=1 (next.config.ts).
  if (process.env.BENCH_SKIP_BUILD !== '1' || !existsSync('.next/standalone/server.js')) {
    const res = spawnSync('npm', ['run', 'build'], {
      stdio: 'inherit',
      env: { ...process.env, HIKAKU_BENCH: '1' },
    })
    if (res.status !== 0) throw new Error('HIKAKU_BENCH=1 npm run build failed')
  }
  console.log(
    `Hikaku page benchmark — ${new Date().toISOString()}, ${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  )

  const stops: (() => Promise<void> | void)[] = []
  const root = mkdtempSync(path.join(os.tmpdir(), 'hikaku-bench-static-'))
  stops.push(() => rmSync(root, { recursive: true, force: true }))
  try {
    const build = copyBuild('bench')
    stops.push(build.remove)
    const db = await createSeededDatabase('bench')
    stops.push(db.drop)
    const proxyPort = await findFreePort()
    const proxyUrl = `http://127.0.0.1:${proxyPort}`
    const app = await startAppServer({
      buildDir: build.dir,
      databaseUrl: db.url,
      secret: db.secret,
      serverUrl: proxyUrl,
      env: { PURGE_PROXY_URLS: proxyUrl },
      quiet: true,
    })
    stops.push(app.stop)
    const proxy = await startVarnish([app], proxyPort)
    stops.push(proxy.stop)

    // The same article three ways, checked before any load.
    const article = { name: 'article', ...(await html(`${app.url}${ARTICLE}`)) }
    const staticPage = { name: 'static page', ...(await html(`${app.url}${STATIC}`)) }
    assertComparable(article, staticPage)
    if (!article.body.includes('comparison-table'))
      throw new Error(`${ARTICLE} did not render the article`)
    writeFileSync(path.join(root, 'article.html'), article.body)
    writeFileSync(path.join(root, 'article.html.gz'), gzipSync(article.body, { level: 9 }))
    const nginx = await startNginxStatic(root)
    stops.push(nginx.stop)
    // nginx's own cache in front of the app: the reference for what a caching layer
    // costs on top of static serving (not deployed: it cannot purge by tag).
    const nginxCache = await startNginxCache(app)
    stops.push(nginxCache.stop)
    const saved = { name: 'saved HTML (nginx)', ...(await html(`${nginx.url}/article.html`)) }
    const proxied = { name: 'article (proxy)', ...(await html(`${proxy.url}${ARTICLE}`)) }
    const nginxCached = {
      name: 'article (nginx cache)',
      ...(await html(`${nginxCache.url}${ARTICLE}`)),
    }
    assertComparable(saved, article)
    assertComparable(proxied, article)
    assertComparable(nginxCached, article)
    console.log(
      `\nPages: article ${kb(article.body.length)}, static Next page ${kb(staticPage.body.length)}, saved HTML ${kb(saved.body.length)} (uncompressed)`,
    )

    const targets: Target[] = [
      { name: 'nginx, saved HTML', url: `${nginx.url}/article.html`, pid: nginx.pid },
      { name: 'app, static page', url: `${app.url}${STATIC}`, pid: app.pid },
      { name: 'app, article', url: `${app.url}${ARTICLE}`, pid: app.pid },
      { name: 'proxy, article', url: `${proxy.url}${ARTICLE}`, pid: proxy.pid },
      {
        name: 'nginx cache, article (reference)',
        url: `${nginxCache.url}${ARTICLE}`,
        pid: nginxCache.pid,
      },
    ]
    const load = measureRounds(targets)
    const rate = (name: string) => mean(load.get(name)!.map((r) => r.rps))
    const p99 = (name: string) => Math.max(...load.get(name)!.map((r) => r.p99))
    const cpu = (name: string) => mean(load.get(name)!.map((r) => r.cpuPerRequest))
    console.log('\nMeans over the rounds (p99: the worst round)')
    console.log(
      table([
        ['target', 'req/s', 'p99', 'server CPU per answer'],
        ...targets.map((t) => [t.name, rate(t.name).toFixed(0), ms(p99(t.name)), us(cpu(t.name))]),
      ]),
    )

    const rest = runWrk(`${app.url}/api/articles?depth=2`, {
      seconds: SECONDS,
      connections: CONNECTIONS,
    })
    const sql = await restSqlCounts(db.url, db.secret)
    console.log(
      `\nREST /api/articles?depth=2: ${rest.rps.toFixed(0)} req/s, p99 ${ms(rest.p99)}, ${kb(rest.bytesPerRequest)} per response`,
    )
    console.log('SQL per REST request at depth 2 (limit = 1, half the documents, all of them):')
    console.log(
      table([
        ['collection', 'documents', 'SQL, one', 'SQL, half', 'SQL, all'],
        ...sql.map((s) => [s.collection, s.docs, s.one, s.half, s.all]),
      ]),
    )

    const publish = PUBLISH_RUNS > 0 ? await publishToVisible(app, proxy) : undefined
    if (publish) {
      console.log(
        `\nPublish → visible, ${PUBLISH_RUNS} publishes (edit + submit + approve over REST; timed from the approval's answer):`,
      )
      console.log(
        table([
          ['', 'p50', 'p95', 'max'],
          [
            'approve call',
            ms(quantile(publish.approve, 0.5)),
            ms(quantile(publish.approve, 0.95)),
            ms(Math.max(...publish.approve)),
          ],
          [
            'visible, directly',
            ms(quantile(publish.direct, 0.5)),
            ms(quantile(publish.direct, 0.95)),
            ms(Math.max(...publish.direct)),
          ],
          [
            'visible, through the proxy',
            ms(quantile(publish.proxied, 0.5)),
            ms(quantile(publish.proxied, 0.95)),
            ms(Math.max(...publish.proxied)),
          ],
        ]),
      )
    }

    const percent = (a: number, b: number) => `${((a / b) * 100).toFixed(1)} %`
    console.log(
      `\nReference, not a goal: nginx's own cache (1 s validity) in front of the app serves ${percent(
        rate('nginx cache, article (reference)'),
        rate('nginx, saved HTML'),
      )} of nginx serving the saved HTML; the shipped proxy ${percent(
        rate('proxy, article'),
        rate('nginx cache, article (reference)'),
      )} of nginx's cache.`,
    )

    const goals = new Goals()
    goals.check(
      'proxy vs nginx serving the saved HTML',
      percent(rate('proxy, article'), rate('nginx, saved HTML')),
      '≥ 80 %',
      rate('proxy, article') >= 0.8 * rate('nginx, saved HTML'),
      { advisory: throughputGoalsAdvisory() },
    )
    goals.check(
      'cached article vs static Next page',
      percent(rate('app, article'), rate('app, static page')),
      '≥ 95 %',
      rate('app, article') >= 0.95 * rate('app, static page'),
      { advisory: throughputGoalsAdvisory() },
    )
    for (const s of sql)
      goals.check(
        `REST ${s.collection} depth 2: SQL for all ${s.docs} docs vs half`,
        `${s.all} vs ${s.half}`,
        'the same',
        s.all === s.half,
      )
    if (publish) {
      goals.check(
        'publish → visible directly, p95',
        ms(quantile(publish.direct, 0.95)),
        `< ${VISIBLE_GOAL_MS} ms`,
        quantile(publish.direct, 0.95) < VISIBLE_GOAL_MS,
      )
      goals.check(
        'publish → visible through the proxy, p95',
        ms(quantile(publish.proxied, 0.95)),
        `< ${VISIBLE_GOAL_MS} ms`,
        quantile(publish.proxied, 0.95) < VISIBLE_GOAL_MS,
      )
    }
    return goals.print()
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
