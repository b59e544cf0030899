import type { CollectionConfig, Field } from 'payload'

import { workflowEndpoints } from './endpoints'
import { auditDelete } from './hooks/auditDelete'
import { guardPublication } from './hooks/guardPublication'
import { lockBeforeWrite } from './hooks/lockBeforeWrite'
import { markEditedAsDraft } from './hooks/markEditedAsDraft'
import { unverifiedReferencesEndpoint } from './unverifiedReferences'

/** Shows the review state as a badge wherever the field is a list column. */
function withStateBadge(fields: Field[]): Field[] {
  return fields.map((field) =>
    'name' in field && field.name === 'reviewState'
      ? ({
          ...field,
          admin: {
            ...field.admin,
            components: {
              ...field.admin?.components,
              Cell: '@/lib/workflow/admin/ReviewStateCell.client#ReviewStateCell',
            },
          },
        } as Field)
      : field,
  )
}

/**
 * The review workflow, applied to every reviewed content collection:
 * submit → approve (publishes) / request changes; unpublish; four-eyes; audit log.
 * Nothing but `approve` publishes (guardPublication); any other save is an edit that
 * returns the document to draft (markEditedAsDraft). Saves and workflow steps on one document
 * run one after the other (a row lock: lockBeforeWrite, actions.ts). The admin gets the workflow buttons
 * and state badge above the document controls and no Publish / bulk publish buttons:
 * `access.update` refuses `_status: 'published'` (collections/shared/access.ts) and bulk
 * editing is disabled.
 */
export function withReviewWorkflow(config: CollectionConfig): CollectionConfig {
  const hooks = config.hooks ?? {}
  return {
    ...config,
    // The list view's bulk Edit / Publish / Unpublish would bypass the review.
    disableBulkEdit: true,
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        edit: {
          ...config.admin?.components?.edit,
          beforeDocumentControls: [
            ...(config.admin?.components?.edit?.beforeDocumentControls ?? []),
            '@/lib/workflow/admin/WorkflowControls.client#WorkflowControls',
          ],
        },
      },
    },
    endpoints: [...(config.endpoints || []), ...workflowEndpoints(), unverifiedReferencesEndpoint],
    hooks: {
      ...hooks,
      beforeOperation: [guardPublication, lockBeforeWrite, ...(hooks.beforeOperation ?? [])],
      beforeChange: [markEditedAsDraft, ...(hooks.beforeChange ?? [])],
      afterDelete: [...(hooks.afterDelete ?? []), auditDelete],
    },
    fields: withStateBadge(config.fields),
  }
}
