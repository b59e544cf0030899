import { BIBLIOGRAPHIC_FIELDS, type BibliographicField, type BibliographicRecord } from './types'

export type FieldChange = {
  field: BibliographicField
  from: string | number | null
  to: string | number
}

/**
 * What `npm run references:refresh` does with one reference, given what the database says:
 *
 *  - `unchanged`: every field the source gives already has that value;
 *  - `update`:    the reference is unverified: the differing fields are overwritten (as a draft
 *                 that needs review like any other edit);
 *  - `conflict`:  the reference was verified by a physician or admin: nothing is written, the
 *                 differences are reported for a person to decide. A verified field is never
 *                 overwritten by a machine.
 *
 * A field the source does not give is left as it is; so is the kind of a non-article
 * reference (a guideline keeps being a guideline).
 */
export type RefreshPlan =
  { outcome: 'unchanged'; changes: [] } | { outcome: 'update' | 'conflict'; changes: FieldChange[] }

type Stored = Partial<Record<BibliographicField, unknown>>

const same = (field: BibliographicField, a: unknown, b: unknown) =>
  normalise(field, a) === normalise(field, b)

function normalise(field: BibliographicField, value: unknown): string {
  if (value === null || value === undefined) return ''
  const text = String(value).trim().replace(/\s+/g, ' ')
  return field === 'doi' ? text.toLowerCase() : text
}

export function planRefresh(
  stored: Stored,
  fetched: BibliographicRecord,
  verified: boolean,
): RefreshPlan {
  const changes: FieldChange[] = []
  for (const field of BIBLIOGRAPHIC_FIELDS) {
    const to = fetched[field]
    if (to === undefined || to === '') continue
    if (
      field === 'kind' &&
      stored.kind &&
      stored.kind !== 'journal-article' &&
      stored.kind !== 'review'
    )
      continue
    if (same(field, stored[field], to)) continue
    const from = stored[field]
    changes.push({
      field,
      from: typeof from === 'string' || typeof from === 'number' ? from : null,
      to,
    })
  }
  if (!changes.length) return { outcome: 'unchanged', changes: [] }
  return { outcome: verified ? 'conflict' : 'update', changes }
}
