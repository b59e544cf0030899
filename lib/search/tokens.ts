/**
 * Search tokens: the guideline checker's morphological analyser (kuromoji) cuts Japanese text
 * into words and gives each its dictionary form, folded (katakana → hiragana, lower case), so
 * that 効果が / 効果は, 改善した / 改善する and エクソソーム / えくそそーむ meet on one token.
 * Only content words are kept: nouns (not pronouns, numbers or dependent nouns), verbs,
 * adjectives and words the dictionary does not know (VEGF, セクレトーム…).
 */
import type { Analyzer, Token } from '@/lib/compliance/analyzer'

/** Analysed a sentence at a time: the analyser caches sentences, and short inputs stay fast. */
const SENTENCE = /[^。．！？!?\n]+[。．！？!?]?/gu
const DROPPED_NOUNS = new Set(['非自立', '代名詞', '数', '接尾', '特殊'])
const PUNCTUATION_ONLY = /^[\p{P}\p{S}\s]+$/u
const ONE_KANA = /^[\u3041-\u309fー]$/u

function isContentWord(t: Token): boolean {
  if (PUNCTUATION_ONLY.test(t.base) || ONE_KANA.test(t.baseKey)) return false
  if (t.unknown) return true
  if (t.pos === '名詞') return !DROPPED_NOUNS.has(t.pos1)
  if (t.pos === '動詞' || t.pos === '形容詞') return t.pos1 === '自立'
  return false
}

/** One analysed word of a text: its search key and where it stands in the NFKC text. */
export type Word = { key: string; start: number; end: number }

/** The content words of a text in reading order, with offsets into `text.normalize('NFKC')`. */
export function searchWords(analyzer: Analyzer, text: string): Word[] {
  const normalized = text.normalize('NFKC')
  const words: Word[] = []
  for (const m of normalized.matchAll(SENTENCE)) {
    const at = m.index ?? 0
    for (const t of analyzer.tokenize(m[0])) {
      if (isContentWord(t)) words.push({ key: t.baseKey, start: at + t.start, end: at + t.end })
    }
  }
  return words
}

/** The search keys of a text, in reading order (repeats kept: they weigh in the ranking). */
export const searchTokens = (analyzer: Analyzer, text: string): string[] =>
  searchWords(analyzer, text).map((w) => w.key)
