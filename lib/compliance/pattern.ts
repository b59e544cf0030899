/**
 * Token patterns: how rules say which words, in which order, make a claim.
 *
 *   '絶対|必ず … {OUTCOME}'      絶対 or 必ず, then (within the clause) a word of the OUTCOME list
 *   '副作用 が? ない|なし'        副作用, an optional が, then ない or なし
 *   '# 歳 若返る'                 a number, 歳, 若返る (any conjugation: 若返ります, 若返った)
 *   '安全 !性'                    安全 not followed by 性
 *
 * Steps are separated by spaces; a step is one word or several joined by '|'. A word may span
 * several tokens and is written without spaces (他のクリニック, 受けられない). A word matches a token by its dictionary form
 * (消えます・消えた → 消える), its surface, or — written in kana — by its reading (きえる).
 * A word the dictionary splits (安全性 = 安全 + 性) matches the tokens it spans.
 * '{NAME}' is a word list from lexicon.ts, '#' a number, '@名詞' a part of speech, '?' makes a
 * step optional, '!' forbids the next token, '…' skips up to GAP tokens inside the clause.
 * RegExps (over the normalised sentence, see normalize.ts) are allowed wherever patterns are.
 */
import type { Analyzer, Token } from './analyzer'
import { LISTS } from './lexicon'
import { wordKey } from './normalize'

export type Pattern = string | RegExp

/** How many tokens '…' may skip. */
export const GAP = 16

export interface Word {
  /** Folded spelling (surface keys concatenated), e.g. '安全性'. */
  key: string
  /** Hiragana reading, for words written in kana. */
  reading: string
  /** The potential form of a godan verb (取り戻す → 取り戻せる), which the dictionary lists as its own word. */
  potential?: string
}

const KANJI_WORD = /^[^\u3041-\u309f]*[\u3400-\u9fff]/u
/** What may follow a word inside the same token: okurigana or a conjugation ending. */
const KANA_REST = /^[\u3041-\u309f]+$/u

/** u-row → e-row: the potential form of a godan verb ends in e-row + る (消す → 消せる, 通う → 通える). */
const POTENTIAL: Record<string, string> = {
  う: 'え',
  く: 'け',
  ぐ: 'げ',
  す: 'せ',
  つ: 'て',
  ぬ: 'ね',
  ぶ: 'べ',
  む: 'め',
  る: 'れ',
}

export type Atom = { type: 'word'; word: Word } | { type: 'number' } | { type: 'pos'; pos: string }

export interface Step {
  atoms: Atom[]
  /** The word atoms by the first character of their spellings: a token only tries the words it can start. */
  byFirstChar: Map<string, Atom[]>
  /** Atoms that are not words (numbers, parts of speech): tried on every token. */
  others: Atom[]
  optional: boolean
  /** A zero-width check: the next token must not match. */
  negative: boolean
  /** Tokens that may be skipped before this step ('…'). */
  gap: number
}

export interface CompiledPattern {
  source: string
  steps: Step[]
}

/** Tokens that end a clause: '…' never crosses them. */
export function isClauseEnd(token: Token): boolean {
  return token.pos === '記号' && /^[、。，,．.！!？?;；:：\n」』)）]$/u.test(token.surface)
}

/**
 * A closing quote followed by a quoting particle (他院で「難しい」と断られた): the quote is a
 * part of the clause, which goes on after it.
 */
function isQuotative(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1]
  return (
    /^[」』]$/u.test(tokens[i]!.surface) &&
    next !== undefined &&
    next.pos === '助詞' &&
    /^(?:と|って|という|との)$/u.test(next.surface)
  )
}

/**
 * A comma right after a topic (副作用は、… / 女優さんも、…) does not end the clause: the topic
 * belongs to the predicate after the comma, so '…' may cross it.
 */
export function isTopicComma(tokens: Token[], i: number): boolean {
  const t = tokens[i]
  if (!t || t.pos !== '記号' || !/^[、，,]$/u.test(t.surface)) return false
  const particle = tokens[i - 1]
  const topic = tokens[i - 2]
  return (
    particle !== undefined &&
    particle.pos === '助詞' &&
    particle.pos1 === '係助詞' &&
    (particle.surface === 'は' || particle.surface === 'も') &&
    topic !== undefined &&
    topic.pos === '名詞'
  )
}

function compileWord(analyzer: Analyzer, text: string): Word {
  const key = wordKey(text)
  const last = key.slice(-1)
  // Only verbs written with kanji and okurigana (消す, 取り戻す): 一段 verbs ending in る have no such form.
  const godan =
    KANJI_WORD.test(key) &&
    POTENTIAL[last] !== undefined &&
    !/[えけげせてねべめれ]る$|[いきぎしちにびみり]る$/u.test(key)
  return {
    key,
    reading: analyzer.readingOf(text),
    potential: godan ? key.slice(0, -1) + POTENTIAL[last] + 'る' : undefined,
  }
}

function compileAtom(analyzer: Analyzer, text: string): Atom[] {
  if (text === '#') return [{ type: 'number' }]
  if (text.startsWith('@')) return [{ type: 'pos', pos: text.slice(1) }]
  const list = /^\{(\w+)\}$/.exec(text)
  if (list) {
    const words = LISTS[list[1] as keyof typeof LISTS]
    if (!words) throw new Error(`unknown word list ${text}`)
    return words.map((w) => ({ type: 'word', word: compileWord(analyzer, w) }))
  }
  return [{ type: 'word', word: compileWord(analyzer, text) }]
}

export function compilePattern(analyzer: Analyzer, source: string): CompiledPattern {
  const steps: Step[] = []
  let gap = 0
  for (const part of source.trim().split(/\s+/u)) {
    if (part === '…' || part === '...') {
      gap = GAP
      continue
    }
    let text = part
    const negative = text.startsWith('!')
    if (negative) text = text.slice(1)
    const optional = text.endsWith('?')
    if (optional) text = text.slice(0, -1)
    const atoms = text.split('|').flatMap((alt) => compileAtom(analyzer, alt))
    const byFirstChar = new Map<string, Atom[]>()
    for (const atom of atoms) {
      if (atom.type !== 'word') continue
      for (const form of [atom.word.key, atom.word.reading, atom.word.potential]) {
        const first = form?.[0]
        if (!first) continue
        const list = byFirstChar.get(first) ?? []
        if (!list.includes(atom)) list.push(atom)
        byFirstChar.set(first, list)
      }
    }
    steps.push({
      atoms,
      byFirstChar,
      others: atoms.filter((a) => a.type !== 'word'),
      optional,
      negative,
      gap,
    })
    gap = 0
  }
  return { source, steps }
}

const NUMBER = /^[0-9０-９.,]+$|^[一二三四五六七八九十百千万]+$/u

/** Tokens [i, end) matched by a word, or -1. */
function matchWord(tokens: Token[], i: number, word: Word): number {
  // An unknown katakana run holds several words: look inside it (ノーリスク in ノーダウンタイム・ノーリスク).
  const first = tokens[i]!
  if (
    first.unknown &&
    first.kana &&
    word.key.length >= 3 &&
    first.surfaceKey !== word.key &&
    first.surfaceKey.includes(word.key)
  )
    return i + 1
  let spelled = ''
  let read = ''
  let kanaOnly = true
  for (let j = i; j < tokens.length && j < i + 6; j++) {
    const t = tokens[j]!
    kanaOnly &&= t.kana
    if (spelled + t.baseKey === word.key || spelled + t.surfaceKey === word.key) return j + 1
    if (word.potential && spelled + t.baseKey === word.potential) return j + 1
    if (
      kanaOnly &&
      word.reading &&
      (read + t.baseKey === word.reading || read + t.surfaceKey === word.reading)
    )
      return j + 1
    // A kanji word that ends inside a token the dictionary cut differently: 完治 in 完・治さ(せる).
    if (
      j > i &&
      KANJI_WORD.test(word.key) &&
      (spelled + t.surfaceKey).startsWith(word.key) &&
      KANA_REST.test((spelled + t.surfaceKey).slice(word.key.length))
    ) {
      return j + 1
    }
    spelled += t.surfaceKey
    read += t.surfaceKey
    if (!word.key.startsWith(spelled) && !(kanaOnly && word.reading.startsWith(read))) return -1
  }
  return -1
}

function matchAtom(tokens: Token[], i: number, atom: Atom): number {
  const t = tokens[i]
  if (!t) return -1
  switch (atom.type) {
    case 'number':
      if (!(t.pos1 === '数' || NUMBER.test(t.surface))) return -1
      // 3.5 or 1,000 come as several tokens.
      let end = i + 1
      while (
        tokens[end] &&
        (tokens[end]!.pos1 === '数' || /^[.,]$/.test(tokens[end]!.surface)) &&
        tokens[end + 1]?.pos1 === '数'
      )
        end += 2
      return end
    case 'pos':
      return t.pos === atom.pos ? i + 1 : -1
    case 'word':
      return matchWord(tokens, i, atom.word)
  }
}

/** Adds the ends of the atoms that match at token i (a plain loop: this is the hot path); the array is made on the first end. */
function tryAtoms(
  tokens: Token[],
  i: number,
  atoms: Atom[],
  ends: number[] | null,
): number[] | null {
  for (let a = 0; a < atoms.length; a++) {
    const end = matchAtom(tokens, i, atoms[a]!)
    if (end <= i) continue
    if (!ends) ends = [end]
    else if (!ends.includes(end)) ends.push(end)
  }
  return ends
}

/** Shared result for "no match here" (most calls): never written to. */
const NO_ENDS: readonly number[] = Object.freeze([])

function matchStep(tokens: Token[], i: number, step: Step): readonly number[] {
  const t = tokens[i]
  if (!t) return NO_ENDS
  // An unknown katakana run may hold the word anywhere inside it (see matchWord).
  if (t.unknown && t.kana) return tryAtoms(tokens, i, step.atoms, null) ?? NO_ENDS
  let ends: number[] | null = null
  const bySurface = step.byFirstChar.get(t.surfaceKey[0] ?? '')
  if (bySurface) ends = tryAtoms(tokens, i, bySurface, ends)
  if (t.baseKey[0] !== t.surfaceKey[0]) {
    const byBase = step.byFirstChar.get(t.baseKey[0] ?? '')
    if (byBase) ends = tryAtoms(tokens, i, byBase, ends)
  }
  if (step.others.length > 0) ends = tryAtoms(tokens, i, step.others, ends)
  return ends ?? NO_ENDS
}

/** The end of a match of steps[s…] starting at token i, or -1 (first solution, longest steps first). */
function matchFrom(tokens: Token[], steps: Step[], s: number, i: number): number {
  if (s === steps.length) return i
  const step = steps[s]!
  if (step.negative)
    return matchStep(tokens, i, step).length > 0 ? -1 : matchFrom(tokens, steps, s + 1, i)
  for (let skip = 0; skip <= step.gap; skip++) {
    const at = i + skip
    if (at > tokens.length) break
    if (
      skip > 0 &&
      isClauseEnd(tokens[at - 1]!) &&
      !isTopicComma(tokens, at - 1) &&
      !isQuotative(tokens, at - 1)
    )
      break
    const found = matchStep(tokens, at, step)
    const ends = found.length > 1 ? [...found].sort((a, b) => b - a) : found
    for (const end of ends) {
      const done = matchFrom(tokens, steps, s + 1, end)
      if (done >= 0) return done
    }
    if (step.optional && skip === 0) {
      const done = matchFrom(tokens, steps, s + 1, i)
      if (done >= 0) return done
    }
  }
  return -1
}

/** Where each first character occurs in a sentence's tokens (surface and base form), built once per token array. */
interface TokenIndex {
  byChar: Map<string, number[]>
  /** Unknown katakana runs: a word may start anywhere inside them (see matchWord). */
  unknownKana: number[]
}

const indexes = new WeakMap<Token[], TokenIndex>()

function tokenIndex(tokens: Token[]): TokenIndex {
  let index = indexes.get(tokens)
  if (index) return index
  index = { byChar: new Map(), unknownKana: [] }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (t.unknown && t.kana) index.unknownKana.push(i)
    const a = t.surfaceKey[0]
    const b = t.baseKey[0]
    for (const ch of a === b ? [a] : [a, b]) {
      if (ch === undefined) continue
      const list = index.byChar.get(ch)
      if (list) list.push(i)
      else index.byChar.set(ch, [i])
    }
  }
  indexes.set(tokens, index)
  return index
}

/**
 * The tokens where the first step can match, in order; null when any token can (an optional,
 * negative or part-of-speech first step). Only tokens starting with one of the step's first
 * characters are tried: most patterns are never tried at all in a given sentence.
 */
function firstStepCandidates(tokens: Token[], first: Step): number[] | null {
  if (first.optional || first.negative || first.others.length > 0) return null
  const index = tokenIndex(tokens)
  const lists: number[][] = []
  if (index.byChar.size <= first.byFirstChar.size) {
    for (const [ch, list] of index.byChar) if (first.byFirstChar.has(ch)) lists.push(list)
  } else {
    for (const ch of first.byFirstChar.keys()) {
      const list = index.byChar.get(ch)
      if (list) lists.push(list)
    }
  }
  if (index.unknownKana.length > 0) lists.push(index.unknownKana)
  if (lists.length === 0) return NO_POSITIONS
  if (lists.length === 1) return lists[0]!
  return lists.flat().sort((a, b) => a - b)
}

const NO_POSITIONS: number[] = []

/** Every non-overlapping match of a token pattern: [startToken, endToken) pairs. */
export function findTokenMatches(
  tokens: Token[],
  pattern: CompiledPattern,
): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = []
  const first = pattern.steps[0]
  if (!first) return found
  const candidates = firstStepCandidates(tokens, first)
  let from = 0
  const count = candidates ? candidates.length : tokens.length
  for (let c = 0; c < count; c++) {
    const i = candidates ? candidates[c]! : c
    if (i < from || (c > 0 && candidates && candidates[c - 1] === i)) continue
    if (matchStep(tokens, i, first).length === 0) continue
    const end = matchFrom(tokens, pattern.steps, 0, i)
    if (end > i) {
      found.push({ start: i, end })
      from = end
    }
  }
  return found
}

/** Does a token pattern or RegExp match at the very start of tokens[from…] (for `unless.after`)? */
export function startsWith(tokens: Token[], from: number, pattern: CompiledPattern): boolean {
  return matchFrom(tokens, pattern.steps, 0, from) > from
}
