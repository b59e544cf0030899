/** The facts a wording rule can require (PhraseRule.onlyWhen), evaluated per sentence. */
import type { ConditionName } from './types'
import type { DocFacts } from './facts'
import type { Sentence } from './match'
import { DISCOUNT_CUES } from './rules/price-led'
import { foldKana } from './normalize'

export interface SentenceContext {
  facts: DocFacts
  sentence: Sentence
}

const DISCOUNT = DISCOUNT_CUES.map(
  (cue) => new RegExp(foldKana(typeof cue === 'string' ? cue : cue.source), 'u'),
)
const SELF_PAY_WORDS = /自由診療|自費|保険適用外|保険外/u

export const conditions: Record<ConditionName, (ctx: SentenceContext) => boolean> = {
  'unapproved-treatment': ({ facts }) => facts.unapproved,
  'not-known-approved': ({ facts }) => !facts.approved,
  // With no treatment known, an insurance claim cannot be verified either: treat it as 自由診療.
  'self-pay': ({ facts, sentence }) =>
    facts.treatments.length === 0 || facts.selfPay || SELF_PAY_WORDS.test(sentence.segment.text),
  'treatment-details-missing': ({ facts }) => !facts.hasTreatmentDetails,
  'discount-nearby': ({ sentence }) => DISCOUNT.some((re) => re.test(sentence.norm)),
}
