/**
 * Types of the medical-advertising compliance checker (医療広告ガイドライン).
 * Plain data, no Payload imports: the checker runs in hooks, tests and scripts alike.
 */

/** 'error' blocks submission for review; 'warning' must be acknowledged by the reviewer. */
export type Severity = 'error' | 'warning'

export type Category =
  | 'false-claims' // 虚偽広告
  | 'superiority' // 比較優良広告
  | 'exaggeration' // 誇大広告
  | 'safety-claims' // 安全性・承認を偽る表現
  | 'price-led' // 費用を強調した広告（品位を損ねる広告）
  | 'testimonials' // 体験談・術前術後写真
  | 'disclosure' // 限定解除の要件
  | 'evidence' // 根拠（出典）のない効果の表現

export type CheckedCollection = 'articles' | 'treatments' | 'components'

/** A piece of matched text; offsets are UTF-16 indexes into the field's extracted plain text. */
export interface Span {
  text: string
  start: number
  end: number
}

export interface Finding {
  ruleId: string
  category: Category
  severity: Severity
  /** Field path, e.g. 'summary', 'safety.risks', 'body', 'clinicalApplications.0.finding'. */
  path: string
  /** The offending text; null when the finding is about something missing (限定解除). */
  span: Span | null
  /** Japanese: why it is a problem and what to write instead. */
  message: string
  /** The guideline section the rule rests on. */
  guideline: string
  /** For disclosure findings: the treatment that lacks the item. */
  treatment?: { id?: string | number; name?: string }
}

/**
 * A text pattern. Strings are normalised exactly like the checked text (NFKC, lower case,
 * katakana → hiragana, spaces and light punctuation . ・ / - _ removed), so write them
 * naturally: 'No.1' also finds 'ＮＯ．１' and 'No 1'.
 * RegExps run against that normalised text too: their katakana is folded to hiragana
 * automatically, but write ASCII in lower case and put no spaces, dots, ・, / or - literals in them.
 */
export type Pattern = string | RegExp

/** Named facts a rule can depend on; evaluated in conditions.ts. */
export type ConditionName =
  /** the treatment (or any compared treatment) is unapproved in Japan */
  | 'unapproved-treatment'
  /** the document does not carry treatment content, price and risks next to the text */
  | 'treatment-details-missing'
  /** the same field (the same paragraph, in rich text) also mentions a discount */
  | 'discount-nearby'
  /** the text has no citation supporting it */
  | 'uncited'
  /** every citation supporting the text is a commercial / clinic web page */
  | 'commercial-only-support'

export interface RuleExamples {
  /** Realistic sentences the rule must flag. */
  flagged: string[]
  /** Realistic sentences the rule must leave alone. */
  allowed: string[]
}

interface RuleBase {
  id: string
  category: Category
  severity: Severity
  /** Short Japanese name of the rule, for lists and docs. */
  title: string
  /** Japanese message: why, and what to write instead. */
  message: string
  guideline: string
  examples: RuleExamples
}

/** A rule that forbids wording. */
export interface PhraseRule extends RuleBase {
  kind: 'phrase'
  patterns: Pattern[]
  /** A match is ignored when the text right before / after it matches one of these. */
  unless?: { before?: Pattern[]; after?: Pattern[] }
  /** Field paths (or path prefixes; '*' = any array index) this rule never checks. */
  skipPaths?: string[]
  /** Kinds of text this rule never checks (e.g. 'heading' for the evidence rules). */
  skipKinds?: Array<'field' | 'paragraph' | 'heading' | 'quote' | 'listitem' | 'block'>
  /** Only report when this fact holds. */
  onlyWhen?: ConditionName
  /** Report at most one finding per sentence (for broad vocabularies). */
  oncePer?: 'sentence'
}

/**
 * A rule that requires an item to be present (広告可能事項の限定解除).
 * Its examples are values an editor might type into `fields`: flagged ones do not count
 * as filled (empty, placeholders, text in a number field), allowed ones do.
 */
export interface RequirementRule extends RuleBase {
  kind: 'requirement'
  /** Which treatments need the item. */
  appliesTo: 'self-pay' | 'unapproved'
  /** Where the item lives: on the treatment, or in the site settings' contact group. */
  subject: 'treatment' | 'site'
  /** Japanese name of the missing item, used in the message. */
  item: string
  /** Dotted paths; the item counts as present when any of them is filled. */
  fields: string[]
  /** 'number' fields count as filled only with a positive number. */
  valueType: 'text' | 'number'
}

export type Rule = PhraseRule | RequirementRule

export interface SiteContact {
  phone?: string | null
  email?: string | null
  url?: string | null
  address?: string | null
}

export interface CheckInput {
  collection: CheckedCollection
  doc: Record<string, unknown>
  /** For articles: the compared treatments (plain objects in the treatments shape). */
  treatments?: object[]
  /** Resolved references, so each citation's kind / evidenceLevel is known. */
  references?: object[]
  siteContact?: SiteContact | null
}
