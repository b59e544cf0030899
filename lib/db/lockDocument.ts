import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { CollectionSlug, PayloadRequest } from 'payload'

/**
 * Locks a document's row (`SELECT … FOR UPDATE`) in the transaction of `req`, until that
 * transaction ends. Every write of a reviewed document takes this lock before it reads the
 * document, so saves and workflow steps on one document run one after the other: the later
 * one reads what the earlier one committed (PostgreSQL's READ COMMITTED gives each statement a
 * fresh snapshot) instead of writing over it. Returns false when `req` has no transaction (an
 * operation run with `disableTransaction`: nothing to lock in) or the document does not exist.
 */
export async function lockDocument(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
): Promise<boolean> {
  if (!req.transactionID) return false
  const { sessions, tableNameMap, tables } = req.payload.db
  const table = tables[tableNameMap.get(collection.replace(/-/g, '_')) ?? '']
  if (!table) throw new Error(`lockDocument: no table for collection ${collection}`)
  const session = sessions?.[String(await req.transactionID)]
  if (!session) return false
  const tx = session.db as PostgresAdapter['drizzle']
  const { rows } = await tx.execute(
    sql`select ${table.id} from ${table} where ${table.id} = ${id} for update`,
  )
  return rows.length > 0
}
