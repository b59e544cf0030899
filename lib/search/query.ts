/**
 * Site search over the index the search plugin keeps (collections/Search.ts): published
 * articles, treatments, components and references only.
 *
 * Two ways of matching Japanese were compared on the queries of
 * tests/fixtures/search-queries.ts (`npm run search:eval`):
 *  - 'tokens': the guideline checker's analyser turns the query into the same tokens the
 *    index stores; PostgreSQL full text (`search_vector @@ tsquery`, title weighted above
 *    text) finds and ranks. Every token must match; when nothing does, any token may.
 *  - 'trigram': the query's words as typed, matched as substrings of the text with pg_trgm's
 *    GIN index (two-character words through the text's character pairs), fuzzy
 *    (`<%`, word similarity) when no document contains them all.
 * SEARCH_STRATEGY is the one that scored better; the other stays for the evaluation.
 */
import type { Analyzer } from '@/lib/compliance/analyzer'
import type { ReviewedCollection } from '@/lib/domain'

import { snippetHtml, type Highlight } from './snippet'
import { searchWords } from './tokens'

export type SearchStrategy = 'tokens' | 'trigram'
export const SEARCH_STRATEGY: SearchStrategy = 'tokens'

export const MAX_QUERY_LENGTH = 100
export const SEARCH_LIMIT = 20

/** A pg Pool or client: whatever can run a parameterised query. */
export type Queryable = {
  query: (text: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>
}

export type SearchHit = {
  /** The document's id in its collection. */
  id: number
  collection: ReviewedCollection
  title: string
  path: string
  /** HTML: escaped text with <mark> around the hits. */
  snippet: string
}

export type QueryCheck = { ok: true; query: string } | { ok: false; reason: 'empty' | 'tooLong' }

/** The query as searched (NFKC, spaces collapsed), or why there is nothing to search. */
export function checkQuery(raw: string | string[] | null | undefined): QueryCheck {
  const value = (Array.isArray(raw) ? raw[0] : raw) ?? ''
  const query = value.normalize('NFKC').replace(/\s+/g, ' ').trim()
  if (!query) return { ok: false, reason: 'empty' }
  if ([...query].length > MAX_QUERY_LENGTH) return { ok: false, reason: 'tooLong' }
  return { ok: true, query }
}

/** The words of a query as typed: split at spaces and Japanese punctuation, lower case. */
export const queryTerms = (query: string): string[] => [
  ...new Set(
    query
      .toLowerCase()
      .split(/[\s、。・,.!?！？「」『』（）()]+/u)
      .filter(Boolean),
  ),
]

const RELATION = `CASE WHEN r.articles_id IS NOT NULL THEN 'articles' WHEN r.treatments_id IS NOT NULL THEN 'treatments'
  WHEN r.components_id IS NOT NULL THEN 'components' ELSE 'references' END`
const SELECT = `SELECT coalesce(r.articles_id, r.treatments_id, r.components_id, r.references_id) AS doc_id, s.title, s.path, s.content, ${RELATION} AS collection`
const FROM = `FROM search s JOIN search_rels r ON r.parent_id = s.id AND r.path = 'doc'`

/**
 * Ranking reads every candidate's vector, so a word found in thousands of documents would
 * cost thousands of reads: candidates are the documents with the words in their title (up
 * to TITLE_CANDIDATES) and up to TEXT_CANDIDATES others, best-ranked among themselves.
 * Below those counts (the demo site, most queries of a large one) the ranking is exact.
 * The result's other columns are read for the page of results only.
 */
const TITLE_CANDIDATES = 200
const TEXT_CANDIDATES = 300

async function byTokens(
  db: Queryable,
  tokens: string[],
  limit: number,
): Promise<Record<string, unknown>[]> {
  if (!tokens.length) return []
  const run = (any: boolean) => {
    const tsquery = any
      ? `replace(plainto_tsquery('simple', $1)::text, ' & ', ' | ')::tsquery`
      : `plainto_tsquery('simple', $1)`
    return db.query(
      `WITH ranked AS (
         SELECT s.id, ts_rank(s.search_vector, ${tsquery}, 1) * (1 + 0.05 * coalesce(s.priority, 0)) AS score
         FROM search s
         WHERE s.id IN (
           (SELECT id FROM search WHERE title_vector @@ ${tsquery} LIMIT ${TITLE_CANDIDATES})
           UNION ALL
           (SELECT id FROM search WHERE search_vector @@ ${tsquery} LIMIT ${TEXT_CANDIDATES})
         )
         ORDER BY score DESC, s.id LIMIT $2
       )
       ${SELECT} FROM ranked JOIN search s ON s.id = ranked.id JOIN search_rels r ON r.parent_id = s.id AND r.path = 'doc'
       ORDER BY ranked.score DESC, s.id`,
      [tokens.join(' '), limit],
    )
  }
  const all = await run(false)
  return all.rows.length || tokens.length < 2 ? all.rows : (await run(true)).rows
}

const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

async function byTrigrams(
  db: Queryable,
  query: string,
  terms: string[],
  limit: number,
): Promise<Record<string, unknown>[]> {
  if (!terms.length) return []
  const values: unknown[] = [query, limit]
  const conditions: string[] = []
  const titleHits: string[] = []
  for (const term of terms) {
    values.push(likePattern(term))
    const like = `$${values.length}`
    titleHits.push(`(s.title ILIKE ${like})::int`)
    if ([...term].length === 2) {
      values.push([term])
      conditions.push(`s.content_bigrams @> $${values.length}::text[]`)
    } else conditions.push(`s.content ILIKE ${like}`)
  }
  const score = `(${titleHits.join(' + ')}) * 2 + similarity(s.title, $1) + 0.05 * coalesce(s.priority, 0)`
  const run = (where: string) =>
    db.query(
      `${SELECT}, ${score} AS score ${FROM} WHERE ${where} ORDER BY score DESC, s.id LIMIT $2`,
      values,
    )
  const all = await run(conditions.join(' AND '))
  if (all.rows.length) return all.rows
  if (terms.length > 1) {
    const any = await run(conditions.join(' OR '))
    if (any.rows.length) return any.rows
  }
  return (await run(`$1 <% s.content`)).rows
}

/** The best `limit` published documents for a checked query, with highlighted excerpts. */
export async function searchSite(
  db: Queryable,
  analyzer: Analyzer,
  query: string,
  options: { strategy?: SearchStrategy; limit?: number } = {},
): Promise<SearchHit[]> {
  const { strategy = SEARCH_STRATEGY, limit = SEARCH_LIMIT } = options
  const words = searchWords(analyzer, query)
  const tokens = [...new Set(words.map((w) => w.key))]
  const surfaces = words.map((w) => query.normalize('NFKC').slice(w.start, w.end))
  const terms = queryTerms(query)
  const rows =
    strategy === 'tokens'
      ? await byTokens(db, tokens, limit)
      : await byTrigrams(db, query.toLowerCase(), terms, limit)
  const highlight: Highlight = {
    keys: new Set(tokens),
    literals: [...new Set([...terms, ...surfaces])].filter((t) => [...t].length >= 2),
  }
  return rows.map((row) => ({
    id: Number(row.doc_id),
    collection: row.collection as ReviewedCollection,
    title: String(row.title ?? ''),
    path: String(row.path ?? ''),
    snippet: snippetHtml(analyzer, String(row.content ?? ''), String(row.title ?? ''), highlight),
  }))
}
