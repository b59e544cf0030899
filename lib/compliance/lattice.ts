/**
 * Makes kuromoji (0.1.2, through kuromojin) faster without changing what it says. Its lattice
 * builder looks every position of a sentence up in the dictionary's double-array trie with the
 * whole rest of the sentence as the key: the lookup encodes that rest to UTF-8 and copies and
 * decodes the bytes of every word found, and the builder re-scans the rest for surrogate pairs —
 * quadratic in the sentence length, and most of the analyser's time. Here:
 *
 *  - `prefixSearch` walks the same trie one character at a time from a position and stops where
 *    the trie stops (no copy of the rest of the sentence);
 *  - `buildLattice` builds the same lattice in one pass (text without surrogate pairs; other
 *    text goes to kuromoji's own builder);
 *  - a dictionary entry's features (part of speech, base form, reading) are decoded once;
 *  - `tokenizeForSentence` builds that lattice into flat typed arrays and runs the same Viterbi
 *    search over them (same costs, same order of nodes, same tie-breaking: the first cheapest
 *    predecessor wins), so a sentence allocates a handful of tokens instead of a node object per
 *    dictionary word; only the best path's words are formatted, by kuromoji's own formatter.
 *
 * tests/unit/compliance/lattice.spec.ts checks that the tokens are the same as kuromoji's own
 * on the whole corpus. The objects touched are kuromoji internals: if they are not where this
 * expects them, nothing is replaced and kuromoji runs as shipped.
 */
import type { Tokenizer } from 'kuromojin'

export interface DoubleArrayTrie {
  commonPrefixSearch(key: string): Array<{ k: string; v?: number }>
  traverse(parent: number, code: number): number
  bc: {
    getBase(index: number): number
    getBaseBuffer?(): ArrayLike<number>
    getCheckBuffer?(): ArrayLike<number>
  }
}

/**
 * The trie's BASE and CHECK arrays, read directly: the same steps as its traverse() (child =
 * BASE[parent] + code, valid when CHECK[child] is the parent) without two calls per byte.
 */
function traverser(trie: DoubleArrayTrie): (parent: number, code: number) => number {
  const base = trie.bc.getBaseBuffer?.()
  const check = trie.bc.getCheckBuffer?.()
  if (!base || !check) return (parent, code) => trie.traverse(parent, code)
  return (parent, code) => {
    // Out of range, kuromoji's getBase gives -parent + 1 and getCheck a negative number: no child.
    if (parent >= base.length) return NOT_FOUND
    const child = base[parent]! + code
    return child >= 0 && child < check.length && check[child] === parent ? child : NOT_FOUND
  }
}

const traversers = new WeakMap<DoubleArrayTrie, (parent: number, code: number) => number>()

function traverseOf(trie: DoubleArrayTrie): (parent: number, code: number) => number {
  let traverse = traversers.get(trie)
  if (!traverse) traversers.set(trie, (traverse = traverser(trie)))
  return traverse
}

interface EntryDictionary {
  target_map: Record<number, ArrayLike<number | string>>
  dictionary: { getShort(offset: number): number }
  getFeatures(id: string | number): string
}

interface CharClass {
  class_id: number
  class_name: string
  is_always_invoke: number
  is_grouping: number
}

interface Lattice {
  append(node: object): void
  appendEos(): void
}

type NodeConstructor = new (
  name: number,
  cost: number,
  start: number,
  length: number,
  type: string,
  left: number,
  right: number,
  surface: string,
) => object

interface LatticeBuilder {
  trie: DoubleArrayTrie
  token_info_dictionary: EntryDictionary
  unknown_dictionary: EntryDictionary & { lookup(ch: string): CharClass }
  build(text: string): Lattice
}

interface Internals {
  viterbi_builder?: LatticeBuilder
  token_info_dictionary?: EntryDictionary
  unknown_dictionary?: EntryDictionary
  viterbi_searcher?: { connection_costs?: { buffer?: Int16Array; backward_dimension?: number } }
  formatter?: {
    formatEntry(id: number, position: number, type: string, features: string[]): KuromojiToken
    formatUnknownEntry(
      id: number,
      position: number,
      type: string,
      features: string[],
      surface: string,
    ): KuromojiToken
  }
  tokenizeForSentence?: (sentence: string, tokens?: KuromojiToken[]) => KuromojiToken[]
}

type KuromojiToken = { word_position: number }

const ROOT = 0
const NOT_FOUND = -1
const TERMINAL = 0
// No u flag: with it a surrogate pair reads as one code point outside this range.
const SURROGATE = /[\ud800-\udfff]/

/**
 * Walks the trie from position `from` of `text`, one character (its UTF-8 bytes) at a time, and
 * writes where each dictionary word starting there ends (`ends`, exclusive) and its record
 * (`records`, -1 when the leaf has none). Returns how many were found, shortest first.
 */
function walkPrefixes(
  trie: DoubleArrayTrie,
  text: string,
  from: number,
  ends: number[],
  records: number[],
): number {
  const traverse = traverseOf(trie)
  let count = 0
  let node = ROOT
  for (let i = from; i < text.length;) {
    let code = text.charCodeAt(i)
    let width = 1
    if (code >= 0xd800 && code <= 0xdbff) {
      const low = text.charCodeAt(i + 1)
      if (!(low >= 0xdc00 && low <= 0xdfff)) return count
      code = (code - 0xd800) * 0x400 + 0x10000 + (low - 0xdc00)
      width = 2
    }
    if (code < 0x80) {
      node = traverse(node, code)
    } else if (code < 0x800) {
      node = traverse(node, (code >>> 6) | 0xc0)
      if (node !== NOT_FOUND) node = traverse(node, (code & 0x3f) | 0x80)
    } else if (code < 0x10000) {
      node = traverse(node, (code >>> 12) | 0xe0)
      if (node !== NOT_FOUND) node = traverse(node, ((code >>> 6) & 0x3f) | 0x80)
      if (node !== NOT_FOUND) node = traverse(node, (code & 0x3f) | 0x80)
    } else {
      node = traverse(node, (code >>> 18) | 0xf0)
      if (node !== NOT_FOUND) node = traverse(node, ((code >>> 12) & 0x3f) | 0x80)
      if (node !== NOT_FOUND) node = traverse(node, ((code >>> 6) & 0x3f) | 0x80)
      if (node !== NOT_FOUND) node = traverse(node, (code & 0x3f) | 0x80)
    }
    if (node === NOT_FOUND) return count
    i += width
    // Words end on whole characters: a terminal below a character's last byte marks one.
    const leaf = traverse(node, TERMINAL)
    if (leaf !== NOT_FOUND) {
      const base = trie.bc.getBase(leaf)
      ends[count] = i
      records[count] = base <= 0 ? -base - 1 : -1
      count++
    }
  }
  return count
}

/** Every dictionary word that starts at `from` in `text`, shortest first: { k: the word, v: its record }. */
export function prefixSearch(
  trie: DoubleArrayTrie,
  text: string,
  from = 0,
): Array<{ k: string; v?: number }> {
  const ends: number[] = []
  const records: number[] = []
  const count = walkPrefixes(trie, text, from, ends, records)
  const found: Array<{ k: string; v?: number }> = []
  for (let w = 0; w < count; w++)
    found.push(
      records[w]! >= 0
        ? { k: text.slice(from, ends[w]), v: records[w] }
        : { k: text.slice(from, ends[w]) },
    )
  return found
}

/** A dictionary entry as the lattice needs it: [entry id, left context id, right context id, word cost]. */
type Entry = [number, number, number, number]

/** The entries listed under a trie record or a character class, read from the dictionary once. */
function entriesOf(dict: EntryDictionary, id: number, read: Map<number, Entry[]>): Entry[] {
  let entries = read.get(id)
  if (entries) return entries
  entries = []
  const ids = dict.target_map[id] ?? []
  for (let e = 0; e < ids.length; e++) {
    const entry = Number(ids[e])
    entries.push([
      entry,
      dict.dictionary.getShort(entry),
      dict.dictionary.getShort(entry + 2),
      dict.dictionary.getShort(entry + 4),
    ])
  }
  read.set(id, entries)
  return entries
}

/** Adds a lattice node for every entry. */
function appendEntries(
  lattice: Lattice,
  Node: NodeConstructor,
  entries: Entry[],
  pos: number,
  word: string,
  type: string,
): void {
  for (let e = 0; e < entries.length; e++) {
    const [entry, left, right, cost] = entries[e]!
    lattice.append(new Node(entry, cost, pos + 1, word.length, type, left, right, word))
  }
}

/** Entries read so far, per dictionary (bounded by the dictionary's size; cleared past READ_CACHE). */
const READ_CACHE = 100_000
const knownRead = new Map<number, Entry[]>()
/** Scratch arrays for walkPrefixes (the builder never re-enters itself). */
const wordEnds: number[] = []
const wordRecords: number[] = []
const unknownRead = new Map<number, Entry[]>()

/**
 * The word lattice of a sentence, as kuromoji's builder makes it: the dictionary words starting
 * at each position, and an unknown word there when no dictionary word starts there or the
 * character's class always asks for one (a run of the same class when the class groups).
 */
function buildLattice(
  builder: LatticeBuilder,
  text: string,
  Lattice: new () => Lattice,
  Node: NodeConstructor,
): Lattice {
  const lattice = new Lattice()
  const unknown = builder.unknown_dictionary
  const ends = wordEnds
  const records = wordRecords
  // Each character's class, and where the run of its class ends (an unknown word groups a run): once per sentence.
  const classes: CharClass[] = new Array<CharClass>(text.length)
  for (let i = 0; i < text.length; i++) classes[i] = unknown.lookup(text[i]!)
  const runEnds: number[] = new Array<number>(text.length)
  for (let i = text.length - 1; i >= 0; i--)
    runEnds[i] =
      i + 1 < text.length && classes[i + 1]!.class_name === classes[i]!.class_name
        ? runEnds[i + 1]!
        : i + 1
  for (let pos = 0; pos < text.length; pos++) {
    const count = walkPrefixes(builder.trie, text, pos, ends, records)
    for (let w = 0; w < count; w++) {
      if (records[w]! >= 0)
        appendEntries(
          lattice,
          Node,
          entriesOf(builder.token_info_dictionary, records[w]!, knownRead),
          pos,
          text.slice(pos, ends[w]),
          'KNOWN',
        )
    }
    const head = classes[pos]!
    if (count > 0 && head.is_always_invoke !== 1) continue
    const end = head.is_grouping === 1 ? runEnds[pos]! : pos + 1
    appendEntries(
      lattice,
      Node,
      entriesOf(unknown, head.class_id, unknownRead),
      pos,
      text.slice(pos, end),
      'UNKNOWN',
    )
  }
  if (knownRead.size > READ_CACHE) knownRead.clear()
  lattice.appendEos()
  return lattice
}

/** Growable scratch arrays for the flat lattice (the analyser never re-enters itself). */
class FlatLattice {
  size = 0
  name = new Int32Array(1024)
  cost = new Int32Array(1024)
  /** 1-based, as kuromoji's start_pos. */
  start = new Int32Array(1024)
  length = new Int32Array(1024)
  left = new Int32Array(1024)
  right = new Int32Array(1024)
  unknown = new Uint8Array(1024)
  shortest = new Float64Array(1024)
  /** Index of the best predecessor; BOS = -1, none = -2. */
  prev = new Int32Array(1024)
  /** Node indexes bucketed by end position (stable: insertion order within a bucket). */
  order = new Int32Array(1024)
  bucketStart = new Int32Array(256)
  /** Scratch for bucket(): the next free slot per end position. */
  fill = new Int32Array(256)

  reset(): void {
    this.size = 0
  }

  push(entries: Entry[], pos: number, length: number, unknown: boolean): void {
    for (let e = 0; e < entries.length; e++) {
      if (this.size === this.name.length) this.grow()
      const [entry, left, right, cost] = entries[e]!
      const n = this.size++
      this.name[n] = entry
      this.cost[n] = cost
      this.start[n] = pos + 1
      this.length[n] = length
      this.left[n] = left
      this.right[n] = right
      this.unknown[n] = unknown ? 1 : 0
    }
  }

  private grow(): void {
    const twice = <T extends Int32Array | Uint8Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(a.length * 2)
      b.set(a)
      return b
    }
    this.name = twice(this.name)
    this.cost = twice(this.cost)
    this.start = twice(this.start)
    this.length = twice(this.length)
    this.left = twice(this.left)
    this.right = twice(this.right)
    this.unknown = twice(this.unknown)
    this.shortest = new Float64Array(this.name.length)
    this.prev = new Int32Array(this.name.length)
    this.order = new Int32Array(this.name.length)
  }

  /** Counting sort of the nodes by end position (1..n), keeping insertion order. */
  bucket(n: number): void {
    if (this.bucketStart.length < n + 2) this.bucketStart = new Int32Array((n + 2) * 2)
    const starts = this.bucketStart
    starts.fill(0, 0, n + 2)
    for (let i = 0; i < this.size; i++) starts[this.start[i]! + this.length[i]! - 1 + 1]!++
    for (let e = 1; e < n + 2; e++) starts[e]! += starts[e - 1]!
    if (this.fill.length < n + 1) this.fill = new Int32Array((n + 1) * 2)
    const fill = this.fill
    fill.set(starts.subarray(0, n + 1))
    for (let i = 0; i < this.size; i++)
      this.order[fill[this.start[i]! + this.length[i]! - 1]!++] = i
  }
}

const flat = new FlatLattice()

/** The lattice of `text` (no surrogate pairs) into `flat`, nodes in the order buildLattice appends them. */
/** Scratch per character: its class and where the run of its class ends (reused, like `flat`). */
const flatClasses: CharClass[] = []
let flatRunEnds = new Int32Array(256)

function buildFlat(builder: LatticeBuilder, text: string): void {
  flat.reset()
  const unknown = builder.unknown_dictionary
  const classes = flatClasses
  for (let i = 0; i < text.length; i++) classes[i] = unknown.lookup(text[i]!)
  if (flatRunEnds.length < text.length) flatRunEnds = new Int32Array(text.length * 2)
  const runEnds = flatRunEnds
  for (let i = text.length - 1; i >= 0; i--)
    runEnds[i] =
      i + 1 < text.length && classes[i + 1]!.class_name === classes[i]!.class_name
        ? runEnds[i + 1]!
        : i + 1
  for (let pos = 0; pos < text.length; pos++) {
    const count = walkPrefixes(builder.trie, text, pos, wordEnds, wordRecords)
    for (let w = 0; w < count; w++) {
      if (wordRecords[w]! >= 0)
        flat.push(
          entriesOf(builder.token_info_dictionary, wordRecords[w]!, knownRead),
          pos,
          wordEnds[w]! - pos,
          false,
        )
    }
    const head = classes[pos]!
    if (count > 0 && head.is_always_invoke !== 1) continue
    const end = head.is_grouping === 1 ? runEnds[pos]! : pos + 1
    flat.push(entriesOf(unknown, head.class_id, unknownRead), pos, end - pos, true)
  }
  if (knownRead.size > READ_CACHE) knownRead.clear()
}

/**
 * kuromoji's ViterbiSearcher over the flat lattice: forward (per end position, per node in
 * insertion order, the first predecessor of least cost), then back from EOS. Returns the best
 * path as node indexes, or null where kuromoji's search gives an empty path.
 */
function bestPath(n: number, costs: Int16Array, width: number): number[] | null {
  flat.bucket(n)
  const { order, bucketStart, start, left, right, cost, shortest, prev } = flat
  for (let e = 1; e <= n; e++) {
    for (let b = bucketStart[e]!; b < bucketStart[e + 1]!; b++) {
      const j = order[b]!
      const before = start[j]! - 1
      let best = Number.MAX_VALUE
      let from = -2
      if (before === 0) {
        // Only BOS ends at 0 (right id 0, cost 0).
        const c = 0 + costs[0 * width + left[j]! + 2]! + cost[j]!
        if (c < best) {
          best = c
          from = -1
        }
      } else {
        for (let k = bucketStart[before]!; k < bucketStart[before + 1]!; k++) {
          const i = order[k]!
          const c = shortest[i]! + costs[right[i]! * width + left[j]! + 2]! + cost[j]!
          if (c < best) {
            best = c
            from = i
          }
        }
      }
      prev[j] = from
      shortest[j] = best
    }
  }
  // EOS: left id 0, cost 0, after the nodes ending at n.
  let best = Number.MAX_VALUE
  let node = -2
  for (let k = bucketStart[n]!; k < bucketStart[n + 1]!; k++) {
    const i = order[k]!
    const c = shortest[i]! + costs[right[i]! * width + 0 + 2]! + 0
    if (c < best) {
      best = c
      node = i
    }
  }
  const path: number[] = []
  while (node !== -1) {
    if (node === -2) return null
    path.push(node)
    node = prev[node]!
  }
  return path.reverse()
}

/** A dictionary entry's features, split once (the formatter only reads them). */
const splitFeatures = new Map<number, string[]>()

function featuresOf(dict: EntryDictionary, name: number, unknown: boolean): string[] {
  const key = unknown ? -1 - name : name
  let features = splitFeatures.get(key)
  if (features === undefined) {
    const line = dict.getFeatures(name)
    features = line == null ? [] : line.split(',')
    if (splitFeatures.size >= FEATURE_CACHE) splitFeatures.clear()
    splitFeatures.set(key, features)
  }
  return features
}

/** kuromoji's tokenizeForSentence on the flat lattice; the same tokens, formatted by kuromoji's formatter. */
function flatTokenizer(
  internals: Required<
    Pick<Internals, 'formatter' | 'token_info_dictionary' | 'unknown_dictionary'>
  >,
  builder: LatticeBuilder,
  costs: Int16Array,
  width: number,
) {
  return (sentence: string, tokens: KuromojiToken[] = []): KuromojiToken[] => {
    buildFlat(builder, sentence)
    const path = bestPath(sentence.length, costs, width)
    if (!path) return tokens
    const lastPos = tokens.length > 0 ? tokens[tokens.length - 1]!.word_position : 0
    for (const j of path) {
      const name = flat.name[j]!
      const position = lastPos + flat.start[j]!
      if (flat.unknown[j]) {
        const surface = sentence.slice(flat.start[j]! - 1, flat.start[j]! - 1 + flat.length[j]!)
        tokens.push(
          internals.formatter.formatUnknownEntry(
            name,
            position,
            'UNKNOWN',
            featuresOf(internals.unknown_dictionary, name, true),
            surface,
          ),
        )
      } else {
        tokens.push(
          internals.formatter.formatEntry(
            name,
            position,
            'KNOWN',
            featuresOf(internals.token_info_dictionary, name, false),
          ),
        )
      }
    }
    return tokens
  }
}

/** How many dictionary entries' features are kept decoded. */
const FEATURE_CACHE = 50_000

function decodeOnce(dict: EntryDictionary): void {
  if (Object.hasOwn(dict, 'getFeatures')) return
  const decode = dict.getFeatures.bind(dict)
  const decoded = new Map<string | number, string>()
  dict.getFeatures = (id) => {
    let features = decoded.get(id)
    if (features === undefined) {
      features = decode(id)
      if (decoded.size >= FEATURE_CACHE) decoded.clear()
      decoded.set(id, features)
    }
    return features
  }
}

/** kuromoji's internals are not in its public type: every property is optional and checked before use. */
function internalsOf(tokenizer: Tokenizer): Internals {
  const value: object = tokenizer
  return value as Internals
}

/** kuromoji's lattice builder, or null when its internals are not where this module expects them. */
export function latticeBuilder(tokenizer: Tokenizer): LatticeBuilder | null {
  const builder = internalsOf(tokenizer).viterbi_builder
  const ok =
    builder &&
    typeof builder.build === 'function' &&
    typeof builder.trie?.traverse === 'function' &&
    typeof builder.trie.bc?.getBase === 'function' &&
    typeof builder.token_info_dictionary?.dictionary?.getShort === 'function' &&
    typeof builder.unknown_dictionary?.lookup === 'function'
  return ok ? builder : null
}

/** Installs the faster lookups on a kuromoji tokenizer (once); returns the tokenizer. */
export function speedUp(tokenizer: Tokenizer): Tokenizer {
  const internals = internalsOf(tokenizer)
  if (
    internals.token_info_dictionary &&
    typeof internals.token_info_dictionary.getFeatures === 'function'
  )
    decodeOnce(internals.token_info_dictionary)
  const builder = latticeBuilder(tokenizer)
  if (!builder || Object.hasOwn(builder, 'build')) return tokenizer
  const original = builder.build.bind(builder)
  // kuromoji's own lattice and node classes, taken from an empty lattice (its BOS node).
  const empty = original('') as Lattice & {
    nodes_end_at?: Array<Array<{ constructor: NodeConstructor }>>
  }
  const Node = empty.nodes_end_at?.[0]?.[0]?.constructor
  if (!Node) return tokenizer
  const LatticeClass = empty.constructor as new () => Lattice
  builder.build = (text: string) =>
    SURROGATE.test(text) ? original(text) : buildLattice(builder, text, LatticeClass, Node)
  const costs = internals.viterbi_searcher?.connection_costs
  const { formatter, token_info_dictionary, unknown_dictionary, tokenizeForSentence } = internals
  if (
    costs?.buffer instanceof Int16Array &&
    typeof costs.backward_dimension === 'number' &&
    formatter &&
    token_info_dictionary &&
    unknown_dictionary &&
    typeof tokenizeForSentence === 'function'
  ) {
    const shipped = tokenizeForSentence.bind(tokenizer)
    const fast = flatTokenizer(
      { formatter, token_info_dictionary, unknown_dictionary },
      builder,
      costs.buffer,
      costs.backward_dimension,
    )
    internals.tokenizeForSentence = (sentence, tokens) =>
      sentence.length === 0 || SURROGATE.test(sentence)
        ? shipped(sentence, tokens)
        : fast(sentence, tokens)
  }
  return tokenizer
}
