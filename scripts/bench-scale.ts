/**
 * `npm run bench:scale`: does anything a visitor or an editor waits for grow with the size
 * of the site? Measures a large clinic site (default 2,000 articles, 200 treatments, 2,000
 * components, 20,000 references) and one a tenth of its size, each on its own throw-away
 * database, the production build, and Varnish in front:
 *
 *  - uncached render p50/p95 of each page type (the first request of a page) and the SQL
 *    its data needs (counted in this process through the same query functions);
 *  - the reference library (paginated), sitemap time and size;
 *  - the admin's list views (REST as the admin asks them) and the reviewers' queue;
 *  - the database size;
 *  - publishing a reference cited by half of the articles: how soon the pages show it,
 *    directly and through the proxy, and that every one of them does.
 *
 * Exits 1 when a goal is missed. Environment: SCALE_ARTICLES (2000; the other counts
 * follow: treatments /10, components ×1, references ×10), BENCH_SKIP_BUILD=1.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import os from 'node:os'

import pg from 'pg'

import { findFreePort } from '../lib/db/embedded'
import { demoAccounts, findPublished, loginAs, publishChange } from '../seed/demoClient'
import {
  copyBuild,
  createSeededDatabase,
  startAppServer,
  startVarnish,
} from '../lib/serving/servers'
import { Goals, kb, ms, quantile, table } from './bench/report'
import { countsFor, generateScaleSite, type ScaleCounts, type ScaleSite } from './bench/scaleSite'

const ARTICLES = Number(process.env.SCALE_ARTICLES ?? 2000)
const RESULT_MARK = 'BENCH_SCALE_RESULT '

type Timing = { p50: number; p95: number; n: number }
/**
 * `sqlGoal`: 'constant' — the same SQL at both sizes (a page's queries are fixed); 'not more' —
 * no more at N than at N/10 (the review queue: Payload leaves out the count query of a list that
 * fits on one page, so its number follows how full the lists are, never the size of the site).
 */
type Measured = {
  name: string
  timing: Timing
  sql?: number
  sqlGoal?: 'constant' | 'not more'
  note?: string
}
type SizeResult = {
  counts: ScaleCounts
  generateSeconds: number
  databaseBytes: number
  measured: Measured[]
  sitemap: { bytes: number; urls: number; files: number }
  widelyCited: {
    citedBy: number
    approveMs: number
    sample: Timing
    sampleProxy: Timing
    fresh: number
    freshProxy: number
    sweepSeconds: number
  }
}

const timing = (values: number[]): Timing => ({
  p50: quantile(values, 0.5),
  p95: quantile(values, 0.95),
  n: values.length,
})

function sample<T>(list: readonly T[], n: number): T[] {
  const step = Math.max(1, Math.floor(list.length / n))
  return list.filter((_, i) => i % step === 0).slice(0, n)
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await fn()
  return performance.now() - started
}

async function fetchText(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  const res = await fetch(url, { headers })
  return { status: res.status, body: await res.text() }
}

/** Milliseconds of the first (uncached) request of each path. */
async function firstRenders(base: string, paths: string[]): Promise<number[]> {
  const times: number[] = []
  for (const path of paths) {
    let status = 0
    times.push(await timed(async () => (status = (await fetchText(`${base}${path}`)).status)))
    if (status !== 200) throw new Error(`${path} answered ${status}`)
  }
  return times
}

/** SQL of the data a page needs, counted with the page's own query function. */
async function sqlCounts(site: ScaleSite): Promise<Record<string, number[]>> {
  const [{ getPayload }, { default: config }, { countQueries }, q, { reviewQueue }] =
    await Promise.all([
      import('payload'),
      import('@payload-config'),
      import('../lib/db/countQueries'),
      import('./bench/pageQueries'),
      import('../lib/workflow/queue'),
    ])
  const payload = await getPayload({ config })
  const count = async (fn: () => Promise<unknown>) => (await countQueries(payload, fn)).count
  const out: Record<string, number[]> = {
    article: [],
    treatment: [],
    component: [],
    home: [],
    references: [],
    'review queue': [],
  }
  for (const slug of sample(site.articleSlugs, 3))
    out.article!.push(await count(() => q.findArticlePage(payload, slug, q.VISITOR)))
  for (const slug of sample(site.treatmentSlugs, 3))
    out.treatment!.push(await count(() => q.findTreatmentPage(payload, slug, q.VISITOR)))
  for (const slug of sample(site.componentSlugs, 3))
    out.component!.push(await count(() => q.findComponentPage(payload, slug, q.VISITOR)))
  out.home!.push(await count(() => q.findHomePage(payload, q.VISITOR)))
  out.references!.push(await count(() => q.findReferencesPage(payload, q.VISITOR)))
  out['review queue']!.push(await count(() => reviewQueue(payload)))
  return out
}

async function reviewQueueTimes(): Promise<number[]> {
  const [{ getPayload }, { default: config }, { reviewQueue }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
    import('../lib/workflow/queue'),
  ])
  const payload = await getPayload({ config })
  const times: number[] = []
  for (let i = 0; i < 5; i++) times.push(await timed(() => reviewQueue(payload)))
  return times
}

async function measureOneSize(articles: number): Promise<SizeResult> {
  const counts = countsFor(articles)
  const db = await createSeededDatabase(`scale${articles}`)
  const build = copyBuild(`scale${articles}`)
  const stops: (() => Promise<void> | void)[] = [db.drop, build.remove]
  try {
    const pool = new pg.Pool({ connectionString: db.url, max: 2 })
    const site = await generateScaleSite(pool, counts)
    const { rows } = await pool.query('SELECT pg_database_size(current_database()) AS bytes')
    await pool.end()
    // For the page queries counted in this process (they only read).
    Object.assign(process.env, { DATABASE_URL: db.url, PAYLOAD_SECRET: db.secret })
    const sql = await sqlCounts(site)

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

    const measured: Measured[] = []
    const widely = (slug: string) => site.articleSlugs.indexOf(slug) < site.widelyCited.citedBy
    // Articles that do not cite the widely cited reference: those are kept for the publish test.
    const articlePaths = sample(
      site.articleSlugs.filter((s) => !widely(s)),
      40,
    ).map((s) => `/articles/${s}`)
    measured.push({
      name: 'article',
      timing: timing(await firstRenders(app.url, articlePaths)),
      sql: Math.max(...sql.article!),
    })
    measured.push({
      name: 'treatment',
      timing: timing(
        await firstRenders(
          app.url,
          sample(site.treatmentSlugs, 20).map((s) => `/treatments/${s}`),
        ),
      ),
      sql: Math.max(...sql.treatment!),
    })
    measured.push({
      name: 'component',
      timing: timing(
        await firstRenders(
          app.url,
          sample(site.componentSlugs, 20).map((s) => `/components/${s}`),
        ),
      ),
      sql: Math.max(...sql.component!),
    })
    measured.push({
      name: 'home',
      timing: timing(await firstRenders(app.url, ['/'])),
      sql: sql.home![0],
    })
    measured.push({
      name: 'reference library, page 1',
      timing: timing(await firstRenders(app.url, ['/references'])),
      sql: sql.references![0],
    })
    const sitemapTime = await timed(() => fetchText(`${app.url}/sitemap.xml`))
    const sitemap = await fetchText(`${app.url}/sitemap.xml`)
    measured.push({
      name: 'sitemap.xml',
      timing: timing([sitemapTime]),
      note: kb(sitemap.body.length),
    })

    const token = await loginAs(app.url, demoAccounts.admin)
    const auth = { Authorization: `JWT ${token}` }
    for (const collection of ['articles', 'references']) {
      for (const page of [1, 50]) {
        const times: number[] = []
        for (let i = 0; i < 5; i++) {
          times.push(
            await timed(() =>
              fetchText(
                `${app.url}/api/${collection}?depth=0&draft=true&limit=10&page=${page}&sort=-updatedAt`,
                auth,
              ),
            ),
          )
        }
        measured.push({ name: `admin list: ${collection}, page ${page}`, timing: timing(times) })
      }
    }
    measured.push({
      name: 'review queue (dashboard)',
      timing: timing(await reviewQueueTimes()),
      sql: sql['review queue']![0],
      sqlGoal: 'not more',
    })

    // Publishing the reference that half of the articles cite.
    const citing = site.articleSlugs.filter(widely).map((s) => `/articles/${s}`)
    for (const path of citing) await fetchText(`${app.url}${path}`)
    for (const path of citing) await fetchText(`${proxy.url}${path}`)
    // The event that changes every citing page: the reference's bibliographic data is corrected
    // and confirmed (the admin verifies against PubMed; the reviewer approves). Until then the
    // pages show only its identifier (an unverified title is never public), afterwards its title.
    const reference = await findPublished(app.url, 'references', site.widelyCited.slug)
    const newTitle = `${reference.title as string}（改訂 ${Date.now()}）`
    const { approveMs } = await publishChange(
      app.url,
      'references',
      reference.id,
      {
        title: newTitle,
        verificationStatus: 'verified',
        verificationSource: 'pubmed',
        verificationNote: 'ベンチマーク：PubMed の書誌情報と照合',
      },
      demoAccounts.admin,
    )
    const published = performance.now()
    const until = async (base: string, path: string) => {
      for (;;) {
        const res = await fetchText(`${base}${path}`)
        if (res.body.includes(newTitle)) return performance.now() - published
        if (performance.now() - published > 60_000)
          throw new Error(`${base}${path} still old after 60 s (${res.status})`)
        await new Promise((r) => setTimeout(r, 20))
      }
    }
    const probe = sample(citing, 10)
    const [direct, viaProxy] = await Promise.all([
      Promise.all(probe.map((p) => until(app.url, p))),
      Promise.all(probe.map((p) => until(proxy.url, p))),
    ])
    const sweepStarted = performance.now()
    let fresh = 0
    let freshProxy = 0
    for (const path of citing) {
      if ((await fetchText(`${proxy.url}${path}`)).body.includes(newTitle)) freshProxy++
      if ((await fetchText(`${app.url}${path}`)).body.includes(newTitle)) fresh++
    }
    return {
      counts,
      generateSeconds: site.seconds,
      databaseBytes: Number(rows[0].bytes),
      measured,
      sitemap: {
        bytes: sitemap.body.length,
        urls: sitemap.body.includes('<sitemapindex')
          ? NaN
          : (sitemap.body.match(/<loc>/g) ?? []).length,
        files: sitemap.body.includes('<sitemapindex')
          ? (sitemap.body.match(/<sitemap>/g) ?? []).length
          : 1,
      },
      widelyCited: {
        citedBy: citing.length,
        approveMs,
        sample: timing(direct),
        sampleProxy: timing(viaProxy),
        fresh,
        freshProxy,
        sweepSeconds: (performance.now() - sweepStarted) / 1000,
      },
    }
  } finally {
    for (const stop of stops.reverse()) await stop()
  }
}

function report(small: SizeResult, large: SizeResult): boolean {
  const describe = (r: SizeResult) =>
    `${r.counts.articles} articles, ${r.counts.treatments} treatments, ${r.counts.components} components, ${r.counts.references} references`
  for (const r of [small, large]) {
    console.log(
      `\n${describe(r)}: generated in ${r.generateSeconds.toFixed(1)} s, database ${(r.databaseBytes / 1024 ** 2).toFixed(0)} MB, sitemap ${r.sitemap.files > 1 ? `an index of ${r.sitemap.files} files` : `${r.sitemap.urls} URLs`} (${kb(r.sitemap.bytes)})`,
    )
  }
  const rows: (string | number)[][] = [
    [
      '',
      `p50 @${small.counts.articles}`,
      `p95 @${small.counts.articles}`,
      `p50 @${large.counts.articles}`,
      `p95 @${large.counts.articles}`,
      'SQL',
      'note',
    ],
  ]
  for (const m of large.measured) {
    const s = small.measured.find((x) => x.name === m.name)!
    rows.push([
      m.name,
      ms(s.timing.p50),
      ms(s.timing.p95),
      ms(m.timing.p50),
      ms(m.timing.p95),
      m.sql === undefined ? '' : `${s.sql} → ${m.sql}`,
      m.note ?? '',
    ])
  }
  console.log(
    '\nUncached renders (first request of each page, sequential), admin lists and the review queue',
  )
  console.log(table(rows))
  console.log(
    '\nPublishing the widely cited reference (edit + submit + approve over REST; timed from the approval)',
  )
  console.log(
    table([
      [
        '',
        'cited by',
        'approve',
        'visible p50 / max, directly',
        'through the proxy',
        'pages showing it (directly / proxy)',
        'sweep',
      ],
      ...[small, large].map((r) => [
        `@${r.counts.articles}`,
        r.widelyCited.citedBy,
        ms(r.widelyCited.approveMs),
        `${ms(r.widelyCited.sample.p50)} / ${ms(r.widelyCited.sample.p95)}`,
        `${ms(r.widelyCited.sampleProxy.p50)} / ${ms(r.widelyCited.sampleProxy.p95)}`,
        `${r.widelyCited.fresh}/${r.widelyCited.citedBy} / ${r.widelyCited.freshProxy}/${r.widelyCited.citedBy}`,
        `${r.widelyCited.sweepSeconds.toFixed(1)} s`,
      ]),
    ]),
  )

  const goals = new Goals()
  const article = large.measured.find((m) => m.name === 'article')!
  goals.check(
    `uncached article p95 @${large.counts.articles}`,
    ms(article.timing.p95),
    '< 150 ms',
    article.timing.p95 < 150,
  )
  for (const m of large.measured) {
    const s = small.measured.find((x) => x.name === m.name)!
    if (m.sql !== undefined && m.sqlGoal === 'not more')
      goals.check(`SQL: ${m.name}`, `${s.sql} → ${m.sql}`, 'not more', m.sql <= s.sql!)
    else if (m.sql !== undefined)
      goals.check(`SQL per render: ${m.name}`, `${s.sql} → ${m.sql}`, 'constant', m.sql === s.sql)
    // Linear growth would be ×10; flat allows noise: at most twice the small site's, +20 ms.
    if (m.name !== 'sitemap.xml')
      goals.check(
        `flat: ${m.name} p95`,
        `${ms(s.timing.p95)} → ${ms(m.timing.p95)}`,
        '≤ 2× + 20 ms',
        m.timing.p95 <= 2 * s.timing.p95 + 20,
      )
  }
  const w = large.widelyCited
  goals.check(
    `reference cited by ${w.citedBy} articles: visible on every page`,
    `${w.fresh + w.freshProxy}/${2 * w.citedBy}`,
    'all',
    w.fresh === w.citedBy && w.freshProxy === w.citedBy,
  )
  goals.check(
    `reference cited by ${w.citedBy} articles: revalidated (slowest sampled page)`,
    ms(Math.max(w.sample.p95, w.sampleProxy.p95)),
    '< 5000 ms',
    Math.max(w.sample.p95, w.sampleProxy.p95) < 5000,
  )
  return goals.print()
}

async function main(): Promise<boolean> {
  const one = process.argv.indexOf('--one')
  if (one > 0) {
    const result = await measureOneSize(Number(process.argv[one + 1]))
    console.log(RESULT_MARK + JSON.stringify(result))
    return true
  }
  if (process.env.BENCH_SKIP_BUILD !== '1' || !existsSync('.next/standalone/server.js')) {
    const res = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' })
    if (res.status !== 0) throw new Error('npm run build failed')
  }
  console.log(
    `Hikaku scale benchmark — ${new Date().toISOString()}, ${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  )
  const results: SizeResult[] = []
  // Each size in its own process: Payload keeps one database per process.
  for (const articles of [Math.round(ARTICLES / 10), ARTICLES]) {
    const res = spawnSync(
      process.execPath,
      [...process.execArgv, process.argv[1]!, '--one', String(articles)],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 ** 2 },
    )
    const line = res.stdout.split('\n').find((l) => l.startsWith(RESULT_MARK))
    if (res.status !== 0 || !line)
      throw new Error(
        `measuring ${articles} articles failed (${res.status})\n${res.stdout.slice(-4000)}`,
      )
    results.push(JSON.parse(line.slice(RESULT_MARK.length)) as SizeResult)
  }
  return report(results[0]!, results[1]!)
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (err) => {
    console.error(err)
    process.exit(1)
  },
)
