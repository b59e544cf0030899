/**
 * 医療広告ガイドライン compliance checker — plain functions, no Payload imports.
 *
 *   checkDocument({ collection, doc, treatments?, references?, siteContact? }) → Finding[]
 *   summarize(findings) → { errors, warnings }
 *
 * Rules are data, one file per category in ./rules/. How text is read from each collection
 * (and which references count as a sentence's citation) is in ./extract.ts.
 */
export { checkDocument, summarize, canSubmit } from './check'
export { rules, phraseRules, requirementRules } from './rules'
export { extractSegments, fieldText, lexicalBlocks, type Segment } from './extract'
export { normalize, fold } from './normalize'
export type {
  Category,
  CheckInput,
  CheckedCollection,
  Finding,
  Pattern,
  PhraseRule,
  RequirementRule,
  Rule,
  RuleExamples,
  Severity,
  SiteContact,
  Span,
} from './types'
