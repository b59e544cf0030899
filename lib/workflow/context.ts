import type { PayloadRequest } from 'payload'

/** True inside a review-workflow write: the only writes allowed to publish or set review fields. */
export const isWorkflowWrite = (req: Pick<PayloadRequest, 'context'>) => req.context?.workflow === true

/**
 * Runs `fn` with `req.context.workflow = true` and restores the previous context afterwards,
 * so the privilege never outlives the workflow step (Local API calls with `req` share its context).
 */
export async function asWorkflow<T>(req: PayloadRequest, fn: () => Promise<T>): Promise<T> {
  const previous = req.context
  req.context = { ...previous, workflow: true }
  try {
    return await fn()
  } finally {
    req.context = previous
  }
}
