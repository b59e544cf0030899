/**
 * Splits a segment's text into sentences (。！？ and line breaks), in one pass. A run of text
 * without an end is cut at a comma (or hard) every MAX_SENTENCE characters, so no later step
 * ever works on an unbounded string: the whole check stays linear in the input length.
 */

export interface SentenceRange {
  start: number
  end: number
}

// Not '．': full-width text writes No．１ and 1．5 with it.
const ENDS = new Set(['。', '！', '？', '!', '?', '\n'])
const SOFT_BREAKS = new Set(['、', '，', ',', '；', ';', '　', ' '])
export const MAX_SENTENCE = 400

export function splitSentences(text: string): SentenceRange[] {
  const ranges: SentenceRange[] = []
  let start = 0
  let lastSoft = -1
  const push = (end: number) => {
    if (text.slice(start, end).trim().length > 0) ranges.push({ start, end })
    start = end
    lastSoft = -1
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (ENDS.has(ch)) {
      // Keep a closing quote or bracket with its sentence: 「…ました。」（40代女性）
      let end = i + 1
      while (end < text.length && /[」』）)】\]"”]/u.test(text[end]!)) end++
      // …and a short tag right after it: 「…」（40代女性）
      const tag = /^[（(][^（()）\n]{1,20}[)）]/u.exec(text.slice(end, end + 24))
      if (tag) end += tag[0].length
      push(end)
      i = end - 1
      continue
    }
    if (SOFT_BREAKS.has(ch)) lastSoft = i + 1
    if (i + 1 - start >= MAX_SENTENCE) push(lastSoft > start ? lastSoft : i + 1)
  }
  push(text.length)
  return ranges
}
