import type { Payload } from 'payload'

import { REVIEWED_COLLECTIONS, type ReviewedCollection } from '@/lib/domain'

import { findSearchResults, type SearchStrategy } from '..'
import { meanScore, scoreQuery, type QueryScore, type RankingScore } from './metrics'
import { searchQueries, type SearchQueryCase } from './queries'

export const STRATEGIES: SearchStrategy[] = ['tokens', 'trigram']

export type CaseResult = SearchQueryCase & { results: string[]; score: QueryScore }
export type StrategyResult = { strategy: SearchStrategy; score: RankingScore; cases: CaseResult[] }

/** `collection:slug` of every published document, by `collection:id`. */
async function slugsById(payload: Payload): Promise<Map<string, string>> {
  const map = new Map<string, string>()
  for (const collection of REVIEWED_COLLECTIONS) {
    const { docs } = await payload.find({
      collection,
      depth: 0,
      limit: 0,
      pagination: false,
      select: { slug: true },
    })
    for (const doc of docs as Array<{ id: number; slug?: string | null }>)
      map.set(`${collection}:${doc.id}`, `${collection}:${doc.slug}`)
  }
  return map
}

/** Runs the labelled queries with each strategy on the database's search index. */
export async function evaluateSearch(
  payload: Payload,
  cases: SearchQueryCase[] = searchQueries,
): Promise<StrategyResult[]> {
  const slugs = await slugsById(payload)
  const name = (collection: ReviewedCollection, id: number) =>
    slugs.get(`${collection}:${id}`) ?? `${collection}:#${id}`
  const out: StrategyResult[] = []
  for (const strategy of STRATEGIES) {
    const results: CaseResult[] = []
    for (const c of cases) {
      const hits = await findSearchResults(payload, c.query, { strategy, limit: 10 })
      const names = hits.map((h) => name(h.collection, h.id))
      results.push({ ...c, results: names, score: scoreQuery(names, c.expected) })
    }
    out.push({ strategy, score: meanScore(results.map((r) => r.score)), cases: results })
  }
  return out
}
