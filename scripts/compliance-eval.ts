/**
 * `npm run compliance:eval`: runs the checker over the labelled corpus (lib/compliance/corpus)
 * and prints, per category and overall, precision and recall, and the false-alarm rate on the
 * sentences that must pass. The held-out set (corpus/heldout.ts, written apart from the rules)
 * is reported separately, so its figures keep measuring how the checker generalises.
 * `--misses` also lists every sentence whose findings differ from its label.
 *
 *   recall (category)     must-flag sentences of the category that got a finding of it
 *   precision (category)  sentences given a finding of the category that were labelled with it
 *   false alarms          must-pass sentences that got any finding (error or warning)
 */
import type { Category } from '@/lib/compliance'
import { loadAnalyzer } from '@/lib/compliance'

import { corpus, type CorpusCase } from '../lib/compliance/corpus'
import { runCase, type CaseResult } from '../lib/compliance/corpus/context'
import {
  heldout,
  heldoutFourthAllowed,
  heldoutFourthFlagged,
  heldoutThirdAllowed,
  heldoutThirdFlagged,
} from '../lib/compliance/corpus/heldout'
import { heldoutEighthAllowed, heldoutEighthFlagged } from '../lib/compliance/corpus/heldout-eighth'
import { heldoutFifthAllowed, heldoutFifthFlagged } from '../lib/compliance/corpus/heldout-fifth'
import {
  heldoutSeventhAllowed,
  heldoutSeventhFlagged,
} from '../lib/compliance/corpus/heldout-seventh'
import { heldoutSixthAllowed, heldoutSixthFlagged } from '../lib/compliance/corpus/heldout-sixth'

/** The held-out batches after the first two, each also reported on its own. */
const LATER_BATCHES: [string, CorpusCase[]][] = [
  ['held-out batch 3 (heldoutThird*)', [...heldoutThirdFlagged, ...heldoutThirdAllowed]],
  ['held-out batch 4 (heldoutFourth*)', [...heldoutFourthFlagged, ...heldoutFourthAllowed]],
  ['held-out batch 5 (heldout-fifth.ts)', [...heldoutFifthFlagged, ...heldoutFifthAllowed]],
  ['held-out batch 6 (heldout-sixth.ts)', [...heldoutSixthFlagged, ...heldoutSixthAllowed]],
  ['held-out batch 7 (heldout-seventh.ts)', [...heldoutSeventhFlagged, ...heldoutSeventhAllowed]],
  ['held-out batch 8 (heldout-eighth.ts)', [...heldoutEighthFlagged, ...heldoutEighthAllowed]],
]

const categoryOf = (label: string) => label.split(':')[0] as Category
const pct = (n: number, d: number) =>
  d === 0 ? '     -' : `${((100 * n) / d).toFixed(1).padStart(5)}%`

function report(title: string, results: CaseResult[], misses: boolean): string[] {
  const stats = new Map<
    Category,
    { expected: number; reported: number; hit: number; severityWrong: number }
  >()
  const stat = (c: Category) => {
    if (!stats.has(c)) stats.set(c, { expected: 0, reported: 0, hit: 0, severityWrong: 0 })
    return stats.get(c)!
  }
  for (const r of results) {
    const expected = new Set(r.expected.map(categoryOf))
    const got = new Set(r.got.map(categoryOf))
    for (const c of expected) stat(c).expected++
    for (const c of got) stat(c).reported++
    for (const c of expected) {
      if (!got.has(c)) continue
      stat(c).hit++
      if (!r.got.includes(r.expected.find((l) => categoryOf(l) === c)!)) stat(c).severityWrong++
    }
  }

  const mustFlag = results.filter((r) => r.expected.length > 0)
  const mustPass = results.filter((r) => r.expected.length === 0)
  const caught = mustFlag.filter((r) => r.expected.every((l) => r.got.includes(l)))
  const caughtAnyError = mustFlag.filter(
    (r) =>
      r.got.some((l) => l.endsWith(':error')) ||
      (r.expected.every((l) => l.endsWith(':warning')) && r.got.length > 0),
  )
  const falseAlarms = mustPass.filter((r) => r.got.length > 0)
  const exact = results.filter((r) => r.ok)
  const reportedLabels = results.reduce((n, r) => n + r.got.length, 0)
  const correctLabels = results.reduce(
    (n, r) => n + r.got.filter((l) => r.expected.includes(l)).length,
    0,
  )

  const lines: string[] = []
  lines.push(
    `${title} (${results.length} sentences: ${mustFlag.length} must-flag, ${mustPass.length} must-pass)`,
  )
  lines.push('')
  lines.push(
    `${'category'.padEnd(22)} ${'labelled'.padStart(8)} ${'reported'.padStart(8)} ${'recall'.padStart(7)} ${'precision'.padStart(9)}  severity wrong`,
  )
  for (const [c, s] of [...stats.entries()].sort((a, b) => b[1].expected - a[1].expected)) {
    lines.push(
      `${c.padEnd(22)} ${String(s.expected).padStart(8)} ${String(s.reported).padStart(8)} ${pct(s.hit, s.expected).padStart(7)} ${pct(s.hit, s.reported).padStart(9)}  ${s.severityWrong}`,
    )
  }
  lines.push('')
  lines.push(
    `overall recall        ${pct(caught.length, mustFlag.length)}  (${caught.length}/${mustFlag.length} must-flag sentences got every expected category and severity)`,
  )
  lines.push(
    `flagged at all        ${pct(caughtAnyError.length, mustFlag.length)}  (${caughtAnyError.length}/${mustFlag.length} must-flag sentences got an error, or the expected warning, of any category)`,
  )
  lines.push(
    `overall precision     ${pct(correctLabels, reportedLabels)}  (${correctLabels}/${reportedLabels} reported category:severity labels were expected)`,
  )
  lines.push(
    `false alarms          ${pct(falseAlarms.length, mustPass.length)}  (${falseAlarms.length}/${mustPass.length} must-pass sentences got a finding)`,
  )
  lines.push(
    `exact label match     ${pct(exact.length, results.length)}  (${exact.length}/${results.length})`,
  )
  if (misses) {
    const differing = results.filter((r) => !r.ok)
    lines.push('', `sentences whose findings differ from their label: ${differing.length}`)
    for (const r of differing)
      lines.push(
        `  「${r.item.text}」 expected [${r.expected.join(', ')}] got [${r.got.join(', ')}]`,
      )
  }
  return lines
}

async function main(): Promise<number> {
  const started = performance.now()
  await loadAnalyzer()
  const loaded = performance.now()
  const results: CaseResult[] = []
  for (const item of corpus) results.push(await runCase(item))
  const held: CaseResult[] = []
  for (const item of heldout) held.push(await runCase(item))
  const checked = performance.now()

  const misses = process.argv.includes('--misses')
  const later = LATER_BATCHES.map(([title, cases]) => [title, new Set(cases)] as const)
  const lines = [
    ...report('医療広告ガイドライン checker — corpus evaluation', results, misses),
    '',
    ...report(
      'held-out set (lib/compliance/corpus/heldout.ts, written apart from the rules)',
      held,
      misses,
    ),
    '',
    ...report(
      'held-out batches 1–2',
      held.filter((r) => !later.some(([, batch]) => batch.has(r.item))),
      false,
    ),
    ...later.flatMap(([title, batch]) => [
      '',
      ...report(
        title,
        held.filter((r) => batch.has(r.item)),
        false,
      ),
    ]),
    '',
    `time                  dictionary ${(loaded - started).toFixed(0)} ms, ${results.length + held.length} checks ${(checked - loaded).toFixed(0)} ms`,
  ]
  console.log(lines.join('\n'))
  return 0
}

process.exit(await main())
