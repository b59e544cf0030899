/**
 * Normalisation for matching Japanese text, with an index map back to the original.
 *
 * The matcher compares a "folded" form of both text and patterns:
 *  - NFKC (full-width ＡＢＣ１２３％ → ABC123%, half-width ｶﾀｶﾅ → カタカナ, № → No)
 *  - lower case
 *  - katakana → hiragana (ナンバーワン → なんばーわん; the long-vowel mark ー is kept)
 *  - whitespace and light punctuation inside phrases removed (No. 1, 日 本 一, 安心・安全)
 * 、 and 。 are kept on purpose: they end clauses ("日本、一方で…" must not read as 日本一).
 */

export interface Normalized {
  /** The folded text. */
  text: string
  /** For each folded character: where its source starts in the original string. */
  starts: number[]
  /** For each folded character: where its source ends (exclusive) in the original string. */
  ends: number[]
}

/** Characters dropped before matching (after NFKC). */
const IGNORABLE = /[\s.・/\-‐‑‒–—―−_·'‘’`*]/u

/**
 * One source unit: a code point with its combining marks, or a half-width katakana with
 * its (half-width) voicing mark — NFKC turns ﾊﾞ (two code points) into バ (one).
 */
const SOURCE_UNIT = /[\uFF66-\uFF9D][\uFF9E\uFF9F]?|[\s\S]\p{M}*/gu

const KATAKANA_START = 0x30a1 // ァ
const KATAKANA_END = 0x30f6 // ヶ
const KANA_OFFSET = 0x60

/** Katakana → hiragana, leaving everything else (including ー) alone. */
export function foldKana(text: string): string {
  let out = ''
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0
    out += code >= KATAKANA_START && code <= KATAKANA_END ? String.fromCodePoint(code - KANA_OFFSET) : ch
  }
  return out
}

export function normalize(original: string): Normalized {
  const chars: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  for (const unit of original.matchAll(SOURCE_UNIT)) {
    const start = unit.index ?? 0
    const end = start + unit[0].length
    const folded = foldKana(unit[0].normalize('NFKC').toLowerCase())
    for (const ch of folded) {
      if (IGNORABLE.test(ch)) continue
      chars.push(ch)
      // A surrogate pair is two UTF-16 units; keep the map per unit so indexes line up.
      for (let i = 0; i < ch.length; i++) {
        starts.push(start)
        ends.push(end)
      }
    }
  }
  return { text: chars.join(''), starts, ends }
}

/** The folded form of a phrase, for comparing against normalised text. */
export function fold(phrase: string): string {
  return normalize(phrase).text
}

/** Maps a [start, end) range of the folded text back to the original string. */
export function toOriginalRange(norm: Normalized, start: number, end: number): { start: number; end: number } {
  return { start: norm.starts[start] ?? 0, end: norm.ends[end - 1] ?? 0 }
}

/** The folded index of the first folded character whose source starts at or after `offset`. */
export function toFoldedIndex(norm: Normalized, offset: number): number {
  let lo = 0
  let hi = norm.starts.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((norm.starts[mid] ?? 0) < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}
