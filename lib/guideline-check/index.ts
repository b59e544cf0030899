import type { CollectionSlug, PayloadRequest } from 'payload'

import type { Finding } from '@/lib/compliance'

export type CheckedCollection = 'articles' | 'treatments' | 'components'

export const CHECKED_COLLECTIONS: readonly CollectionSlug[] = ['articles', 'treatments', 'components']

/**
 * Runs the 医療広告ガイドライン checker (lib/compliance) on a stored document's latest
 * version (draft included), loading what the checker needs: compared treatments, cited
 * references and the clinic's contact. (Placeholder: being implemented.)
 */
export async function checkStoredDocument(
  _req: PayloadRequest,
  _collection: CheckedCollection,
  _id: number | string,
): Promise<Finding[]> {
  return []
}
