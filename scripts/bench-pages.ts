/**
 * Benchmark of the public site against a running server (it starts nothing itself):
 *
 *   BASE_URL=http://127.0.0.1:3000 npm run bench
 *
 * 1. Requests/s of the cached demo article vs. a static Next page of the same size
 *    (/next/bench/static-article: the same article rendered at build time from the seed
 *    files; only in a build made with HIKAKU_BENCH=1), same connections and duration,
 *    alternating rounds, keep-alive, gzip.
 * 2. Publish → visible: a treatment compared by the article is edited and published over
 *    REST (tests/helpers/publish.ts, as staff do), then the article is polled until the
 *    change shows. The original text is published back at the end.
 *
 * Environment: BASE_URL (required), CONNECTIONS (32), SECONDS (10 per round), ROUNDS (3),
 * PUBLISH_RUNS (5; 0 skips part 2, which needs the demo users of the development seed).
 */
import http from 'node:http'
import https from 'node:https'
import { gunzipSync } from 'node:zlib'

import { findPublished, publishChange } from '../seed/demoClient'

const BASE_URL = process.env.BASE_URL?.replace(/\/$/, '')
if (!BASE_URL) {
  console.error('Set BASE_URL to a running Hikaku server, e.g. BASE_URL=http://127.0.0.1:3000 npm run bench')
  process.exit(2)
}
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 32)
const SECONDS = Number(process.env.SECONDS ?? 10)
const ROUNDS = Number(process.env.ROUNDS ?? 3)
const PUBLISH_RUNS = Number(process.env.PUBLISH_RUNS ?? 5)

const ARTICLE = '/articles/secretome-vs-exosome'
const STATIC = '/next/bench/static-article'

const base = new URL(BASE_URL)
const client = base.protocol === 'https:' ? https : http
const agent = new client.Agent({ keepAlive: true, maxSockets: CONNECTIONS })

type Result = { status: number; bytes: number; body: Buffer; headers: http.IncomingHttpHeaders }

function get(path: string, keepBody = false): Promise<Result> {
  return new Promise((resolve, reject) => {
    const req = client.request(
      { host: base.hostname, port: base.port, path, method: 'GET', agent, headers: { 'accept-encoding': 'gzip', accept: 'text/html' } },
      (res) => {
        const chunks: Buffer[] = []
        let bytes = 0
        res.on('data', (c: Buffer) => {
          bytes += c.length
          if (keepBody) chunks.push(c)
        })
        res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes, body: Buffer.concat(chunks), headers: res.headers }))
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    req.end()
  })
}

async function html(path: string): Promise<{ status: number; text: string; wire: number; cache: string | undefined }> {
  const r = await get(path, true)
  const raw = r.headers['content-encoding'] === 'gzip' ? gunzipSync(r.body) : r.body
  return { status: r.status, text: raw.toString('utf8'), wire: r.bytes, cache: r.headers['x-nextjs-cache'] as string | undefined }
}

async function load(path: string, seconds: number): Promise<{ rps: number; errors: number; p50: number; p99: number }> {
  const deadline = performance.now() + seconds * 1000
  let done = 0
  let errors = 0
  const latencies: number[] = []
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < deadline) {
        const t = performance.now()
        try {
          const r = await get(path)
          if (r.status === 200) done++
          else errors++
        } catch {
          errors++
        }
        latencies.push(performance.now() - t)
      }
    }),
  )
  latencies.sort((a, b) => a - b)
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? 0
  return { rps: done / seconds, errors, p50: q(0.5), p99: q(0.99) }
}

const fmt = (n: number) => n.toFixed(0).padStart(6)

async function throughput() {
  const [article, fixed] = [await html(ARTICLE), await html(STATIC)]
  if (!article.text.includes('<table')) throw new Error(`${ARTICLE} did not render the article`)
  if (fixed.status !== 200) throw new Error(`${STATIC} answered ${fixed.status}: build with HIKAKU_BENCH=1 npm run build`)
  console.log(`\nPage sizes (HTML, uncompressed / gzip on the wire):`)
  console.log(`  article      ${ARTICLE}  ${(article.text.length / 1024).toFixed(1)} KB / ${(article.wire / 1024).toFixed(1)} KB  x-nextjs-cache: ${article.cache}`)
  console.log(`  static page  ${STATIC}  ${(fixed.text.length / 1024).toFixed(1)} KB / ${(fixed.wire / 1024).toFixed(1)} KB  x-nextjs-cache: ${fixed.cache}`)

  await load(ARTICLE, 2)
  await load(STATIC, 2)
  const runs: Record<'article' | 'static', number[]> = { article: [], static: [] }
  console.log(`\nThroughput: ${CONNECTIONS} connections, ${SECONDS} s per round, ${ROUNDS} rounds (req/s, p50 / p99 ms)`)
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [name, path] of [['static', STATIC], ['article', ARTICLE]] as const) {
      const r = await load(path, SECONDS)
      runs[name].push(r.rps)
      console.log(`  round ${round} ${name.padEnd(8)} ${fmt(r.rps)} req/s  ${r.p50.toFixed(1)} / ${r.p99.toFixed(1)} ms  errors ${r.errors}`)
    }
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
  const [meanArticle, meanStatic] = [mean(runs.article), mean(runs.static)]
  console.log(
    `\n  mean article ${fmt(meanArticle)} req/s, mean static ${fmt(meanStatic)} req/s → article = ${((meanArticle / meanStatic) * 100).toFixed(1)} % of static (target ≥ 90 %)` +
      `\n  best article ${fmt(Math.max(...runs.article))} req/s, best static ${fmt(Math.max(...runs.static))} req/s`,
  )
}

async function publishToVisible() {
  const treatment = await findPublished(BASE_URL!, 'treatments', 'exosome-therapy')
  const original = treatment.definition as string
  const delays: { call: number; visible: number }[] = []
  try {
    for (let i = 0; i < PUBLISH_RUNS; i++) {
      await html(ARTICLE) // cached before the change
      const marker = `（ベンチ ${Date.now()}-${i}）`
      const started = performance.now()
      await publishChange(BASE_URL!, 'treatments', treatment.id, { definition: `${original}${marker}` })
      const returned = performance.now()
      for (;;) {
        if ((await html(ARTICLE)).text.includes(marker)) break
        if (performance.now() - returned > 30_000) throw new Error('change not visible after 30 s')
        await new Promise((r) => setTimeout(r, 5))
      }
      const visible = performance.now()
      delays.push({ call: returned - started, visible: visible - returned })
    }
  } finally {
    await publishChange(BASE_URL!, 'treatments', treatment.id, { definition: original })
  }
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b)
  const v = sorted(delays.map((d) => d.visible))
  const c = sorted(delays.map((d) => d.call))
  console.log(`\nPublish → visible (${PUBLISH_RUNS} runs; publish = save draft + submit + approve over REST):`)
  console.log(`  publish calls took        median ${c[Math.floor(c.length / 2)]!.toFixed(0)} ms, max ${c[c.length - 1]!.toFixed(0)} ms`)
  console.log(`  visible after publishing  median ${v[Math.floor(v.length / 2)]!.toFixed(0)} ms, max ${v[v.length - 1]!.toFixed(0)} ms (first request after the approval renders fresh)`)
}

async function main() {
  console.log(`Hikaku page benchmark against ${BASE_URL}`)
  await throughput()
  if (PUBLISH_RUNS > 0) await publishToVisible()
  agent.destroy()
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err)
    process.exit(1)
  },
)
