/** The facts a wording rule can require (PhraseRule.onlyWhen), evaluated per segment. */
import type { ConditionName } from './types'
import type { DocFacts } from './facts'
import type { Segment } from './extract'
import type { Normalized } from './normalize'
import { findAll } from './patterns'
import { isCommercialReference } from './facts'
import { DISCOUNT_CUES } from './rules/price-led'

export interface SegmentContext {
  facts: DocFacts
  segment: Segment
  norm: Normalized
}

function mentionsDiscount(text: string): boolean {
  return DISCOUNT_CUES.some((cue) => findAll(cue, text).length > 0)
}

export const conditions: Record<ConditionName, (ctx: SegmentContext) => boolean> = {
  'unapproved-treatment': ({ facts }) => facts.unapproved,
  'treatment-details-missing': ({ facts }) => !facts.hasTreatmentDetails,
  'discount-nearby': ({ norm }) => mentionsDiscount(norm.text),
  uncited: ({ segment }) => segment.citations.length === 0,
  // Unknown references get the benefit of the doubt: only flag when every cited reference is known to be commercial.
  'commercial-only-support': ({ segment, facts }) =>
    segment.citations.length > 0 &&
    segment.citations.every((id) => {
      const ref = facts.references.get(id)
      return ref !== undefined && isCommercialReference(ref)
    }),
}
