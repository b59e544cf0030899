/** Checking stored documents and unsaved form data; see ./index.ts. */
import type { CollectionSlug, PayloadRequest } from 'payload'

import type { Finding } from '@/lib/compliance'

import { checkWithContext } from './load'

export type CheckedCollection = 'articles' | 'treatments' | 'components'

export const CHECKED_COLLECTIONS: readonly CollectionSlug[] = ['articles', 'treatments', 'components']

export const isCheckedCollection = (slug: unknown): slug is CheckedCollection =>
  typeof slug === 'string' && (CHECKED_COLLECTIONS as readonly string[]).includes(slug)

/**
 * Runs the checker on a stored document's latest version (draft included), with its compared
 * treatments, cited references and the clinic's contact. Throws payload's NotFound for an unknown id.
 */
export async function checkStoredDocument(
  req: PayloadRequest,
  collection: CheckedCollection,
  id: number | string,
): Promise<Finding[]> {
  const doc = await req.payload.findByID({ collection, id, draft: true, depth: 0, overrideAccess: true, req })
  return checkWithContext(req, collection, doc as unknown as Record<string, unknown>)
}

/** Runs the checker on data that is not saved yet (the edit form's current values). */
export async function checkData(
  req: PayloadRequest,
  collection: CheckedCollection,
  data: Record<string, unknown>,
): Promise<Finding[]> {
  return checkWithContext(req, collection, data)
}
