import { ValidationError, type Payload } from 'payload'

import {
  identifierLabel,
  LOOKUP_ORDER,
  LookupError,
  lookupReference,
  planRefresh,
  type FieldChange,
  type LookupConfig,
  type LookupIdentifier,
} from '@/lib/references'
import type { Reference } from '@/payload-types'

export type RefreshOutcome = {
  id: number
  label: string
  /** updated: written as a draft · unchanged · conflict: verified, differences only reported · failed · skipped: no DOI/PMID/PMCID */
  outcome: 'updated' | 'unchanged' | 'conflict' | 'failed' | 'skipped'
  identifier?: string
  changes: FieldChange[]
  reason?: string
}

/**
 * The identifier a refresh asks about, in the order the admin button uses (LOOKUP_ORDER):
 * the PMID, else the PMCID, else the DOI — so that the same reference is always read from
 * the same database and two runs agree.
 */
function identifierOf(ref: Pick<Reference, 'doi' | 'pmid' | 'pmcid'>): LookupIdentifier | null {
  const kind = LOOKUP_ORDER.find((k) => ref[k])
  return kind ? { kind, value: ref[kind]! } : null
}

/**
 * `npm run references:refresh`: looks every reference with a DOI, PMID or PMCID up again and
 * applies lib/references/refresh.ts's policy to its latest version. Unverified references
 * get the differing fields written as a draft (visitors keep the approved version until a
 * reviewer approves the change); verified ones are never written — a difference is a
 * `conflict` for a person to look at. One reference at a time, `delayMs` apart, to stay
 * inside the databases' rate limits.
 */
export async function refreshReferences(
  payload: Payload,
  config: LookupConfig,
  options: { dryRun?: boolean; ids?: number[]; delayMs?: number } = {},
): Promise<RefreshOutcome[]> {
  const { docs } = await payload.find({
    collection: 'references',
    where: options.ids?.length ? { id: { in: options.ids } } : undefined,
    draft: true,
    depth: 0,
    pagination: false,
    sort: 'id',
    overrideAccess: true,
  })
  const outcomes: RefreshOutcome[] = []
  for (const [index, ref] of (docs as Reference[]).entries()) {
    const base = {
      id: ref.id,
      label: ref.citationLabel || identifierLabel(ref),
      changes: [] as FieldChange[],
    }
    const id = identifierOf(ref)
    if (!id) {
      outcomes.push({
        ...base,
        outcome: 'skipped',
        reason: 'DOI・PMID・PMCID がないため照会できません（no identifier to look up）',
      })
      continue
    }
    if (index > 0 && options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs))
    const identifier = `${id.kind}:${id.value}`
    try {
      const { record } = await lookupReference(id, config)
      const plan = planRefresh(ref, record, ref.verificationStatus === 'verified')
      if (plan.outcome === 'unchanged') {
        outcomes.push({ ...base, identifier, outcome: 'unchanged' })
      } else if (plan.outcome === 'conflict') {
        outcomes.push({
          ...base,
          identifier,
          outcome: 'conflict',
          changes: plan.changes,
          reason:
            '確認済みの書誌情報と取得結果が異なります。自動では上書きしません。医師が出典を確認してください（verified: not overwritten）',
        })
      } else {
        if (!options.dryRun) {
          await payload.update({
            collection: 'references',
            id: ref.id,
            draft: true,
            overrideAccess: true,
            data: Object.fromEntries(
              plan.changes.map((c) => [c.field, c.to]),
            ) as Partial<Reference>,
            context: { disableRevalidate: true },
          })
        }
        outcomes.push({ ...base, identifier, outcome: 'updated', changes: plan.changes })
      }
    } catch (err) {
      const reason =
        err instanceof LookupError
          ? err.message
          : err instanceof ValidationError
            ? err.data.errors.map((e) => `${e.path}: ${e.message}`).join('; ')
            : (err as Error).message
      outcomes.push({ ...base, identifier, outcome: 'failed', reason })
    }
  }
  return outcomes
}

const OUTCOME_LABELS: Record<RefreshOutcome['outcome'], string> = {
  updated: '更新（下書き）',
  unchanged: '変更なし',
  conflict: '要確認',
  failed: '失敗',
  skipped: '対象外',
}

/** The report `npm run references:refresh` prints: one line per reference, then the totals. */
export function formatRefreshReport(outcomes: RefreshOutcome[], dryRun = false): string {
  const lines = outcomes.map((o) => {
    const head = `${o.outcome.padEnd(9)} ${OUTCOME_LABELS[o.outcome]}  #${o.id} ${o.label}${o.identifier ? ` (${o.identifier})` : ''}`
    const changes = o.changes.map((c) => `    ${c.field}: ${c.from ?? '（空）'} → ${c.to}`)
    return [head, ...changes, ...(o.reason ? [`    ${o.reason}`] : [])].join('\n')
  })
  const count = (k: RefreshOutcome['outcome']) => outcomes.filter((o) => o.outcome === k).length
  lines.push(
    `${dryRun ? '[dry run: nothing written] ' : ''}${outcomes.length} references: ${count('updated')} updated, ${count('unchanged')} unchanged, ${count('conflict')} conflict, ${count('failed')} failed, ${count('skipped')} skipped`,
  )
  return lines.join('\n')
}
