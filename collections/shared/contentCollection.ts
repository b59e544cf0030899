import type { CollectionConfig } from 'payload'

import { withCompliance } from '@/lib/compliance-payload'
import { reviewedCollections, type ReviewedCollection } from '@/lib/domain'
import { withReviewWorkflow } from '@/lib/workflow'

import { contentAccess } from './access'
import { limitLengths } from './fields/limitLengths'
import { reviewFields } from './fields/review'
import { slugField } from './fields/slug'
import { preventDeleteWhileUsed } from './hooks/preventDeleteWhileUsed'
import { rejectOversizedText } from './hooks/rejectOversizedText'
import { rejectUnknownFields } from './hooks/rejectUnknownFields'
import { revalidateAfterChange, revalidateAfterDelete } from './hooks/revalidate'

type ContentConfig = Omit<CollectionConfig, 'access' | 'versions' | 'labels' | 'slug'> & {
  slug: ReviewedCollection
}

/**
 * What every reviewed content collection (articles, treatments, components, references)
 * shares: its labels and title field (lib/domain), drafts and versions, role-based access,
 * refusal of unknown fields and of oversized text, no deletion while used, page
 * revalidation, the slug and review fields, the review workflow, and — for the collections
 * the guideline checker reads — the compliance check. A collection file declares only what
 * is its own.
 */
export function contentCollection(config: ContentConfig): CollectionConfig {
  const { labels, titleField, compliance } = reviewedCollections[config.slug]
  const hooks = config.hooks ?? {}
  const collection = withReviewWorkflow({
    ...config,
    labels,
    admin: { ...config.admin, useAsTitle: titleField },
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
  return compliance ? withCompliance(collection) : collection
}
