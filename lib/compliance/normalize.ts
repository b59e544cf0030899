/**
 * Width normalisation with an index map back to the original text.
 *
 *  - widthNormalize(): NFKC per character (ＡＢＣ１２３％ → ABC123%, half-width ｶﾀｶﾅ → カタカナ,
 *    № → No); what the morphological analyser reads.
 *  - normalize(): the same, then ASCII lower case and katakana → hiragana (ナンバーワン →
 *    なんばーわん, the long-vowel mark ー kept); what text patterns (RegExps) read. It has the
 *    same length as widthNormalize()'s text, so offsets are shared.
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

export function normalize(original: string): Normalized {
  const width = widthNormalize(original)
  return { ...width, text: foldText(width.text) }
}

/** The normalised form of a phrase, for comparing with normalised text. */
export function fold(phrase: string): string {
  return foldText(phrase.normalize('NFKC'))
}

/** Maps a [start, end) range of normalised text back to the original string. */
export function toOriginalRange(norm: Normalized, start: number, end: number): { start: number; end: number } {
  return { start: norm.starts[start] ?? 0, end: norm.ends[end - 1] ?? 0 }
}
