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

/** Characters NFKC leaves alone (ASCII, kana, common kanji, 、。「」ー): copied without normalising. */
function isStable(code: number): boolean {
  return (
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0x3041 && code <= 0x3096) ||
    (code >= 0x30a1 && code <= 0x30fc) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    code === 0x3001 ||
    code === 0x3002 ||
    (code >= 0x300c && code <= 0x300f) ||
    code === 0x0a
  )
}

/** Marks NFKC may combine with the character before them (dakuten, half-width voicing, combining accents). */
function isCombining(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    code === 0x3099 ||
    code === 0x309a ||
    code === 0xff9e ||
    code === 0xff9f
  )
}

const KATAKANA_START = 0x30a1 // ァ
const KATAKANA_END = 0x30f6 // ヶ
const KANA_OFFSET = 0x60

/** Katakana → hiragana, leaving everything else (including ー) alone; keeps the length. */
const HAS_KATAKANA = /[\u30a1-\u30f6]/u

export function foldKana(text: string): string {
  if (!HAS_KATAKANA.test(text)) return text
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    out +=
      code >= KATAKANA_START && code <= KATAKANA_END
        ? String.fromCharCode(code - KANA_OFFSET)
        : text[i]
  }
  return out
}

/** ASCII lower case and katakana → hiragana; keeps the length (offsets stay valid). */
export function foldText(text: string): string {
  return foldKana(text.replace(/[A-Z]+/g, (m) => m.toLowerCase()))
}

/**
 * NFKC per source unit — a character with the marks that follow it (ﾊﾞ → バ), or a surrogate
 * pair — with a map from every output UTF-16 unit back to its source unit. One pass.
 */
/** Surrogates and combining marks: text with them takes the character-by-character path. */
const GROUPED = /[\ud800-\udfff\u0300-\u036f\u3099\u309a\uff9e\uff9f]/

export function widthNormalize(original: string): Normalized {
  // Already NFKC (the analyser's text, read again by normalize()): every unit maps to itself.
  if (!GROUPED.test(original) && original.normalize('NFKC') === original) {
    const starts = new Array<number>(original.length)
    const ends = new Array<number>(original.length)
    for (let i = 0; i < original.length; i++) {
      starts[i] = i
      ends[i] = i + 1
    }
    return { text: original, starts, ends }
  }
  const parts: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  let i = 0
  while (i < original.length) {
    const start = i
    const code = original.charCodeAt(i)
    i += code >= 0xd800 && code <= 0xdbff && i + 1 < original.length ? 2 : 1
    while (i < original.length && isCombining(original.charCodeAt(i))) i++
    if (i - start === 1 && isStable(code)) {
      parts.push(original[start]!)
      starts.push(start)
      ends.push(i)
      continue
    }
    const normalized = original.slice(start, i).normalize('NFKC')
    parts.push(normalized)
    for (let k = 0; k < normalized.length; k++) {
      starts.push(start)
      ends.push(i)
    }
  }
  return { text: parts.join(''), starts, ends }
}

/** Characters dropped by normalize() (after NFKC). */
const IGNORABLE = new Set([..." \t\n\r\f\v\u00a0\u3000.・/-‐‑‒–—―−_·'‘’`*"])

const HAS_IGNORABLE = new RegExp(
  `[${[...IGNORABLE].map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`,
  'u',
)

export function normalize(original: string): Normalized {
  const width = widthNormalize(original)
  return foldAndDrop(width.text, width.starts, width.ends)
}

/**
 * normalize() of text that widthNormalize() already gave (the analyser's text): its width map
 * is the identity, so only folding and dropping remain.
 */
export function normalizeWidth(text: string): Normalized {
  return GROUPED.test(text) ? normalize(text) : foldAndDrop(text, null, null)
}

/** Folds and drops ignorable characters; the map goes through the width map (null: identity). */
function foldAndDrop(
  width: string,
  widthStarts: number[] | null,
  widthEnds: number[] | null,
): Normalized {
  const folded = foldText(width)
  const n = folded.length
  if (!HAS_IGNORABLE.test(folded)) {
    const starts = new Array<number>(n)
    const ends = new Array<number>(n)
    for (let i = 0; i < n; i++) {
      starts[i] = widthStarts ? widthStarts[i]! : i
      ends[i] = widthEnds ? widthEnds[i]! : i + 1
    }
    return { text: folded, starts, ends }
  }
  const kept: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  for (let i = 0; i < n; i++) {
    if (IGNORABLE.has(folded[i]!)) continue
    kept.push(folded[i]!)
    starts.push(widthStarts ? widthStarts[i]! : i)
    ends.push(widthEnds ? widthEnds[i]! : i + 1)
  }
  return { text: kept.join(''), starts, ends }
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
export function toOriginalRange(
  norm: Normalized,
  start: number,
  end: number,
): { start: number; end: number } {
  return { start: norm.starts[start] ?? 0, end: norm.ends[end - 1] ?? 0 }
}
