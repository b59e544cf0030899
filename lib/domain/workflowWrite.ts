/**
 * The context flag of a review-workflow write: the only writes allowed to publish or to set
 * the review fields (access, field access and guardPublication all read it). lib/workflow
 * sets it for the duration of one step (asWorkflow); seeds and tests that load approved
 * content pass it in `context`.
 */
export const WORKFLOW_WRITE = { workflow: true } as const

export const isWorkflowWrite = (req: { context?: Record<string, unknown> | null }): boolean =>
  req.context?.workflow === true
