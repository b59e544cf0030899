/**
 * The labelled corpus of the 医療広告ガイドライン checker: realistic sentences of clinic copy,
 * each with the findings a compliance reviewer expects, written by hand from the guideline and
 * its 事例解説書 — independently of the rule objects in lib/compliance/rules.
 *
 * A case passes when the findings the checker reports on the sentence, as a set of
 * `category:severity`, equal `expect` exactly. `expect: []` means the sentence is acceptable
 * and must get no finding at all, not even a warning.
 */
import type { Category, Severity } from '@/lib/compliance'

export interface Expected {
  category: Category
  severity: Severity
}

/** Where a sentence sits when it is checked (see lib/compliance/corpus/context.ts). */
export interface CaseContext {
  /** The field: a treatment's summary (default), its risk section, a clinical-application row, or an article paragraph. */
  field:
    'summary' | 'safety.risks' | 'clinicalApplications' | 'body' | 'price.note' | 'duration.text'
  /** What supports the text: a peer-reviewed journal article (default), only a clinic's web page, or nothing. */
  support: 'paper' | 'clinic' | 'none'
  /** The treatment advertised: 自由診療 with an unapproved product (default), 自由診療 approved, or insurance-covered. */
  treatment: 'unapproved-self-pay' | 'approved-self-pay' | 'insurance'
  /** The page carries the treatment's content, price and risks (default true). */
  details: boolean
}

export interface CorpusCase {
  text: string
  expect: Expected[]
  context?: Partial<CaseContext>
}

/** A held-out sentence the checker reads differently from its label, and why. */
export interface KnownMiss {
  text: string
  why: string
}

export const error = (category: Category): Expected => ({ category, severity: 'error' })
export const warning = (category: Category): Expected => ({ category, severity: 'warning' })

/** Sentences that must be flagged, each with its findings. */
export function flagged(
  expect: Expected[],
  texts: string[],
  context?: Partial<CaseContext>,
): CorpusCase[] {
  return texts.map((text) => ({ text, expect, context }))
}

/** Sentences that must pass without any finding. */
export function allowed(texts: string[], context?: Partial<CaseContext>): CorpusCase[] {
  return texts.map((text) => ({ text, expect: [], context }))
}
