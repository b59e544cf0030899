/**
 * Applies one wording rule to one segment: find the patterns in the normalised text, drop the
 * allowed uses (rule exceptions, negations, quotations of the guideline), map back to the
 * original text.
 */
import type { Finding, PhraseRule } from './types'
import type { Segment } from './extract'
import type { DocFacts } from './facts'
import { conditions } from './conditions'
import { CLAUSE_ENDS, NEGATION_WINDOW, NEGATIONS, QUOTATION_MARKERS, QUOTES, SENTENCE_ENDS } from './exceptions'
import { fold, normalize, toOriginalRange, type Normalized } from './normalize'
import { compileAnchored, findAll, pathMatches } from './patterns'

const FOLDED_NEGATIONS = NEGATIONS.map(fold)
const FOLDED_MARKERS = QUOTATION_MARKERS.map(fold)

const normCache = new WeakMap<Segment, Normalized>()
function normalizedText(segment: Segment): Normalized {
  let norm = normCache.get(segment)
  if (!norm) {
    norm = normalize(segment.text)
    normCache.set(segment, norm)
  }
  return norm
}

const anchoredCache = new WeakMap<PhraseRule, { before: RegExp | null; after: RegExp | null }>()
function anchored(rule: PhraseRule): { before: RegExp | null; after: RegExp | null } {
  let cached = anchoredCache.get(rule)
  if (!cached) {
    cached = {
      before: compileAnchored(rule.unless?.before ?? [], 'before'),
      after: compileAnchored(rule.unless?.after ?? [], 'after'),
    }
    anchoredCache.set(rule, cached)
  }
  return cached
}

/** Is the match denied right after it, within its clause? 「副作用がないわけではありません」 */
function isNegated(norm: Normalized, end: number): boolean {
  let after = norm.text.slice(end, end + NEGATION_WINDOW)
  const clauseEnd = after.search(CLAUSE_ENDS)
  if (clauseEnd >= 0) after = after.slice(0, clauseEnd)
  return FOLDED_NEGATIONS.some((neg) => after.includes(neg))
}

/** [start, end) of the sentence around an original offset. */
function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start
  while (s > 0 && !SENTENCE_ENDS.test(text[s - 1] ?? '')) s--
  let e = end
  while (e < text.length && !SENTENCE_ENDS.test(text[e] ?? '')) e++
  return { start: s, end: e }
}

/** Is the original range inside quotation marks, in a sentence that talks about wording or the rules? */
function isQuotedMention(text: string, start: number, end: number): boolean {
  const sentence = sentenceAround(text, start, end)
  let quoted = false
  for (let i = start - 1; i >= sentence.start && !quoted; i--) {
    const open = text[i] ?? ''
    const close = QUOTES[open]
    if (close === undefined) continue
    const between = text.slice(i + 1, start)
    if (open === close) {
      // Straight quotes: inside when an odd number of them precede the match in the sentence.
      const before = text.slice(sentence.start, start).split(open).length - 1
      quoted = before % 2 === 1 && text.indexOf(close, end) !== -1 && text.indexOf(close, end) <= sentence.end
    } else {
      const closing = text.indexOf(close, end)
      quoted = !between.includes(close) && closing !== -1 && closing <= sentence.end
    }
  }
  if (!quoted) return false
  const sentenceText = fold(text.slice(sentence.start, sentence.end))
  return FOLDED_MARKERS.some((marker) => sentenceText.includes(marker))
}

export function matchPhraseRule(rule: PhraseRule, segment: Segment, facts: DocFacts): Finding[] {
  if (rule.skipPaths?.some((entry) => pathMatches(entry, segment.path))) return []
  if (rule.skipKinds?.includes(segment.kind)) return []
  const norm = normalizedText(segment)
  if (rule.onlyWhen && !conditions[rule.onlyWhen]({ facts, segment, norm })) return []

  // All pattern hits, earliest first, longest first at the same start; overlapping hits collapse.
  const hits = rule.patterns
    .flatMap((pattern) => findAll(pattern, norm.text))
    .sort((a, b) => a.start - b.start || b.end - a.end)
  const { before, after } = anchored(rule)
  const findings: Finding[] = []
  const sentencesSeen = new Set<number>()
  let lastEnd = -1
  for (const hit of hits) {
    if (hit.start < lastEnd) continue
    if (before?.test(norm.text.slice(0, hit.start))) continue
    if (after?.test(norm.text.slice(hit.end))) continue
    if (isNegated(norm, hit.end)) continue
    const range = toOriginalRange(norm, hit.start, hit.end)
    if (isQuotedMention(segment.text, range.start, range.end)) continue
    if (rule.oncePer === 'sentence') {
      const sentence = sentenceAround(segment.text, range.start, range.end).start
      if (sentencesSeen.has(sentence)) continue
      sentencesSeen.add(sentence)
    }
    lastEnd = hit.end
    findings.push({
      ruleId: rule.id,
      category: rule.category,
      severity: rule.severity,
      path: segment.path,
      span: {
        text: segment.text.slice(range.start, range.end),
        start: segment.offset + range.start,
        end: segment.offset + range.end,
      },
      message: rule.message,
      guideline: rule.guideline,
    })
  }
  return findings
}
