import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { findSearchResults, SEARCH_STRATEGY } from '@/lib/search'
import { evaluateSearch, type StrategyResult } from '@/lib/search/evaluation/run'
import { seedDemoContent } from '@/seed'

import { bootPayload, closePayload } from '../helpers/payload'

/**
 * Ranking on the demo content: the 30 labelled queries of lib/search/evaluation/queries.ts
 * (what `npm run search:eval` prints), with a floor under the strategy the site uses.
 */
let payload: Payload
let results: StrategyResult[]

beforeAll(async () => {
  payload = await bootPayload()
  await seedDemoContent(payload)
  results = await evaluateSearch(payload)
}, 120_000)

afterAll(async () => {
  await closePayload(payload)
})

describe('search ranking on 30 Japanese queries', () => {
  it('the site uses the analyser tokens, and they score at least the floor', () => {
    expect(SEARCH_STRATEGY).toBe('tokens')
    const used = results.find((r) => r.strategy === 'tokens')!
    expect(used.score.queries).toBe(30)
    expect(used.score.precisionAt5).toBeGreaterThanOrEqual(0.9)
    expect(used.score.recall).toBeGreaterThanOrEqual(0.95)
    expect(used.score.reciprocalRank).toBeGreaterThanOrEqual(0.9)
  })

  it('the kept strategy scores at least as well as pg_trgm on every measure', () => {
    const [tokens, trigram] = ['tokens', 'trigram'].map(
      (s) => results.find((r) => r.strategy === s)!.score,
    )
    expect(tokens!.precisionAt5).toBeGreaterThanOrEqual(trigram!.precisionAt5)
    expect(tokens!.recall).toBeGreaterThanOrEqual(trigram!.recall)
    expect(tokens!.reciprocalRank).toBeGreaterThanOrEqual(trigram!.reciprocalRank)
  })

  it('particles, compound words and half-width kana do not stop a match', async () => {
    const slugOf = async (query: string) => {
      const [top] = await findSearchResults(payload, query)
      if (!top) return null
      const doc = await payload.findByID({ collection: top.collection, id: top.id, depth: 0 })
      return `${top.collection}:${(doc as { slug: string }).slug}`
    }
    expect(await slugOf('エクソソーム療法の副作用')).toBe('treatments:exosome-therapy')
    expect(await slugOf('臍帯由来の幹細胞')).toBe('treatments:exosome-therapy')
    expect(await slugOf('ｴｸｿﾒｱ')).toBe('components:exomeres') // half-width katakana
  })
})
