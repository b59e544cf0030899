/**
 * `npm run references:refresh`: looks every reference up again by its DOI, PMID or PMCID and
 * reports per reference updated / unchanged / conflict / failed / skipped
 * (collections/References/refresh.ts). Unverified references are updated as drafts; verified
 * ones are never overwritten. Exits 1 when a reference failed or needs a person (conflict).
 *
 *   tsx scripts/with-db.ts run scripts/references-refresh.ts [--dry-run] [--id <id>]…
 */
import { getPayload } from 'payload'

import config from '@payload-config'
import { formatRefreshReport, refreshReferences } from '@/collections/References/refresh'
import { closePayload } from '@/lib/db/closePayload'
import { env } from '@/lib/env'

function parseArgs(argv: string[]): { dryRun: boolean; ids: number[] } {
  const ids: number[] = []
  let dryRun = false
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2)
    if (flag === '--dry-run') dryRun = true
    else if (flag === '--id' && /^\d+$/.test(inline ?? argv[i + 1] ?? ''))
      ids.push(Number(inline ?? argv[++i]))
    else throw new Error(`unknown argument ${argv[i]} (use --dry-run or --id <reference id>)`)
  }
  return { dryRun, ids }
}

async function main(): Promise<number> {
  const { dryRun, ids } = parseArgs(process.argv.slice(2))
  const payload = await getPayload({ config })
  try {
    const outcomes = await refreshReferences(payload, env.referenceLookup, {
      dryRun,
      ids,
      delayMs: 400,
    })
    console.log(formatRefreshReport(outcomes, dryRun))
    return outcomes.some((o) => o.outcome === 'failed' || o.outcome === 'conflict') ? 1 : 0
  } finally {
    await closePayload(payload)
  }
}

process.exit(await main())
