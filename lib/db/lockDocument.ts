import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import { APIError, type CollectionSlug, type PayloadRequest } from 'payload'

/**
 * How long a write waits for another write of the same document (or any other lock the rest of
 * its transaction needs) before it gives up with 409, instead of holding a connection without end
 * behind a stuck transaction. Saves and workflow steps take milliseconds; 5 s is generous.
 */
export const LOCK_TIMEOUT_MS = 5_000

/** PostgreSQL's lock_not_available, raised when lock_timeout passes. */
const LOCK_NOT_AVAILABLE = '55P03'

export const LOCK_TIMEOUT_MESSAGE =
  'この文書は別の保存・レビュー操作の処理中です。少し待ってからもう一度お試しください（the document is locked by another write; try again）。'

function isLockTimeout(err: unknown): boolean {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e)
    if (e.code === LOCK_NOT_AVAILABLE) return true
  return false
}

/**
 * Locks a document's row (`SELECT … FOR UPDATE`) in the transaction of `req`, until that
 * transaction ends. Every write of a reviewed document takes this lock before it reads the
 * document, so saves and workflow steps on one document run one after the other: the later
 * one reads what the earlier one committed (PostgreSQL's READ COMMITTED gives each statement a
 * fresh snapshot) instead of writing over it. Returns false when `req` has no transaction (an
 * operation run with `disableTransaction`: nothing to lock in) or the document does not exist.
 * Waits at most LOCK_TIMEOUT_MS for the lock (for every lock of the transaction from here on),
 * then throws a 409 that says to try again.
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
  try {
    await tx.execute(sql`select set_config('lock_timeout', ${`${LOCK_TIMEOUT_MS}ms`}, true)`)
    const { rows } = await tx.execute(
      sql`select ${table.id} from ${table} where ${table.id} = ${id} for update`,
    )
    return rows.length > 0
  } catch (err) {
    if (isLockTimeout(err)) throw new APIError(LOCK_TIMEOUT_MESSAGE, 409, null, true)
    throw err
  }
}
