import type { Finding } from '@/lib/compliance'

/**
 * Guideline warnings travel with a submission (`submittedWarnings`) and the reviewer must
 * acknowledge each one on approval, by key `<ruleId>@<path>`, or all at once.
 */
export type SubmittedWarning = {
  key: string
  ruleId: string
  path: string
  message: string
  text: string | null
}

export const warningKey = (f: Pick<Finding, 'ruleId' | 'path'>) => `${f.ruleId}@${f.path}`

export function toSubmittedWarnings(findings: Finding[]): SubmittedWarning[] {
  const byKey = new Map<string, SubmittedWarning>()
  for (const f of findings) {
    if (f.severity !== 'warning') continue
    const key = warningKey(f)
    if (!byKey.has(key))
      byKey.set(key, {
        key,
        ruleId: f.ruleId,
        path: f.path,
        message: f.message,
        text: f.span?.text ?? null,
      })
  }
  return [...byKey.values()]
}

export function readSubmittedWarnings(value: unknown): SubmittedWarning[] {
  return Array.isArray(value)
    ? (value.filter((w) => w && typeof w.key === 'string') as SubmittedWarning[])
    : []
}

export type Acknowledgement = { acknowledgeWarnings?: unknown; acknowledgeAllWarnings?: unknown }

/** The warnings the approval body leaves unacknowledged. */
export function unacknowledged(
  warnings: SubmittedWarning[],
  body: Acknowledgement,
): SubmittedWarning[] {
  if (body.acknowledgeAllWarnings === true) return []
  const acked = new Set(
    Array.isArray(body.acknowledgeWarnings) ? body.acknowledgeWarnings.map(String) : [],
  )
  return warnings.filter((w) => !acked.has(w.key))
}
