import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

/** Runs `fn` in the request's transaction (a new one unless the request already has one). */
export async function inTransaction<T>(req: PayloadRequest, fn: () => Promise<T>): Promise<T> {
  const shouldCommit = await initTransaction(req)
  try {
    const result = await fn()
    if (shouldCommit) await commitTransaction(req)
    return result
  } catch (err) {
    if (shouldCommit) await killTransaction(req)
    throw err
  }
}
