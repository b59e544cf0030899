/**
 * Exceptions that apply to every wording rule: negations and quotations of the guideline.
 * Rule-specific exceptions (安全性, 100%培養上清, …) live next to the rule, in its `unless`.
 */

/**
 * Phrases that, following a match within the same clause, turn it into a denial:
 * 「安全とは言い切れません」「副作用がないわけではありません」「必ず治るとは限りません」.
 */
export const NEGATIONS: string[] = [
  'とは言い切れ',
  'とはいいきれ',
  'とは言えません',
  'とはいえません',
  'とは言えない',
  'とはいえない',
  'とは限ら',
  'とは限り',
  'とはかぎら',
  'とはかぎり',
  'わけではあり',
  'わけではない',
  'わけでもあり',
  'ではありません',
  'ではない',
  'ではなく',
  'ではございません',
  'とは断言でき',
  'と断言でき',
  'とは断定でき',
  'と断定でき',
  'を保証するものでは',
  'を約束するものでは',
  'を保証できません',
  'は保証できません',
  'を保証しません',
  'ものではありません',
  'ものはありません',
  'は存在しません',
  'は存在しない',
  'されていません',
  'されていない',
  'わかっていません',
  '分かっていません',
  'は行っていません',
  'は行っておりません',
  'は実施していません',
  'は実施しておりません',
]

/** How far after a match (in normalised characters) a negation is looked for. */
export const NEGATION_WINDOW = 24

/** Characters that end a clause: a negation after them no longer belongs to the match. */
export const CLAUSE_ENDS = /[、,。!?\n;；]/u

/** Characters that end a sentence in the original text. */
export const SENTENCE_ENDS = /[。！？!?\n]/u

/** Quotation marks: opening → closing. */
export const QUOTES: Record<string, string> = {
  '「': '」',
  '『': '』',
  '“': '”',
  '‘': '’',
  '"': '"',
}

/**
 * A quoted forbidden phrase is a mention, not a claim, when its sentence talks about wording
 * or the rules: 「絶対安全」などの表現は医療広告ガイドラインで禁止されています.
 * 当院の治療は「絶対安全」です is still a claim: none of these words appear.
 */
export const QUOTATION_MARKERS: string[] = [
  '表現',
  'ガイドライン',
  '禁止',
  '広告',
  '文言',
  '言葉',
  '用語',
  '記載できません',
  '使用できません',
  '使えません',
  '認められていません',
]
