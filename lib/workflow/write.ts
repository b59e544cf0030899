import { APIError, type PayloadRequest } from 'payload'

import { lockDocument } from '@/lib/db/lockDocument'
import { redirectOnPublish } from '@/lib/redirects/rules'
import { hasOwnPage } from '@/lib/seo/url'

import type { Id, ReviewedCollection } from '@/lib/domain'
import type { Article } from '@/payload-types'

import { asWorkflow } from './context'

/**
 * How every workflow step reads and writes a document: its refusals (WorkflowError), the
 * latest version and whether one is live, the one write of workflow fields, the latest
 * version id, and the transaction a step runs in. Used by the actions (actions.ts) and the
 * publishing jobs (scheduledJobs.ts).
 */

export class WorkflowError extends APIError {
  constructor(message: string, status: number, data?: Record<string, unknown>) {
    super(message, status, data ?? null, true)
    this.name = 'WorkflowError'
  }
}

/** The document as visitors get it (its published version, or null), read inside the step's transaction. */
export function readLive(req: PayloadRequest, collection: ReviewedCollection, id: Id) {
  return req.payload.findByID({
    collection,
    id,
    draft: false,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
}

/**
 * Locks the document's row (lib/db/lockDocument: every save takes the same lock), then reads
 * its latest version (draft included) and whether a published version is live.
 */
export async function load(req: PayloadRequest, collection: ReviewedCollection, id: Id) {
  await lockDocument(req, collection, id)
  const latest = await req.payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!latest)
    throw new WorkflowError(`ドキュメントが見つかりません（${collection} ${id} not found）。`, 404)
  const live = await readLive(req, collection, id)
  return {
    latest,
    isPublished: live?._status === 'published',
    state: latest.reviewState ?? 'draft',
  }
}

/**
 * The one way the workflow writes a document: as a workflow step (so review fields are
 * writable and publication is allowed), without access checks, inside the request's transaction.
 */
export function writeWorkflowState(
  req: PayloadRequest,
  collection: ReviewedCollection,
  id: Id,
  change: { draft: boolean; data: WorkflowFields },
) {
  return asWorkflow(req, () =>
    req.payload.update({
      collection,
      id,
      draft: change.draft,
      overrideAccess: true,
      depth: 0,
      req,
      data: change.data,
    }),
  )
}

/**
 * Publishes the latest version with the workflow fields `data` (an approval, or the scheduled
 * publish of one). On a page collection a changed slug leaves a 301 from the old path, and the
 * new path is never redirected away (lib/redirects).
 */
export async function publishLatest(
  req: PayloadRequest,
  collection: ReviewedCollection,
  id: Id,
  data: WorkflowFields,
) {
  const live = hasOwnPage(collection) ? await readLive(req, collection, id) : null
  const doc = await writeWorkflowState(req, collection, id, {
    draft: false,
    data: { ...data, _status: 'published' },
  })
  if (hasOwnPage(collection) && 'slug' in doc && doc.slug) {
    await redirectOnPublish(
      req,
      collection,
      id,
      doc.slug,
      live?._status === 'published' && live.slug ? live.slug : null,
    )
  }
  return doc
}

/** The fields a workflow step writes (the same on every reviewed collection). */
export type WorkflowFields = Partial<
  Pick<
    Article,
    | '_status'
    | 'reviewState'
    | 'reviewNote'
    | 'submittedBy'
    | 'submittedAt'
    | 'submittedWarnings'
    | 'reviewedBy'
    | 'lastReviewedAt'
    | 'editedBy'
    | 'publishAt'
    | 'unpublishAt'
    | 'scheduledBy'
  >
>

export async function latestVersionId(
  req: PayloadRequest,
  collection: ReviewedCollection,
  id: Id,
): Promise<string | null> {
  const { docs } = await req.payload.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
  })
  return docs[0] ? String(docs[0].id) : null
}

export { inTransaction } from '@/lib/db/inTransaction'
