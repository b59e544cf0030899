import type { Payload, PayloadRequest } from 'payload'

import {
  documentTitle,
  populated,
  relationIds,
  REVIEWED_COLLECTIONS,
  reviewedCollections,
  sameId,
  type ReviewedCollection,
} from '@/lib/domain'
import type { User } from '@/payload-types'

import { isDueForReReview, reviewDueDate } from './due'

/**
 * What waits for a reviewer: documents in review (that they may approve, four-eyes aside)
 * and published documents past their re-review date. Read with overrideAccess after the
 * caller checked the user is staff (the dashboard does).
 */
export type QueueItem = {
  collection: ReviewedCollection
  id: number
  title: string
  reviewState: string
  submittedAt?: string | null
  submittedBy?: string | null
  lastReviewedAt?: string | null
  dueAt?: string | null
  /** The reviewer edited this version and may not approve it (four-eyes). */
  ownEdits?: boolean
  warnings?: number
  /** The submitted version and the latest published one, for Payload's version comparison. */
  submittedVersionId?: string | null
  publishedVersionId?: string | null
}

/** Payload's version view comparing the submitted version against the last approved one. */
export const compareUrl = (item: QueueItem, adminRoute = '/admin') =>
  item.submittedVersionId
    ? `${adminRoute}/collections/${item.collection}/${item.id}/versions/${item.submittedVersionId}${item.publishedVersionId ? `?versionFrom=${item.publishedVersionId}` : ''}`
    : `${adminRoute}/collections/${item.collection}/${item.id}/versions`


export async function reviewQueue(
  payload: Payload,
  options: { userId?: number | string; now?: Date; req?: PayloadRequest } = {},
): Promise<{ waiting: QueueItem[]; due: QueueItem[] }> {
  const now = options.now ?? new Date()
  const waiting: QueueItem[] = []
  const due: QueueItem[] = []
  for (const collection of REVIEWED_COLLECTIONS) {
    const inReview = await payload.find({
      collection,
      draft: true,
      where: { reviewState: { equals: 'in_review' } },
      sort: 'submittedAt',
      depth: 1,
      limit: 100,
      overrideAccess: true,
      req: options.req,
    })
    for (const raw of inReview.docs) {
      const published = await payload.findVersions({
        collection,
        where: { and: [{ parent: { equals: raw.id } }, { 'version._status': { equals: 'published' } }] },
        sort: '-updatedAt',
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req: options.req,
      })
      const submitted = await payload.findVersions({
        collection,
        where: { and: [{ parent: { equals: raw.id } }, { latest: { equals: true } }] },
        sort: '-updatedAt',
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req: options.req,
      })
      waiting.push({
        collection,
        id: raw.id,
        title: documentTitle(collection, raw),
        reviewState: raw.reviewState,
        submittedAt: raw.submittedAt,
        submittedBy: populated<User>(raw.submittedBy)?.name ?? null,
        ownEdits: relationIds(raw.editedBy).some((editor) => sameId(editor, options.userId)),
        warnings: Array.isArray(raw.submittedWarnings) ? raw.submittedWarnings.length : 0,
        submittedVersionId: submitted.docs[0] ? String(submitted.docs[0].id) : null,
        publishedVersionId: published.docs[0] ? String(published.docs[0].id) : null,
      })
    }
    const live = await payload.find({
      collection,
      where: { _status: { equals: 'published' } },
      select: { lastReviewedAt: true, reviewIntervalMonths: true, reviewState: true, [reviewedCollections[collection].titleField]: true },
      depth: 0,
      limit: 1000,
      pagination: false,
      overrideAccess: true,
      req: options.req,
    })
    for (const raw of live.docs) {
      if (!isDueForReReview(raw, now)) continue
      due.push({
        collection,
        id: raw.id,
        title: documentTitle(collection, raw),
        reviewState: raw.reviewState,
        lastReviewedAt: raw.lastReviewedAt,
        dueAt: reviewDueDate(raw)?.toISOString() ?? null,
      })
    }
  }
  due.sort((a, b) => String(a.dueAt).localeCompare(String(b.dueAt)))
  return { waiting, due }
}
