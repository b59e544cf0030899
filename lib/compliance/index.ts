/**
 * 医療広告ガイドライン compliance checker — plain functions, no Payload imports.
 *
 *   await checkDocument({ collection, doc, treatments?, references?, siteContact? }) → Finding[]
 *   summarize(findings) → { errors, warnings }
 *
 * Text is read with a Japanese morphological analyser (analyzer.ts, kuromoji): rules match
 * words by their dictionary form and reading, and grammar decides what is denied, asked or
 * hedged (grammar.ts). Rules are data, one file per family in ./rules/; claims that need the
 * document's references and treatments are checked in ./claims.ts.
 */
export { checkDocument, summarize, canSubmit } from './check'
export { loadAnalyzer } from './analyzer'
export { rules, phraseRules, requirementRules } from './rules'
export { extractSegments, fieldText, lexicalBlocks, type Segment } from './extract'
export { normalize, widthNormalize, fold } from './normalize'
export type {
  Category,
  CheckInput,
  CheckedCollection,
  Finding,
  Pattern,
  PhraseRule,
  RequirementRule,
  Rule,
  Severity,
  SiteContact,
  Span,
} from './types'
