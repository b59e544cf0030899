/**
 * Applies the wording rules to one sentence: find the patterns (token patterns on the analysed
 * sentence, RegExps on its normalised text), drop what grammar says is no claim (denied,
 * an instruction, a check, hedged, a quoted mention, the rule's own exceptions) and map the
 * match back to the original text.
 *
 * A sentence is only analysed (tokenised) when one of the rules' anchor words or RegExps
 * occurs in it: most sentences of a long document need no analysis at all.
 */
import type { Analyzer, Token } from './analyzer'
import type { Segment } from './extract'
import type { Finding, PhraseRule, Severity } from './types'
import { conditions } from './conditions'
import type { DocFacts } from './facts'
import {
  isChecking,
  isDenied,
  endsInDenial,
  isPrefixNegated,
  isQuestion,
  isHedged,
  isInstruction,
  isQuoteDenied,
  isQuotedMention,
  isWished,
} from './grammar'
import { fold, foldKana, normalizeWidth, widthNormalize, type Normalized } from './normalize'
import { compilePattern, findTokenMatches, type CompiledPattern, type Word } from './pattern'
import { splitSentences } from './sentences'

/**
 * One sentence of a segment, with its tokens analysed on demand. Three aligned forms:
 * the original (segment.text[start, end)), `width` (NFKC: what the analyser reads; token
 * offsets are in it) and `norm` (normalize(): what RegExps read), mapped to width offsets.
 */
export class Sentence {
  readonly width: Normalized
  readonly norm: string
  /** For each norm character: its [start, end) in width offsets. */
  private normMap: Normalized
  private analysed: Token[] | null = null

  constructor(
    readonly segment: Segment,
    /** [start, end) in segment.text */
    readonly start: number,
    readonly end: number,
    private analyzer: Analyzer,
  ) {
    this.width = widthNormalize(segment.text.slice(start, end))
    this.normMap = normalizeWidth(this.width.text)
    this.norm = this.normMap.text
  }

  /** A norm range as a width range. */
  normToWidth(start: number, end: number): { start: number; end: number } {
    return {
      start: this.normMap.starts[start] ?? this.width.text.length,
      end: this.normMap.ends[end - 1] ?? this.width.text.length,
    }
  }

  /** The norm offset of the first norm character at or after a width offset. */
  widthToNorm(offset: number): number {
    let i = 0
    while (i < this.normMap.starts.length && this.normMap.starts[i]! < offset) i++
    return i
  }

  get tokens(): Token[] {
    this.analysed ??= this.analyzer.tokenize(this.width.text)
    return this.analysed
  }

  /** Index of the first token that starts at or after a width offset. */
  tokenAt(offset: number): number {
    const tokens = this.tokens
    let i = 0
    while (i < tokens.length && tokens[i]!.start < offset) i++
    return i
  }

  /** A width range as a span in the field's text. */
  span(start: number, end: number): Finding['span'] {
    const from = this.start + (this.width.starts[start] ?? 0)
    const to = this.start + (this.width.ends[end - 1] ?? this.width.text.length)
    return {
      text: this.segment.text.slice(from, to),
      start: this.segment.offset + from,
      end: this.segment.offset + to,
    }
  }
}

export function sentencesOf(segment: Segment, analyzer: Analyzer): Sentence[] {
  return splitSentences(segment.text).map((r) => new Sentence(segment, r.start, r.end, analyzer))
}

// ------------------------------------------------------------------ compiled rules

export interface CompiledRule {
  rule: PhraseRule
  tokenPatterns: CompiledPattern[]
  regexes: RegExp[]
  /** Per token pattern, the anchors of each of its required steps (a pattern's null: always try it). */
  anchors: Array<Anchor[][] | null>
  before: RegExp[]
  after: RegExp[]
  sentence: RegExp[]
}

/** RegExps are written with katakana; the normalised text has hiragana. */
function foldRegExp(re: RegExp, flags = 'u'): RegExp {
  return new RegExp(foldKana(re.source), flags)
}

const KANJI = /[\u3400-\u9fff\uf900-\ufaff々]/u

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Anchors that find a word in normalised text in any form it can take. Only the end of a word
 * conjugates: a word ending in kana keeps all but its last two kana, and a kanji stem needs a
 * kana after it (消える → 消[ぁ-ん]: 消えた・消せる, not 消毒; 体にやさしい → 体にやさ).
 */
function anchorsOf(word: Word): Array<Anchor & { score: number }> {
  const anchors: Array<Anchor & { score: number }> = []
  for (const form of [word.key, word.reading, word.potential]) {
    if (!form) continue
    const f = fold(form)
    if (!f) continue
    const tail = /[\u3041-\u309f]+$/u.exec(f)?.[0] ?? ''
    let anchor: { literal: string; source: string }
    if (!KANJI.test(f)) {
      // A kana word: all but its last character (やせる → やせ, りすく → りす), or its last
      // character when it may be a conjugation ending (なる → な: なります).
      const literal = f.length > 2 || /[うくぐすつぬぶむるい]$/u.test(f) ? f.slice(0, -1) : f
      anchor = { literal, source: escape(literal) }
    } else if (tail.length === 0) {
      anchor = { literal: f, source: escape(f) }
    } else if (tail.length <= 2) {
      const literal = f.slice(0, f.length - tail.length)
      anchor = { literal, source: `${escape(literal)}[\u3041-\u309f]` }
    } else {
      const literal = f.slice(0, f.length - 2)
      anchor = { literal, source: escape(literal) }
    }
    // The kana spelling of a short kanji word (害 → が) would match everywhere: such spellings go unanchored.
    if (form === word.reading && KANJI.test(word.key) && anchor.literal.length < 2) continue
    const kana = anchor.source.endsWith(']')
    const score = COMMON.has(anchor.literal) ? 0 : anchor.literal.length + (kana ? 1 : 0)
    anchors.push({ literal: anchor.literal, kana, score })
  }
  return anchors
}

/** Words in almost every sentence: useless as anchors. */
const COMMON = new Set([
  'は',
  'が',
  'も',
  'の',
  'に',
  'を',
  'で',
  'と',
  'な',
  'ない',
  'ませ',
  'ある',
  'い',
  'す',
  'で',
  'ま',
  'な',
  'こと',
  'もの',
  'ため',
  'よう',
  '方',
  '人',
  '治療',
  '施術',
  'でき',
  'され',
])

/**
 * A cheap test a sentence must pass before the token patterns are tried: every required word
 * step of a pattern (not optional, not negative, words only) must occur in the normalised text,
 * in one of the forms its words can take. Per pattern, the anchors of each required step.
 * Null for a pattern with no such step (it starts with a number, say): then always try it.
 */
function anchorOf(patterns: CompiledPattern[]): Array<Anchor[][] | null> {
  const all: Array<Anchor[][] | null> = []
  for (const pattern of patterns) {
    const steps: Anchor[][] = []
    for (const step of pattern.steps) {
      if (step.optional || step.negative || step.atoms.some((a) => a.type !== 'word')) continue
      const perWord = step.atoms.map((a) => (a.type === 'word' ? anchorsOf(a.word) : []))
      // A word that cannot be anchored could match anywhere: the step cannot be required.
      if (perWord.some((anchors) => anchors.length === 0)) continue
      const unique = new Map<string, Anchor>()
      for (const anchor of perWord.flat())
        unique.set(`${anchor.literal}${anchor.kana ? '+' : ''}`, {
          literal: anchor.literal,
          kana: anchor.kana,
        })
      steps.push([...unique.values()])
    }
    all.push(steps.length === 0 ? null : steps)
  }
  return all
}

/** A literal that must occur in the normalised sentence; `kana`: followed by a hiragana (a conjugation). */
export interface Anchor {
  literal: string
  kana: boolean
}

const isHiragana = (code: number) => code >= 0x3041 && code <= 0x309f

/**
 * All rules' anchors in one Aho–Corasick automaton, so a sentence is scanned once, one step per
 * character (not once per rule, nor once per starting position), to learn which rules' token
 * patterns can match in it: a rule is armed when, for one of its patterns, every required
 * step's anchor occurs. Linear in the sentence length.
 */
export class AnchorIndex {
  /** Goto function: state * 0x10000 + UTF-16 code unit → state. State 0 is the root. */
  private goto = new Map<number, number>()
  private fail: number[] = [0]
  /** Per state: the required steps whose anchor ends here (its own and its fail chain's), [step id, needs a hiragana after it]. */
  private out: Array<Array<[number, boolean]>> = [[]]
  /** Token patterns without anchors: always armed. */
  private always: Array<{ rule: number; pattern: number }> = []
  /** Token patterns with anchors, each with the ids of its required steps. */
  private patterns: Array<{ rule: number; pattern: number; steps: number[] }> = []
  private seen: Uint8Array
  private armedRules: Uint8Array
  /** Per token pattern (numbered rule by rule, from base[rule]), 1 when it may match. */
  readonly armedPatterns: Uint8Array
  /** The number of each rule's first token pattern. */
  readonly base: Int32Array
  /** The root's transitions as a table (most characters of a sentence start from the root): 0 = none. */
  private rootNext = new Int32Array(0x10000)

  constructor(rules: CompiledRule[]) {
    let stepCount = 0
    let patternCount = 0
    this.base = new Int32Array(rules.length)
    rules.forEach((rule, index) => {
      this.base[index] = patternCount
      rule.anchors.forEach((steps, k) => {
        const pattern = patternCount + k
        if (!steps) {
          this.always.push({ rule: index, pattern })
          return
        }
        const ids: number[] = []
        for (const anchors of steps) {
          const id = stepCount++
          ids.push(id)
          for (const anchor of anchors) this.add(anchor, id)
        }
        this.patterns.push({ rule: index, pattern, steps: ids })
      })
      patternCount += rule.anchors.length
    })
    this.seen = new Uint8Array(stepCount)
    this.armedRules = new Uint8Array(rules.length)
    this.armedPatterns = new Uint8Array(patternCount)
    this.link()
    for (const [key, child] of this.goto) if (key < 0x10000) this.rootNext[key] = child
  }

  private add(anchor: Anchor, id: number): void {
    let state = 0
    for (let i = 0; i < anchor.literal.length; i++) {
      const key = state * 0x10000 + anchor.literal.charCodeAt(i)
      let next = this.goto.get(key)
      if (next === undefined) {
        next = this.out.length
        this.out.push([])
        this.fail.push(0)
        this.goto.set(key, next)
      }
      state = next
    }
    this.out[state]!.push([id, anchor.kana])
  }

  /** Fail links, breadth first; each state's outputs include those of its fail state. */
  private link(): void {
    const children = new Map<number, Array<[number, number]>>()
    for (const [key, child] of this.goto) {
      const parent = Math.floor(key / 0x10000)
      if (!children.has(parent)) children.set(parent, [])
      children.get(parent)!.push([key % 0x10000, child])
    }
    const queue: number[] = [0]
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q]!
      for (const [code, child] of children.get(state) ?? []) {
        queue.push(child)
        if (state === 0) continue
        let f = this.fail[state]!
        let target = this.goto.get(f * 0x10000 + code)
        while (target === undefined && f !== 0) {
          f = this.fail[f]!
          target = this.goto.get(f * 0x10000 + code)
        }
        this.fail[child] = target ?? 0
        this.out[child] = [...this.out[child]!, ...this.out[this.fail[child]!]!]
      }
    }
  }

  /**
   * Per rule index, 1 when one of its token patterns may match in the normalised sentence;
   * armedPatterns says which (both reused: read them before the next call).
   */
  armed(norm: string): Uint8Array {
    const seen = this.seen
    seen.fill(0)
    let state = 0
    for (let i = 0; i < norm.length; i++) {
      const code = norm.charCodeAt(i)
      for (;;) {
        if (state === 0) {
          state = this.rootNext[code]!
          break
        }
        const next = this.goto.get(state * 0x10000 + code)
        if (next !== undefined) {
          state = next
          break
        }
        state = this.fail[state]!
      }
      const out = this.out[state]!
      for (let k = 0; k < out.length; k++) {
        const [step, kana] = out[k]!
        if (!kana || isHiragana(norm.charCodeAt(i + 1))) seen[step] = 1
      }
    }
    const armed = this.armedRules
    const patterns = this.armedPatterns
    armed.fill(0)
    patterns.fill(0)
    for (let a = 0; a < this.always.length; a++) {
      const { rule, pattern } = this.always[a]!
      armed[rule] = 1
      patterns[pattern] = 1
    }
    for (let p = 0; p < this.patterns.length; p++) {
      const { rule, pattern, steps } = this.patterns[p]!
      let all = true
      for (let k = 0; k < steps.length && all; k++) all = seen[steps[k]!] === 1
      if (all) {
        armed[rule] = 1
        patterns[pattern] = 1
      }
    }
    return armed
  }
}

/** One RegExp that matches where any of the rules' RegExps does: most sentences need no other. */
export function anyRegexOf(rules: CompiledRule[]): RegExp {
  const sources = rules.flatMap((r) => r.regexes.map((re) => `(?:${re.source})`))
  return new RegExp(sources.length > 0 ? sources.join('|') : '(?!)', 'u')
}

export function compileRules(analyzer: Analyzer, rules: PhraseRule[]): CompiledRule[] {
  return rules.map((rule) => {
    const tokenPatterns = rule.patterns
      .filter((p): p is string => typeof p === 'string')
      .map((p) => compilePattern(analyzer, p))
    return {
      rule,
      tokenPatterns,
      regexes: rule.patterns
        .filter((p): p is RegExp => p instanceof RegExp)
        .map((re) => foldRegExp(re, 'gu')),
      anchors: anchorOf(tokenPatterns),
      before: (rule.unless?.before ?? [])
        .filter((p): p is RegExp => p instanceof RegExp)
        .map((re) => foldRegExp(re)),
      after: (rule.unless?.after ?? [])
        .filter((p): p is RegExp => p instanceof RegExp)
        .map((re) => foldRegExp(re)),
      sentence: (rule.unless?.sentence ?? []).map((re) => foldRegExp(re)),
    }
  })
}

// ------------------------------------------------------------------ matching

/** Does a field path match an entry? 'safety' matches 'safety.risks'; '*' matches one index. */
export function pathMatches(entry: string, path: string): boolean {
  const want = entry.split('.')
  const have = path.split('.')
  if (want.length > have.length) return false
  return want.every((part, i) => part === '*' || part === have[i])
}

export function appliesToSegment(rule: PhraseRule, segment: Segment): boolean {
  if (rule.onlyPaths && !rule.onlyPaths.some((entry) => pathMatches(entry, segment.path)))
    return false
  if (rule.skipPaths?.some((entry) => pathMatches(entry, segment.path))) return false
  if (rule.skipKinds?.includes(segment.kind)) return false
  return true
}

interface Hit {
  /** Width range. */
  start: number
  end: number
  /** Norm range (for `unless.before` / `unless.after`). */
  normStart: number
  normEnd: number
  /** Index of the token after the match. */
  endToken: () => number
}

/** Where the rule's patterns occur in the sentence, earliest and longest first. */
function candidates(compiled: CompiledRule, sentence: Sentence, scan: Scan): Hit[] {
  const found: Hit[] = []
  for (const re of compiled.regexes) {
    re.lastIndex = 0
    for (const m of sentence.norm.matchAll(re)) {
      if (m[0].length === 0) continue
      const normStart = m.index ?? 0
      const normEnd = normStart + m[0].length
      const { start, end } = sentence.normToWidth(normStart, normEnd)
      found.push({ start, end, normStart, normEnd, endToken: () => sentence.tokenAt(end) })
    }
  }
  if (scan.armed && compiled.tokenPatterns.length > 0) {
    const tokens = sentence.tokens
    for (let k = 0; k < compiled.tokenPatterns.length; k++) {
      // Its anchor words are absent: this pattern cannot match.
      if (scan.patterns && scan.patterns[scan.base! + k] !== 1) continue
      for (const m of findTokenMatches(tokens, compiled.tokenPatterns[k]!)) {
        const start = tokens[m.start]!.start
        const end = tokens[m.end - 1]!.end
        found.push({
          start,
          end,
          normStart: sentence.widthToNorm(start),
          normEnd: sentence.widthToNorm(end),
          endToken: () => m.end,
        })
      }
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end)
}

/**
 * The findings of a rule in a sentence: every claim it makes, overlapping matches counted once.
 * `scan` says what the one-pass scans of the sentence found: whether the rule's anchors occur,
 * and whether any rule's RegExp matches at all.
 */
/** What the one-pass scans found: the rule armed, any RegExp hit, and (optionally) which of its token patterns are armed. */
export interface Scan {
  armed: boolean
  anyRegex: boolean
  /** AnchorIndex.armedPatterns, read from `base` (the rule's first pattern). */
  patterns?: Uint8Array
  base?: number
}

export function matchRule(
  compiled: CompiledRule,
  sentence: Sentence,
  facts: DocFacts,
  scan: Scan,
): Finding[] {
  const { rule } = compiled
  if (!scan.armed && !(scan.anyRegex && compiled.regexes.length > 0)) return []
  if (rule.onlyWhen && !rule.onlyWhen.every((name) => conditions[name]({ facts, sentence })))
    return []
  if (compiled.sentence.some((re) => re.test(sentence.norm))) return []
  const exempt = new Set(rule.exempt ?? [])
  const findings: Finding[] = []
  let reachedEnd = -1
  for (const hit of candidates(compiled, sentence, scan)) {
    if (hit.start < reachedEnd) continue
    if (compiled.before.some((re) => re.test(sentence.norm.slice(0, hit.normStart)))) continue
    if (compiled.after.some((re) => re.test(sentence.norm.slice(hit.normEnd)))) continue
    const tokens = sentence.tokens
    const end = hit.endToken()
    if (
      !rule.undeniable &&
      (isDenied(tokens, end) || isPrefixNegated(tokens, end) || endsInDenial(tokens, end))
    )
      continue
    if (exempt.has('instruction') && isInstruction(sentence.width.text)) continue
    if (exempt.has('checking') && isChecking(tokens, end)) continue
    const hedged = isHedged(tokens, end)
    if (exempt.has('hedged') && hedged) continue
    if (isQuotedMention(sentence.width.text, hit.start, hit.end)) continue
    if (!rule.undeniable && isQuoteDenied(tokens, sentence.tokenAt(hit.start), end)) continue
    if (isWished(tokens, end)) continue
    if (!rule.undeniable && isQuestion(tokens, end)) continue
    let severity: Severity = rule.severity
    if (
      rule.hedged &&
      hedged &&
      !rule.hedged.strictPaths?.some((entry) => pathMatches(entry, sentence.segment.path))
    ) {
      severity = rule.hedged.severity
    }
    reachedEnd = hit.end
    findings.push({
      ruleId: rule.id,
      category: rule.category,
      severity,
      path: sentence.segment.path,
      span: sentence.span(hit.start, hit.end),
      message: rule.message,
      guideline: rule.guideline,
    })
  }
  return findings
}
