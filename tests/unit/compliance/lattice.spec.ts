/**
 * lib/compliance/lattice.ts replaces kuromoji's trie lookup and lattice builder with linear
 * ones: they must say exactly what kuromoji says. Two tokenizers are built from the same
 * dictionary — kuromoji as shipped and the sped-up one — and every sentence of the corpus, the
 * held-out set and the source article, plus awkward text, must give identical tokens.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Tokenizer } from 'kuromojin'
import { createRequire } from 'node:module'
import path from 'node:path'

import { corpus } from '@/lib/compliance/corpus'
import { heldout } from '@/lib/compliance/corpus/heldout'
import {
  latticeBuilder,
  prefixSearch,
  speedUp,
  type DoubleArrayTrie,
} from '@/lib/compliance/lattice'

import { SOURCE_ARTICLE_LINES } from './source-article.fixture'

interface Kuromoji {
  builder(options: { dicPath: string }): {
    build(done: (error: Error | null, tokenizer: Tokenizer) => void): void
  }
}

// kuromoji as kuromojin loads it (the same package and dictionary), built twice.
const require = createRequire(require_base())
const kuromoji = require('kuromoji') as Kuromoji
const dicPath = path.join(path.dirname(require.resolve('kuromoji')), '..', 'dict')

function require_base(): string {
  return createRequire(import.meta.url).resolve('kuromojin')
}

function build(): Promise<Tokenizer> {
  return new Promise((resolve, reject) =>
    kuromoji
      .builder({ dicPath })
      .build((error, tokenizer) => (error ? reject(error) : resolve(tokenizer))),
  )
}

let shipped: Tokenizer
let fast: Tokenizer

beforeAll(async () => {
  shipped = await build()
  fast = speedUp(await build())
}, 120_000)

const AWKWARD = [
  '',
  'ア',
  'ノーダウンタイム・ノーリスクのハイフシャワー',
  'ＮＯ．１のクリニック、ｶﾝﾍﾟｷな仕上がり！！',
  '費用は税込88,000円（3.5%OFF）です。',
  '絵文字😀のある文😀😀と𠮷野家の𠮷。',
  'ああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああああ',
  'カタカナカタカナカタカナカタカナカタカナカタカナカタカナカタカナカタカナカタカナカタカナカタカナカタカナ',
  'ABCDEFGHIJKLMNOPQRSTUVWXYZ abc 123 #$%',
  '改行を\n含む\r\n文\t。',
]

describe('the sped-up analyser', () => {
  it('is installed: kuromoji internals are where lib/compliance/lattice.ts expects them', () => {
    const builder = latticeBuilder(fast)
    expect(builder).not.toBeNull()
    expect(Object.hasOwn(builder!, 'build')).toBe(true)
    // The flat Viterbi search replaces the tokenizer's own per sentence.
    expect(Object.hasOwn(fast, 'tokenizeForSentence')).toBe(true)
  })

  it('finds the same dictionary words at every position as the trie lookup kuromoji ships', () => {
    const trie = latticeBuilder(shipped)!.trie as DoubleArrayTrie
    const shippedSearch = Object.getPrototypeOf(trie)
      .commonPrefixSearch as DoubleArrayTrie['commonPrefixSearch']
    const texts = [
      ...SOURCE_ARTICLE_LINES.map((l) => l.text),
      ...AWKWARD,
      ...heldout.slice(0, 40).map((c) => c.text),
    ]
    let positions = 0
    for (const text of texts) {
      for (let pos = 0; pos < text.length; pos++) {
        expect(prefixSearch(trie, text, pos)).toEqual(shippedSearch.call(trie, text.slice(pos)))
        positions++
      }
    }
    expect(positions).toBeGreaterThan(1000)
  })

  it('gives the same tokens as kuromoji on the corpus, the held-out set, the source article and awkward text', () => {
    const texts = [
      ...corpus.map((c) => c.text),
      ...heldout.map((c) => c.text),
      ...SOURCE_ARTICLE_LINES.map((l) => l.text),
      ...AWKWARD,
    ]
    const differing = texts.filter(
      (text) => JSON.stringify(fast.tokenize(text)) !== JSON.stringify(shipped.tokenize(text)),
    )
    expect(texts.length).toBeGreaterThan(800)
    expect(differing).toEqual([])
  })
})
