import { sql } from '@payloadcms/db-postgres'
import type { CollectionSlug, Payload } from 'payload'

export type NewestVersions = { latest: string | null; published: string | null }

/**
 * For each document of `ids`, its newest version (the one the admin shows, e.g. what was
 * submitted) and its newest published version — in one query for the whole list, where
 * Payload's findVersions would take two per document. Reads Payload's versions table
 * (`_<table>_v`) directly: `DISTINCT ON` keeps the newest row per document.
 */
export async function newestVersions(
  payload: Pick<Payload, 'db'>,
  collection: CollectionSlug,
  ids: readonly number[],
): Promise<Map<number, NewestVersions>> {
  const found = new Map<number, NewestVersions>()
  if (ids.length === 0) return found
  const { tableNameMap, drizzle } = payload.db
  const table = tableNameMap.get(collection.replace(/-/g, '_'))
  if (!table) throw new Error(`newestVersions: no table for collection ${collection}`)
  const versions = sql.identifier(`_${table}_v`)
  const parents = sql.raw(`'{${ids.map((id) => Number(id)).join(',')}}'::int[]`)
  const { rows } = await drizzle.execute<{ parent_id: number; kind: string; id: number }>(sql`
    SELECT DISTINCT ON (parent_id, kind) parent_id, kind, id FROM (
      SELECT parent_id, 'latest' AS kind, id, updated_at FROM ${versions}
        WHERE parent_id = ANY(${parents}) AND latest
      UNION ALL
      SELECT parent_id, 'published' AS kind, id, updated_at FROM ${versions}
        WHERE parent_id = ANY(${parents}) AND version__status = 'published'
    ) v
    ORDER BY parent_id, kind, updated_at DESC, id DESC`)
  for (const row of rows) {
    const entry = found.get(row.parent_id) ?? { latest: null, published: null }
    entry[row.kind === 'latest' ? 'latest' : 'published'] = String(row.id)
    found.set(row.parent_id, entry)
  }
  return found
}
