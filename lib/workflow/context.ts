import type { PayloadRequest } from 'payload'

import { WORKFLOW_WRITE } from '@/lib/domain'

/**
 * Runs `fn` as a review-workflow write (lib/domain/workflowWrite.ts) and restores the previous
 * context afterwards, so the privilege never outlives the workflow step (Local API calls with
 * `req` share its context).
 */
export async function asWorkflow<T>(req: PayloadRequest, fn: () => Promise<T>): Promise<T> {
  const previous = req.context
  req.context = { ...previous, ...WORKFLOW_WRITE }
  try {
    return await fn()
  } finally {
    req.context = previous
  }
}
