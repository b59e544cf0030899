/** Checking stored documents and unsaved form data; see ./index.ts. */
import type { PayloadRequest } from 'payload'

import type { Finding } from '@/lib/compliance'
import type { ComplianceCollection } from '@/lib/domain'

import { checkWithContext } from './load'

/** A JSON object (not an array, not null): request bodies and document values are checked with it. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Runs the checker on a stored document's latest version (draft included), with its compared
 * treatments, cited references and the clinic's contact. Throws payload's NotFound for an unknown id.
 */
export async function checkStoredDocument(
  req: PayloadRequest,
  collection: ComplianceCollection,
  id: number | string,
): Promise<Finding[]> {
  const doc = await req.payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return checkWithContext(req, collection, doc)
}

/** Runs the checker on data that is not saved yet (the edit form's current values). */
export async function checkData(
  req: PayloadRequest,
  collection: ComplianceCollection,
  data: Record<string, unknown>,
): Promise<Finding[]> {
  return checkWithContext(req, collection, data)
}
