/**
 * The excerpt under a search result: about `width` characters of the document's text around
 * the first hit, HTML-escaped, with every matching word wrapped in <mark>. The text is the
 * editors' plain text: anything in it that looks like markup (<script>…) is shown as text.
 */
import type { Analyzer } from '@/lib/compliance/analyzer'
import { foldText } from '@/lib/compliance/normalize'

import { searchWords } from './tokens'

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!)

/** What to mark: analyser keys (base forms, folded) and literal strings (the query's words as typed and as analysed). */
export type Highlight = { keys: ReadonlySet<string>; literals: readonly string[] }

const LEAD = 30

/** Character ranges of the hits in `text` (NFKC). */
function hitRanges(
  analyzer: Analyzer,
  text: string,
  highlight: Highlight,
): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  for (const w of searchWords(analyzer, text))
    if (highlight.keys.has(w.key)) ranges.push([w.start, w.end])
  const folded = foldText(text)
  for (const literal of highlight.literals) {
    const needle = foldText(literal)
    if (!needle) continue
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length))
      ranges.push([at, at + needle.length])
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const merged: Array<[number, number]> = []
  for (const r of ranges) {
    const last = merged[merged.length - 1]
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1])
    else merged.push([...r])
  }
  return merged
}

/**
 * Where the excerpt's hits start: the place where the query's literals (its words as typed
 * and as the analyser cut them) meet within one excerpt, a rare one (副作用, once in the
 * text) counting more than one the text repeats, and one of the title (shown above the
 * excerpt) counting little; else the first analysed hit (an inflected form: 改善した for 改善する).
 */
function firstHit(
  analyzer: Analyzer,
  text: string,
  title: string,
  highlight: Highlight,
  width: number,
): number {
  const folded = foldText(text)
  const foldedTitle = foldText(title.normalize('NFKC'))
  const hits: Array<{ at: number; literal: number }> = []
  highlight.literals.forEach((l, literal) => {
    const needle = foldText(l)
    if (!needle) return
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length))
      hits.push({ at, literal })
  })
  if (hits.length) {
    hits.sort((a, b) => a.at - b.at)
    const occurrences = new Map<number, number>()
    for (const h of hits) occurrences.set(h.literal, (occurrences.get(h.literal) ?? 0) + 1)
    let best = { at: hits[0]!.at, score: 0 }
    for (const [i, h] of hits.entries()) {
      const seen = new Set<number>()
      for (let j = i; j < hits.length && hits[j]!.at < h.at + width - LEAD; j++)
        seen.add(hits[j]!.literal)
      const weight = (literal: number) =>
        (foldedTitle.includes(foldText(highlight.literals[literal]!)) ? 0.1 : 1) /
        occurrences.get(literal)!
      const score = [...seen].reduce((sum, literal) => sum + weight(literal), 0)
      if (score > best.score) best = { at: h.at, score }
    }
    return best.at
  }
  // The analysed words of a long text are looked for sentence by sentence, stopping at the first.
  let offset = 0
  for (const line of text.split('\n')) {
    const hit = searchWords(analyzer, line).find((w) => highlight.keys.has(w.key))
    if (hit) return offset + hit.start
    offset += line.length + 1
  }
  return 0
}

export function snippetHtml(
  analyzer: Analyzer,
  content: string,
  title: string,
  highlight: Highlight,
  width = 120,
): string {
  const text = content.normalize('NFKC')
  const hit = firstHit(analyzer, text, title, highlight, width)
  const start = Math.max(0, hit - LEAD)
  const end = Math.min(text.length, start + width)
  // Line breaks become spaces, one for one, so offsets stay valid.
  const window = text.slice(start, end).replace(/\s/g, ' ')
  let html = ''
  let done = 0
  for (const [from, to] of hitRanges(analyzer, window, highlight)) {
    html +=
      escapeHtml(window.slice(done, from)) + `<mark>${escapeHtml(window.slice(from, to))}</mark>`
    done = to
  }
  html += escapeHtml(window.slice(done))
  return `${start > 0 ? '…' : ''}${html}${end < text.length ? '…' : ''}`
}
