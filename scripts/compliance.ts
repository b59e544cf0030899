/**
 * `npm run compliance`: checks every article, treatment and component (latest versions, drafts
 * included) against the 医療広告ガイドライン rules, prints a report and exits 1 when any
 * document has errors (warnings alone exit 0).
 *
 *   tsx scripts/with-db.ts run scripts/compliance.ts [--slug <slug>]… [--collection <slug>]…
 */
import { getPayload } from 'payload'

import config from '@payload-config'
import { closePayload } from '@/lib/db/closePayload'
import { complianceReport, formatReport } from '@/lib/compliance-payload'
import { isComplianceCollection, type ComplianceCollection } from '@/lib/domain'

function parseArgs(argv: string[]): { slugs: string[]; collections: ComplianceCollection[] } {
  const slugs: string[] = []
  const collections: ComplianceCollection[] = []
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2)
    const value = inline ?? argv[++i]
    if (flag === '--slug' && value) slugs.push(value)
    else if (flag === '--collection' && isComplianceCollection(value)) collections.push(value)
    else
      throw new Error(
        `unknown argument ${argv[i]} (use --slug <slug> or --collection articles|treatments|components)`,
      )
  }
  return { slugs, collections }
}

async function main(): Promise<number> {
  const { slugs, collections } = parseArgs(process.argv.slice(2))
  const payload = await getPayload({ config })
  try {
    const report = await complianceReport(payload, {
      slugs,
      collections: collections.length ? collections : undefined,
    })
    console.log(formatReport(report))
    return report.errors > 0 ? 1 : 0
  } finally {
    await closePayload(payload)
  }
}

process.exit(await main())
