import { ValidationError, type CollectionBeforeValidateHook, type Field } from 'payload'

import { oversizedText } from '@/lib/compliance-payload'

/**
 * Refuses text longer than its field allows with a 400 naming each field, before any
 * beforeChange hook reads it: Payload validates lengths only after those hooks, and the
 * guideline check (a beforeChange hook) must never be handed megabytes of text.
 */
export const rejectOversizedText: CollectionBeforeValidateHook = ({ collection, data }) => {
  const oversized = oversizedText(collection.fields as Field[], data)
  if (oversized.length)
    throw new ValidationError({ collection: collection.slug, errors: oversized })
  return data
}
