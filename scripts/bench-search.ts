/**
 * `npm run bench:search`: how fast is the site search on the large site of the scale
 * benchmark? Loads the demo content (indexed by the search plugin as the seed publishes),
 * generates the large site with scripts/bench/scaleSite.ts and indexes it, then times the
 * search the /search page runs (query analysis, SQL, excerpts with highlights) for the 30
 * labelled queries and common words of the large site, and prints p50/p95/max.
 *
 * Goal: p95 < 50 ms. `--articles N` (or SCALE_ARTICLES; default 2000, the other counts follow
 * as in bench:scale: 200 treatments, 2,000 components, 20,000 references); `--rounds N` (5).
 * Exits 1 when the goal is missed. Everything it opens it closes: Payload and its pool,
 * the benchmark's own pool, the throw-away database (and its embedded server).
 */
import os from 'node:os'

import pg from 'pg'
import type { Payload } from 'payload'

import { createSeededDatabase } from '../lib/serving/servers'
import { Goals, ms, quantile, table } from './bench/report'
import { countsFor, generateScaleSite } from './bench/scaleSite'
import { indexScaleSite } from './bench/searchIndex'

const arg = (name: string) => {
  const at = process.argv.indexOf(name)
  return at > 0 ? process.argv[at + 1] : undefined
}
const ARTICLES = Number(arg('--articles') ?? process.env.SCALE_ARTICLES ?? 2000)
const ROUNDS = Number(arg('--rounds') ?? 5)

/** Words the large site is full of: they match thousands of documents. */
const COMMON_QUERIES = [
  '治療法の比較',
  '自由診療',
  '変形性膝関節症',
  '男性型脱毛症 治療',
  '培養上清',
  '副作用',
  '費用とリスク',
  '成分',
  'knee osteoarthritis',
  'Stem Cell Research',
]

async function main(): Promise<boolean> {
  const counts = countsFor(ARTICLES)
  console.log(
    `Hikaku search benchmark — ${new Date().toISOString()}, ${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  )
  const db = await createSeededDatabase(`searchbench${ARTICLES}`)
  const pool = new pg.Pool({ connectionString: db.url, max: 2 })
  let payload: Payload | undefined
  try {
    const site = await generateScaleSite(pool, counts)
    Object.assign(process.env, { DATABASE_URL: db.url, PAYLOAD_SECRET: db.secret })
    const [
      { getPayload },
      { default: config },
      { searchSite },
      { loadAnalyzer },
      { searchQueries },
    ] = await Promise.all([
      import('payload'),
      import('@payload-config'),
      import('../lib/search/query'),
      import('../lib/compliance'),
      import('../lib/search/evaluation/queries'),
    ])
    payload = await getPayload({ config })
    const indexed = await indexScaleSite(payload, pool)
    const { rows } = await pool.query(
      `SELECT count(*)::int AS n, pg_total_relation_size('search') AS bytes FROM search`,
    )
    console.log(
      `site: ${counts.articles} articles, ${counts.treatments} treatments, ${counts.components} components, ${counts.references} references ` +
        `(generated in ${site.seconds.toFixed(1)} s); index: ${rows[0].n} rows, ${(Number(rows[0].bytes) / 1024 ** 2).toFixed(1)} MB ` +
        `(${indexed.documents} indexed in ${indexed.seconds.toFixed(1)} s)`,
    )

    const queries = [...searchQueries.map((q) => q.query), ...COMMON_QUERIES]
    // What findSearchResults (the /search page) runs, with its SQL timed apart.
    const appPool: pg.Pool = payload.db.pool
    const analyzer = await loadAnalyzer()
    let sql = 0
    const timedPool = {
      query: async (text: string, values?: unknown[]) => {
        const started = performance.now()
        try {
          return await appPool.query(text, values)
        } finally {
          sql += performance.now() - started
        }
      },
    }
    const search = (q: string) => searchSite(timedPool, analyzer, q)
    for (const q of queries) await search(q) // warm-up: dictionary, plans, caches
    const times: number[] = []
    const sqlTimes: number[] = []
    const worst = new Map<string, number>()
    for (let round = 0; round < ROUNDS; round++) {
      for (const q of queries) {
        sql = 0
        const started = performance.now()
        await search(q)
        const t = performance.now() - started
        times.push(t)
        sqlTimes.push(sql)
        worst.set(q, Math.max(worst.get(q) ?? 0, t))
      }
    }
    const p50 = quantile(times, 0.5)
    const p95 = quantile(times, 0.95)
    console.log(
      `\nsearch (${queries.length} queries × ${ROUNDS} rounds = ${times.length} searches, 20 results with excerpts)`,
    )
    console.log(
      table([
        ['', 'p50', 'p95', 'max'],
        ['search', ms(p50), ms(p95), ms(Math.max(...times))],
        [
          'of which SQL',
          ms(quantile(sqlTimes, 0.5)),
          ms(quantile(sqlTimes, 0.95)),
          ms(Math.max(...sqlTimes)),
        ],
      ]),
    )
    console.log('\nslowest queries')
    console.log(
      table([
        ['query', 'max'],
        ...[...worst.entries()]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 5)
          .map(([q, t]) => [q, ms(t)]),
      ]),
    )
    const goals = new Goals()
    goals.check('search p95', ms(p95), '< 50 ms', p95 < 50)
    return goals.print()
  } finally {
    if (payload) {
      const { closePayload } = await import('../lib/db/closePayload')
      await closePayload(payload)
    }
    await pool.end()
    await db.drop()
  }
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (err) => {
    console.error(err)
    process.exit(1)
  },
)
