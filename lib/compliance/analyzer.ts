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

  private analyse(text: string): Token[] {
    const restored = this.restoreKanji(text)
    const tokens: Token[] = []
    for (const t of this.tokenizer.tokenize(restored.text)) {
      const from = t.word_position - 1
      const to = from + t.surface_form.length
      const start = restored.starts[from] ?? text.length
      const end = restored.ends[to - 1] ?? text.length
      const surface = text.slice(start, end)
      const base = t.basic_form && t.basic_form !== '*' ? t.basic_form : t.surface_form
      tokens.push({
        surface,
        base,
        baseKey: foldKana(base.toLowerCase()),
        surfaceKey: foldKana(t.surface_form.toLowerCase()),
        reading: t.reading ? foldKana(t.reading) : KANA_ONLY.test(t.surface_form) ? foldKana(t.surface_form) : '',
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
   */
  private restoreKanji(text: string): Normalized {
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
    if (!this.kanaPattern) {
      keep(0, text.length)
      return { text: out, starts, ends }
    }
    const folded = foldKana(text)
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
 * kuromoji builds its lattice by looking every position of a sentence up in the dictionary's
 * double-array trie (the `doublearray` package). Its lookup turns the whole rest of the
 * sentence into UTF-8 bytes first, then copies and decodes the bytes of every word it finds:
 * quadratic in the sentence length and most of the analyser's time. `prefixSearch` walks the
 * same trie one character at a time and stops where the trie does, giving the same words
 * (tests/unit/compliance/analysis.spec.ts compares both on the corpus).
 */
export interface DoubleArrayTrie {
  commonPrefixSearch(key: string): Array<{ k: string; v?: number }>
  traverse(parent: number, code: number): number
  bc: { getBase(index: number): number }
}

const ROOT = 0
const NOT_FOUND = -1
const TERMINAL = 0

/** The trie kuromoji's lattice builder reads (an internal of kuromoji 0.1.2; null if it moved). */
export function latticeTrie(tokenizer: KuromojiTokenizer): DoubleArrayTrie | null {
  const trie = (tokenizer as unknown as { viterbi_builder?: { trie?: DoubleArrayTrie } }).viterbi_builder?.trie
  return trie && typeof trie.traverse === 'function' && typeof trie.bc?.getBase === 'function' ? trie : null
}

/** Every dictionary word that starts `key`, shortest first: { k: the word, v: its record }. */
export function prefixSearch(trie: DoubleArrayTrie, key: string): Array<{ k: string; v?: number }> {
  const found: Array<{ k: string; v?: number }> = []
  const bytes = [0, 0, 0, 0]
  let node = ROOT
  for (let i = 0; i < key.length; ) {
    let code = key.charCodeAt(i)
    let width = 1
    if (code >= 0xd800 && code <= 0xdbff) {
      const low = key.charCodeAt(i + 1)
      if (!(low >= 0xdc00 && low <= 0xdfff)) return found
      code = (code - 0xd800) * 0x400 + 0x10000 + (low - 0xdc00)
      width = 2
    }
    let n: number
    if (code < 0x80) {
      bytes[0] = code
      n = 1
    } else if (code < 0x800) {
      bytes[0] = (code >>> 6) | 0xc0
      bytes[1] = (code & 0x3f) | 0x80
      n = 2
    } else if (code < 0x10000) {
      bytes[0] = (code >>> 12) | 0xe0
      bytes[1] = ((code >>> 6) & 0x3f) | 0x80
      bytes[2] = (code & 0x3f) | 0x80
      n = 3
    } else {
      bytes[0] = (code >>> 18) | 0xf0
      bytes[1] = ((code >>> 12) & 0x3f) | 0x80
      bytes[2] = ((code >>> 6) & 0x3f) | 0x80
      bytes[3] = (code & 0x3f) | 0x80
      n = 4
    }
    for (let b = 0; b < n; b++) {
      node = trie.traverse(node, bytes[b]!)
      if (node === NOT_FOUND) return found
    }
    i += width
    // Words end on whole characters: the terminal below a character's last byte marks one.
    const leaf = trie.traverse(node, TERMINAL)
    if (leaf !== NOT_FOUND) {
      const base = trie.bc.getBase(leaf)
      found.push(base <= 0 ? { k: key.slice(0, i), v: -base - 1 } : { k: key.slice(0, i) })
    }
  }
  return found
}

/** How many dictionary entries' features (part of speech, base form, reading) are kept decoded. */
const FEATURE_CACHE = 50_000

interface FeatureDictionary {
  getFeatures(id: string | number): string
}

/**
 * Speeds kuromoji up without changing what it says: the trie lookup above, and the features of
 * a dictionary entry decoded once (kuromoji decodes the entry's UTF-8 bytes for every token).
 */
function fastLookups(tokenizer: KuromojiTokenizer): KuromojiTokenizer {
  const internals = tokenizer as unknown as { token_info_dictionary?: FeatureDictionary }
  const trie = latticeTrie(tokenizer)
  if (trie && !Object.hasOwn(trie, 'commonPrefixSearch')) trie.commonPrefixSearch = (key: string) => prefixSearch(trie, key)
  const words = internals.token_info_dictionary
  if (words && typeof words.getFeatures === 'function' && !Object.hasOwn(words, 'getFeatures')) {
    const decode = words.getFeatures.bind(words)
    const decoded = new Map<string | number, string>()
    words.getFeatures = (id) => {
      let features = decoded.get(id)
      if (features === undefined) {
        features = decode(id)
        if (decoded.size >= FEATURE_CACHE) decoded.clear()
        decoded.set(id, features)
      }
      return features
    }
  }
  return tokenizer
}

let loading: Promise<Analyzer> | null = null

/** The analyser, loading the dictionary on the first call (once per process). */
export function loadAnalyzer(): Promise<Analyzer> {
  if (!loading) {
    // kuromojin finds the dictionary next to the kuromoji package (node_modules/kuromoji/dict);
    // next.config.ts keeps both packages external and ships that folder with the server.
    loading = getTokenizer().then((tokenizer) => new Analyzer(fastLookups(tokenizer)))
    loading.catch(() => {
      loading = null
    })
  }
  return loading
}
