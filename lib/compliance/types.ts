/**
 * Types of the medical-advertising compliance checker (医療広告ガイドライン).
 * Plain data, no Payload imports: the checker runs in hooks, tests and scripts alike.
 */

/** 'error' blocks submission for review; 'warning' must be acknowledged by the reviewer. */
export type Severity = 'error' | 'warning'

export type Category =
  | 'false-claims' // 虚偽広告: 絶対, 必ず治る, 100%, 不老不死
  | 'superiority' // 比較優良広告: 日本一, No.1, 他院より, 優れた
  | 'exaggeration' // 誇大広告: 顕著な, 劇的に, 奇跡の, 不安をあおる表現
  | 'efficacy-claims' // 治療効果の断定: シミが消える, 根本的に解決, 〇歳若返る
  | 'safety-claims' // 安全性の断定（未承認医薬品等を含む）: 安全です, 副作用なし, リスクは非常に少ない
  | 'official-endorsement' // 公的な承認・推奨の誤認: 厚労省認可, FDA承認済み
  | 'insurance' // 保険適用の誤認（自由診療）
  | 'testimonials' // 患者の主観的な体験談
  | 'before-after' // 説明のない術前術後（ビフォーアフター）写真
  | 'public-order' // 公序良俗に反する表現
  | 'price-led' // 品位を損ねる広告: 費用の強調（今だけ, 半額, 初回限定）
  | 'incentives' // 品位を損ねる広告: 医療と関係のない誘引（ポイント, プレゼント）
  | 'celebrity' // 著名人の推薦・来院の強調
  | 'qualifications' // 広告できない専門医・資格・肩書き
  | 'unapproved-use' // 未承認医薬品等の適応（疾患名）の表示
  | 'evidence' // 根拠（出典）のない効果・数値の表現
  | 'disclosure' // 限定解除の要件

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
 * A pattern: a token pattern (see pattern.ts: '絶対|必ず … {OUTCOME}') or a RegExp over the
 * normalised sentence (NFKC, ASCII lower case, katakana → hiragana: write hiragana and lower case).
 */
export type Pattern = string | RegExp

/** Named facts a rule can depend on; evaluated in conditions.ts. */
export type ConditionName =
  /** the treatment (or any compared treatment) is unapproved in Japan */
  | 'unapproved-treatment'
  /** no advertised treatment is known to be approved (unapproved, or nothing known) */
  | 'not-known-approved'
  /** an advertised treatment is 自由診療, or the text itself says 自由診療 / 自費 */
  | 'self-pay'
  /** the document does not carry treatment content, price and risks next to the text */
  | 'treatment-details-missing'
  /** the same sentence also mentions a discount */
  | 'discount-nearby'

/** Readings of a match that make it no claim for this rule (a denial always does). */
export type Exemption =
  /** the sentence asks the reader to do something: 必ず医師の診察を受けてください */
  | 'instruction'
  /** what the clinic checks for: 副作用がないか確認します */
  | 'checking'
  /** reported or possible, not asserted: 〜と報告されています */
  | 'hedged'

interface RuleBase {
  id: string
  category: Category
  severity: Severity
  /** Short Japanese name of the rule, for lists and docs. */
  title: string
  /** Japanese message: why, and what to write instead. */
  message: string
  /** The guideline section the rule enforces. */
  guideline: string
}

/** A rule that forbids wording. */
export interface PhraseRule extends RuleBase {
  kind: 'phrase'
  patterns: Pattern[]
  /** A match is no claim when one of these follows it, precedes it (same clause), or appears in its sentence. */
  unless?: { before?: Pattern[]; after?: Pattern[]; sentence?: RegExp[] }
  exempt?: Exemption[]
  /** The words are the problem whatever the grammar (a slur is one even in 「…と言われない」): no denial check. */
  undeniable?: boolean
  /** A hedged claim (と考えられています) is reported with this severity instead, except in `strictPaths`. */
  hedged?: { severity: Severity; strictPaths?: string[] }
  /** Field paths (or prefixes; '*' = any array index) this rule only checks / never checks. */
  onlyPaths?: string[]
  skipPaths?: string[]
  /** Kinds of text this rule never checks (e.g. 'heading'). */
  skipKinds?: Array<'field' | 'paragraph' | 'heading' | 'quote' | 'listitem' | 'block'>
  /** Only report when these facts hold. */
  onlyWhen?: ConditionName[]
}

/** A rule that requires an item to be present (広告可能事項の限定解除). */
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
  /** Values an editor might type: flagged ones do not count as filled, allowed ones do. */
  examples: { flagged: string[]; allowed: string[] }
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
