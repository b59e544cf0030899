/**
 * Fills the search index for the documents scripts/bench/scaleSite.ts wrote straight into
 * PostgreSQL (the search plugin never saw them): each row is built by the same function the
 * plugin calls (lib/search/entry.ts), and written in bulk.
 */
import type { Payload } from 'payload'
import type pg from 'pg'

import { searchPluginConfig } from '../../collections/Search'
import { loadAnalyzer } from '../../lib/compliance'
import { REVIEWED_COLLECTIONS } from '../../lib/domain'
import { searchEntry } from '../../lib/search/entry'

const BATCH = 500

export async function indexScaleSite(
  payload: Payload,
  pool: pg.Pool,
): Promise<{ documents: number; seconds: number }> {
  const started = performance.now()
  const analyzer = await loadAnalyzer()
  let documents = 0
  for (const collection of REVIEWED_COLLECTIONS) {
    const priority = searchPluginConfig.defaultPriorities?.[collection]
    for (let page = 1; ; page++) {
      const { docs, hasNextPage } = await payload.find({
        collection,
        where: { slug: { like: 'scale-' } },
        depth: 0,
        limit: BATCH,
        page,
        sort: 'id',
      })
      if (!docs.length) break
      const { rows: ids } = await pool.query(
        `SELECT nextval(pg_get_serial_sequence('search', 'id'))::int AS id FROM generate_series(1, $1)`,
        [docs.length],
      )
      const rows = docs.map((doc, i) => {
        const entry = searchEntry(analyzer, collection, { ...doc })
        return {
          id: ids[i]!.id,
          title: entry.title,
          path: entry.path,
          content: entry.content,
          tokens: entry.tokens,
          title_tokens: entry.titleTokens,
          priority: typeof priority === 'number' ? priority : 0,
        }
      })
      await pool.query(
        `INSERT INTO search (id, title, path, content, tokens, title_tokens, priority)
         SELECT id, title, path, content, tokens, title_tokens, priority FROM json_populate_recordset(NULL::search, $1::json)`,
        [JSON.stringify(rows)],
      )
      await pool.query(
        `INSERT INTO search_rels ("order", parent_id, path, "${collection}_id") SELECT 1, x.parent_id, 'doc', x.doc_id FROM json_to_recordset($1::json) AS x(parent_id int, doc_id int)`,
        [JSON.stringify(rows.map((r, i) => ({ parent_id: r.id, doc_id: docs[i]!.id })))],
      )
      documents += docs.length
      if (!hasNextPage) break
    }
  }
  await pool.query('ANALYZE search')
  return { documents, seconds: (performance.now() - started) / 1000 }
}
