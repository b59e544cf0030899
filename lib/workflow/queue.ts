import type { Payload, PayloadRequest } from 'payload'

import {
  documentTitle,
  populated,
  relationIds,
  REVIEWED_COLLECTIONS,
  reviewedCollections,
  sameId,
  type Id,
  type ReviewedCollection,
} from '@/lib/domain'
import { newestVersions, type NewestVersions } from '@/lib/db/newestVersions'
import type { User } from '@/payload-types'

import { reviewDueDate } from './due'

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

/** How many items each list of the queue shows; the totals say how many there are. */
export const QUEUE_LIMIT = 20

export type ReviewQueue = {
  waiting: QueueItem[]
  waitingTotal: number
  due: QueueItem[]
  dueTotal: number
  scheduled: ScheduledItem[]
}

/** An approved version waiting for its publish time, or a live page with an unpublish time. */
export type ScheduledItem = {
  collection: ReviewedCollection
  id: number
  title: string
  publishAt: string | null
  unpublishAt: string | null
  scheduledBy: string | null
}

/**
 * What the publishing jobs will do (scheduledJobs.ts), soonest first: per collection, one page
 * of versions approved for a later publish and one page of live documents with an unpublish time.
 */
export async function scheduledPublishing(
  payload: Payload,
  options: { req?: PayloadRequest; limit?: number } = {},
): Promise<ScheduledItem[]> {
  const limit = options.limit ?? QUEUE_LIMIT
  const items = new Map<string, ScheduledItem>()
  for (const collection of REVIEWED_COLLECTIONS) {
    const titleField = reviewedCollections[collection].titleField
    const select = {
      [titleField]: true,
      publishAt: true,
      unpublishAt: true,
      scheduledBy: true,
    } as const
    const [pending, ending] = await Promise.all([
      payload.find({
        collection,
        draft: true,
        where: { reviewState: { equals: 'scheduled' } },
        sort: 'publishAt',
        depth: 1,
        limit,
        select,
        populate: { users: { name: true } },
        overrideAccess: true,
        req: options.req,
      }),
      payload.find({
        collection,
        where: { and: [{ _status: { equals: 'published' } }, { unpublishAt: { exists: true } }] },
        sort: 'unpublishAt',
        depth: 0,
        limit,
        select,
        overrideAccess: true,
        req: options.req,
      }),
    ])
    for (const raw of [...ending.docs, ...pending.docs]) {
      items.set(`${collection}:${raw.id}`, {
        collection,
        id: raw.id,
        title: documentTitle(collection, raw),
        publishAt: raw.publishAt ?? null,
        unpublishAt: raw.unpublishAt ?? null,
        scheduledBy: populated<User>(raw.scheduledBy as User | number | null)?.name ?? null,
      })
    }
  }
  const next = (item: ScheduledItem) => item.publishAt ?? item.unpublishAt ?? ''
  return [...items.values()].sort((a, b) => next(a).localeCompare(next(b))).slice(0, limit)
}

/**
 * The queue in a number of queries that does not grow with the site: per collection, one
 * page of what is in review and one page of what is past its re-review date (both indexed:
 * review state, `reviewDueAt`); versions only for the items shown, one query per collection.
 */
export async function reviewQueue(
  payload: Payload,
  options: { userId?: number | string; now?: Date; req?: PayloadRequest; limit?: number } = {},
): Promise<ReviewQueue> {
  const now = options.now ?? new Date()
  const limit = options.limit ?? QUEUE_LIMIT
  const inReview: (QueueItem & { editors: Id[] })[] = []
  const due: QueueItem[] = []
  let waitingTotal = 0
  let dueTotal = 0
  for (const collection of REVIEWED_COLLECTIONS) {
    const titleField = reviewedCollections[collection].titleField
    const submitted = await payload.find({
      collection,
      draft: true,
      where: { reviewState: { equals: 'in_review' } },
      sort: 'submittedAt',
      depth: 1,
      limit,
      select: {
        [titleField]: true,
        reviewState: true,
        submittedAt: true,
        submittedBy: true,
        editedBy: true,
        submittedWarnings: true,
      },
      populate: { users: { name: true } },
      overrideAccess: true,
      req: options.req,
    })
    waitingTotal += submitted.totalDocs
    for (const raw of submitted.docs) {
      inReview.push({
        collection,
        id: raw.id,
        title: documentTitle(collection, raw),
        reviewState: raw.reviewState,
        submittedAt: raw.submittedAt,
        submittedBy: populated<User>(raw.submittedBy)?.name ?? null,
        warnings: Array.isArray(raw.submittedWarnings) ? raw.submittedWarnings.length : 0,
        editors: relationIds(raw.editedBy),
      })
    }

    const past = await payload.find({
      collection,
      where: {
        and: [
          { _status: { equals: 'published' } },
          { reviewDueAt: { less_than_equal: now.toISOString() } },
        ],
      },
      sort: 'reviewDueAt',
      select: {
        lastReviewedAt: true,
        reviewIntervalMonths: true,
        reviewDueAt: true,
        reviewState: true,
        [titleField]: true,
      },
      depth: 0,
      limit,
      overrideAccess: true,
      req: options.req,
    })
    dueTotal += past.totalDocs
    for (const raw of past.docs) {
      due.push({
        collection,
        id: raw.id,
        title: documentTitle(collection, raw),
        reviewState: raw.reviewState,
        lastReviewedAt: raw.lastReviewedAt,
        dueAt: raw.reviewDueAt ?? reviewDueDate(raw)?.toISOString() ?? null,
      })
    }
  }

  // Oldest submission first; only the shown ones need their versions for the comparison link,
  // read in one query per collection.
  inReview.sort((a, b) => String(a.submittedAt).localeCompare(String(b.submittedAt)))
  const shown = inReview.slice(0, limit)
  const versionsOf = new Map<ReviewedCollection, Map<number, NewestVersions>>()
  for (const collection of new Set(shown.map((item) => item.collection))) {
    const ids = shown.filter((item) => item.collection === collection).map((item) => item.id)
    versionsOf.set(collection, await newestVersions(payload, collection, ids))
  }
  const waiting: QueueItem[] = shown.map(({ editors, ...item }) => {
    const versions = versionsOf.get(item.collection)?.get(item.id)
    return {
      ...item,
      ownEdits: editors.some((editor) => sameId(editor, options.userId)),
      submittedVersionId: versions?.latest ?? null,
      publishedVersionId: versions?.published ?? null,
    }
  })
  due.sort((a, b) => String(a.dueAt).localeCompare(String(b.dueAt)))
  const scheduled = await scheduledPublishing(payload, { req: options.req, limit })
  return { waiting, waitingTotal, due: due.slice(0, limit), dueTotal, scheduled }
}
