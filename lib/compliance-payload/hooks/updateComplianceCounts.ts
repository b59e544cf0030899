import type { CollectionBeforeChangeHook } from 'payload'

import { summarize } from '@/lib/compliance'
import { isComplianceCollection } from '@/lib/domain'

import { checkData, isRecord } from '../check'

type Doc = Record<string, unknown>

/** A save may send only some fields (REST PATCH): lay them over the stored document. Arrays and rich text are replaced whole. */
function overlay(base: unknown, patch: Doc): Doc {
  const result: Doc = isRecord(base) ? { ...base } : {}
  for (const [key, value] of Object.entries(patch)) {
    const current = result[key]
    const mergeable =
      isRecord(value) && isRecord(current) && !('root' in value) && !('relationTo' in value)
    result[key] = mergeable ? overlay(current, value) : value
  }
  return result
}

/**
 * Stores the compliance check's counts (complianceErrors / complianceWarnings) on every save,
 * drafts included, so list views and queues can show them without re-running the check.
 */
export const updateComplianceCounts: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  if (!isComplianceCollection(collection.slug)) return data
  const findings = await checkData(req, collection.slug, overlay(originalDoc, data))
  const { errors, warnings } = summarize(findings)
  return { ...data, complianceErrors: errors, complianceWarnings: warnings }
}
