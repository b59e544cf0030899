/**
 * Width normalisation with an index map back to the original text.
 *
 *  - widthNormalize(): NFKC per character (ＡＢＣ１２３％ → ABC123%, half-width ｶﾀｶﾅ → カタカナ,
 *    № → No); what the morphological analyser reads.
 *  - normalize(): the same, then ASCII lower case, katakana → hiragana (ナンバーワン →
 *    なんばーわん, the long-vowel mark ー kept) and spaces and light punctuation dropped
 *    (No. 1, 日 本 一, 安心・安全); what text patterns (RegExps) read. 、 and 。 are kept on
 *    purpose: they end clauses ("日本、一方で…" must not read as 日本一).
 */

export interface Normalized {
  /** The normalised text. */
  text: string
  /** For each normalised character (UTF-16 unit): where its source starts in the original string. */
  starts: number[]
  /** For each normalised character: where its source ends (exclusive) in the original string. */
  ends: number[]
}

/**
 * One source unit: a code point with its combining marks, or a half-width katakana with
 * its (half-width) voicing mark — NFKC turns ﾊﾞ (two code points) into バ (one).
 */
const SOURCE_UNIT = /[\uFF66-\uFF9D][\uFF9E\uFF9F]?|[\s\S]\p{M}*/gu

const KATAKANA_START = 0x30a1 // ァ
const KATAKANA_END = 0x30f6 // ヶ
const KANA_OFFSET = 0x60

/** Katakana → hiragana, leaving everything else (including ー) alone; keeps the length. */
export function foldKana(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    out += code >= KATAKANA_START && code <= KATAKANA_END ? String.fromCharCode(code - KANA_OFFSET) : text[i]
  }
  return out
}

/** ASCII lower case and katakana → hiragana; keeps the length (offsets stay valid). */
export function foldText(text: string): string {
  return foldKana(text.replace(/[A-Z]+/g, (m) => m.toLowerCase()))
}

export function widthNormalize(original: string): Normalized {
  let text = ''
  const starts: number[] = []
  const ends: number[] = []
  for (const unit of original.matchAll(SOURCE_UNIT)) {
    const start = unit.index ?? 0
    const end = start + unit[0].length
    const normalized = unit[0].normalize('NFKC')
    text += normalized
    // A surrogate pair is two UTF-16 units; keep the map per unit so indexes line up.
    for (let i = 0; i < normalized.length; i++) {
      starts.push(start)
      ends.push(end)
    }
  }
  return { text, starts, ends }
}

/** Characters dropped by normalize() (after NFKC). */
const IGNORABLE = /[\s.・/\-‐‑‒–—―−_·'‘’`*]/u

export function normalize(original: string): Normalized {
  const width = widthNormalize(original)
  const folded = foldText(width.text)
  let text = ''
  const starts: number[] = []
  const ends: number[] = []
  for (let i = 0; i < folded.length; i++) {
    if (IGNORABLE.test(folded[i]!)) continue
    text += folded[i]
    starts.push(width.starts[i]!)
    ends.push(width.ends[i]!)
  }
  return { text, starts, ends }
}

/** The normalised form of a phrase (normalize() without the map). */
export function fold(phrase: string): string {
  return normalize(phrase).text
}

/** The key a word is compared with in the analyser's tokens: NFKC, lower case, hiragana (spaces kept). */
export function wordKey(phrase: string): string {
  return foldText(phrase.normalize('NFKC'))
}

/** Maps a [start, end) range of normalised text back to the original string. */
export function toOriginalRange(norm: Normalized, start: number, end: number): { start: number; end: number } {
  return { start: norm.starts[start] ?? 0, end: norm.ends[end - 1] ?? 0 }
}
