/**
 * `npm run search:eval`: loads the demo content into a throw-away database (its search index
 * is filled by the search plugin as the seed publishes), runs the labelled queries of
 * lib/search/evaluation/queries.ts with both matching strategies and prints precision@5,
 * recall and MRR for each; `-- --misses` lists the queries a strategy did not answer perfectly.
 * The site uses SEARCH_STRATEGY (lib/search/query.ts): the better of the two here.
 */
import type { Payload } from 'payload'

import { createSeededDatabase } from '../lib/serving/servers'

const pct = (n: number) => `${(100 * n).toFixed(1).padStart(5)}%`

async function main(): Promise<void> {
  const db = await createSeededDatabase('searcheval')
  let payload: Payload | undefined
  try {
    Object.assign(process.env, { DATABASE_URL: db.url, PAYLOAD_SECRET: db.secret })
    const [{ getPayload }, { default: config }, { evaluateSearch }, { SEARCH_STRATEGY }] =
      await Promise.all([
        import('payload'),
        import('@payload-config'),
        import('../lib/search/evaluation/run'),
        import('../lib/search'),
      ])
    payload = await getPayload({ config })
    const results = await evaluateSearch(payload)
    console.log(
      `Hikaku site search — ${results[0]!.score.queries} labelled queries on the demo content\n`,
    )
    console.log('strategy   precision@5  recall     MRR')
    for (const r of results) {
      const mark = r.strategy === SEARCH_STRATEGY ? '  ← used by /search' : ''
      console.log(
        `${r.strategy.padEnd(9)}  ${pct(r.score.precisionAt5)}       ${pct(r.score.recall)}    ${r.score.reciprocalRank.toFixed(3)}${mark}`,
      )
    }
    if (process.argv.includes('--misses')) {
      for (const r of results) {
        console.log(`\n${r.strategy}:`)
        for (const c of r.cases) {
          if (c.score.precisionAt5 === 1 && c.score.reciprocalRank === 1) continue
          console.log(
            `  ${c.query}  P@5 ${c.score.precisionAt5.toFixed(2)} MRR ${c.score.reciprocalRank.toFixed(2)}`,
          )
          console.log(
            `    expected ${c.expected.join(', ')}\n    got      ${c.results.slice(0, 6).join(', ') || '(nothing)'}`,
          )
        }
      }
    }
  } finally {
    if (payload) {
      const { closePayload } = await import('../lib/db/closePayload')
      await closePayload(payload)
    }
    await db.drop()
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err)
    process.exit(1)
  },
)
