import type { CollectionConfig } from 'payload'

import { withReviewWorkflow } from '@/lib/workflow'

import { contentAccess } from './access'
import { limitLengths } from './fields/limitLengths'
import { reviewFields } from './fields/review'
import { slugField } from './fields/slug'
import { preventDeleteWhileUsed } from './hooks/preventDeleteWhileUsed'
import { rejectOversizedText } from './hooks/rejectOversizedText'
import { rejectUnknownFields } from './hooks/rejectUnknownFields'
import { revalidateAfterChange, revalidateAfterDelete } from './hooks/revalidate'

/**
 * What every reviewed content collection (articles, treatments, components, references)
 * shares: drafts and versions, role-based access, refusal of unknown fields and of
 * oversized text, no deletion while used, page revalidation, the slug and review fields, and the review workflow.
 * A collection file declares only what is its own.
 */
export function contentCollection(config: Omit<CollectionConfig, 'access' | 'versions'>): CollectionConfig {
  const hooks = config.hooks ?? {}
  return withReviewWorkflow({
    ...config,
    versions: { drafts: { validate: true }, maxPerDoc: 50 },
    access: contentAccess,
    hooks: {
      ...hooks,
      beforeValidate: [rejectUnknownFields, rejectOversizedText, ...(hooks.beforeValidate ?? [])],
      beforeDelete: [...(hooks.beforeDelete ?? []), preventDeleteWhileUsed],
      afterChange: [...(hooks.afterChange ?? []), revalidateAfterChange],
      afterDelete: [...(hooks.afterDelete ?? []), revalidateAfterDelete],
    },
    fields: limitLengths([...config.fields, slugField(), ...reviewFields()]),
  })
}
