import type { Payload } from 'payload'
import type pg from 'pg'

import { loadAnalyzer } from '@/lib/compliance'

import { searchSite, type SearchHit, type SearchStrategy } from './query'

export {
  checkQuery,
  MAX_QUERY_LENGTH,
  SEARCH_LIMIT,
  SEARCH_STRATEGY,
  type SearchHit,
  type SearchStrategy,
} from './query'

/** The published documents matching a checked query (see lib/search/query.ts), best first. */
export async function findSearchResults(
  payload: Payload,
  query: string,
  options: { strategy?: SearchStrategy; limit?: number } = {},
): Promise<SearchHit[]> {
  const pool: pg.Pool = payload.db.pool
  return searchSite(pool, await loadAnalyzer(), query, options)
}
