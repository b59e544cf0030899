/**
 * Japanese morphological analysis for the checker: kuromoji (through kuromojin) gives each
 * word its base form (消えます・消えた → 消える), part of speech and reading. The dictionary
 * (~20 MB, a second or two to load) is loaded once per process, on the first check.
 *
 * Text is analysed sentence by sentence, width-normalised (ＮＯ．１ → NO.1, ｶﾝﾍﾟｷ → カンペキ)
 * and with emphasis words spelt in kana given back their kanji (ゼッタイ・ぜったい → 絶対,
 * カンペキ → 完璧: see KANA_SPELLED in lexicon.ts) so that grammar, not a list of spellings,
 * decides what the sentence says. Every token keeps offsets into the original text.
 */
import { getTokenizer, type Tokenizer as KuromojiTokenizer } from 'kuromojin'

import { speedUp } from './lattice'
import { KANA_SPELLED } from './lexicon'
import { foldKana, type Normalized } from './normalize'

export interface Token {
  surface: string
  /** Dictionary form (消えます → 消える); the surface for unknown words. */
  base: string
  /** Folded keys a lexeme is compared with: base form and surface (katakana → hiragana, lower case). */
  baseKey: string
  surfaceKey: string
  /** Hiragana reading ('' when unknown). */
  reading: string
  /** Part of speech, e.g. 名詞, 動詞, 助動詞, 助詞, 記号; and its first sub-category. */
  pos: string
  pos1: string
  /** Conjugated form (連用形, 未然形, 基本形…) or '*'. */
  form: string
  /** Written in kana only. */
  kana: boolean
  /** Not in the dictionary: a katakana run the analyser kept whole (ノーダウンタイム・ノーリスク). */
  unknown: boolean
  /** Offsets in the width-normalised sentence (see Sentence.text). */
  start: number
  end: number
}

const KANA_ONLY = /^[\u3041-\u309f\u30a0-\u30ffー・]+$/u

/** Keeps the analyses of recently seen sentences: the admin panel re-checks mostly unchanged text. */
const CACHE_SIZE = 5000

export class Analyzer {
  private cache = new Map<string, Token[]>()
  /** Reading (hiragana) → kanji spelling, for words clinics write in kana for emphasis. */
  private kanaSpelled: Map<string, string>
  private kanaPattern: RegExp | null

  constructor(private tokenizer: KuromojiTokenizer) {
    this.kanaSpelled = new Map()
    for (const word of KANA_SPELLED) {
      const reading = this.readingOf(word)
      if (reading.length >= 3) this.kanaSpelled.set(reading, word)
    }
    const alternatives = [...this.kanaSpelled.keys()].sort((a, b) => b.length - a.length)
    this.kanaPattern = alternatives.length > 0 ? new RegExp(alternatives.join('|'), 'gu') : null
  }

  /** The hiragana reading of a word, as the dictionary reads it (絶対 → ぜったい). */
  readingOf(word: string): string {
    return this.tokenizer
      .tokenize(word.normalize('NFKC'))
      .map((t) => foldKana(t.reading ?? t.surface_form))
      .join('')
  }

  /** The tokens of one width-normalised sentence, with offsets into it. */
  tokenize(text: string): Token[] {
    const cached = this.cache.get(text)
    if (cached) return cached
    const tokens = this.analyse(text)
    if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string)
    this.cache.set(text, tokens)
    return tokens
  }

  /** Folded forms of the dictionary's strings, which recur from sentence to sentence. */
  private keys = new Map<string, string>()
  private kanas = new Map<string, string>()

  private key(word: string): string {
    let key = this.keys.get(word)
    if (key === undefined) {
      key = foldKana(word.toLowerCase())
      if (this.keys.size >= CACHE_SIZE * 4) this.keys.clear()
      this.keys.set(word, key)
    }
    return key
  }

  private kana(word: string): string {
    let folded = this.kanas.get(word)
    if (folded === undefined) {
      folded = foldKana(word)
      if (this.kanas.size >= CACHE_SIZE * 4) this.kanas.clear()
      this.kanas.set(word, folded)
    }
    return folded
  }

  private analyse(text: string): Token[] {
    const restored = this.restoreKanji(text)
    const tokens: Token[] = []
    for (const t of this.tokenizer.tokenize(restored ? restored.text : text)) {
      const from = t.word_position - 1
      const to = from + t.surface_form.length
      const start = restored ? (restored.starts[from] ?? text.length) : from
      const end = restored ? (restored.ends[to - 1] ?? text.length) : to
      const surface = restored ? text.slice(start, end) : t.surface_form
      const base = t.basic_form && t.basic_form !== '*' ? t.basic_form : t.surface_form
      tokens.push({
        surface,
        base,
        baseKey: this.key(base),
        surfaceKey: this.key(t.surface_form),
        reading: t.reading
          ? this.kana(t.reading)
          : KANA_ONLY.test(t.surface_form)
            ? this.kana(t.surface_form)
            : '',
        pos: t.pos,
        pos1: t.pos_detail_1,
        form: t.conjugated_form,
        kana: KANA_ONLY.test(surface),
        unknown: t.word_type === 'UNKNOWN',
        start,
        end,
      })
    }
    return tokens
  }

  /**
   * Replaces emphasis words spelt in kana (カンペキ, ぜったい, アンゼン) by their kanji, keeping a
   * map back: the dictionary would otherwise cut a hiragana word into unrelated pieces.
   * Only whole runs of kana are looked at, from their start or right after a particle.
   * Null when there is nothing to give back (most sentences): the text is analysed as it is.
   */
  private restoreKanji(text: string): Normalized | null {
    if (!this.kanaPattern) return null
    const folded = foldKana(text)
    this.kanaPattern.lastIndex = 0
    let any = false
    for (const m of folded.matchAll(this.kanaPattern)) {
      if (this.kanaSpelled.has(m[0]) && startsWord(text, m.index ?? 0)) {
        any = true
        break
      }
    }
    if (!any) return null
    const starts: number[] = []
    const ends: number[] = []
    let out = ''
    const keep = (from: number, to: number) => {
      for (let i = from; i < to; i++) {
        out += text[i]
        starts.push(i)
        ends.push(i + 1)
      }
    }
    let done = 0
    this.kanaPattern.lastIndex = 0
    for (const m of folded.matchAll(this.kanaPattern)) {
      const at = m.index ?? 0
      const word = this.kanaSpelled.get(m[0])
      if (!word || !startsWord(text, at)) continue
      keep(done, at)
      for (const ch of word) {
        out += ch
        starts.push(at)
        ends.push(at + m[0].length)
      }
      done = at + m[0].length
    }
    keep(done, text.length)
    return { text: out, starts, ends }
  }
}

/** Particles after which a kana word may start (ぜったいに, とてもかんぺき…). */
const WORD_BREAK_BEFORE = /[はがをにでともへやのかねよ]/u
const KANA = /[\u3041-\u309f\u30a0-\u30ffー]/u

function startsWord(text: string, at: number): boolean {
  const before = text[at - 1]
  if (before === undefined || !KANA.test(before)) return true
  // Katakana after hiragana, or the other way round, starts a new word.
  const isKatakana = (ch: string) => /[\u30a0-\u30ff]/u.test(ch)
  if (isKatakana(before) !== isKatakana(text[at] ?? '')) return true
  return WORD_BREAK_BEFORE.test(before)
}

/**
 * The loaded analyser lives on globalThis, not in this module: once per process even where
 * modules are evaluated again (Next's dev server after an edit, each Jest test file), since the
 * dictionary costs about a second and a hundred megabytes each time.
 */
const shared = globalThis as typeof globalThis & { hikakuAnalyzer?: Promise<Analyzer> | null }

/** The analyser, loading the dictionary on the first call (once per process). */
export function loadAnalyzer(): Promise<Analyzer> {
  if (!shared.hikakuAnalyzer) {
    // kuromojin finds the dictionary next to the kuromoji package (node_modules/kuromoji/dict);
    // next.config.ts keeps both packages external and ships that folder with the server.
    const loading = getTokenizer().then((tokenizer) => new Analyzer(speedUp(tokenizer)))
    loading.catch(() => {
      shared.hikakuAnalyzer = null
    })
    shared.hikakuAnalyzer = loading
  }
  return shared.hikakuAnalyzer
}
