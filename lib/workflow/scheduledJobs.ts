import type { PayloadRequest, TaskConfig } from 'payload'

import {
  documentTitle,
  isReviewedCollection,
  relationId,
  type Id,
  type ReviewedCollection,
} from '@/lib/domain'
import { lockDocument } from '@/lib/db/lockDocument'
import type { User } from '@/payload-types'

import { writeAudit } from './audit'
import { formatTokyo, PUBLISHING_QUEUE, sameInstant, type Schedule } from './schedule'
import {
  inTransaction,
  latestVersionId,
  publishLatest,
  readLive,
  writeWorkflowState,
} from './write'

/**
 * Scheduled publishing on Payload's jobs queue. An approval with a publish time stores the
 * approved version as `scheduled` and queues `publishScheduled` for that time; the job
 * publishes that version only if it is still the latest one and still scheduled (any edit
 * returns the document to draft and cancels: markEditedAsDraft). An unpublish time queues
 * `unpublishScheduled` once the document is live; it unpublishes only while the live version
 * still carries that time. Both run in one transaction with their audit entry; publishing
 * revalidates through the collection's afterChange hook, so the jobs must run inside a Next
 * request (lib/workflow/jobsRunner.ts calls Payload's /api/payload-jobs/run).
 */

export type ScheduleBody = { publishAt?: unknown; unpublishAt?: unknown }

type JobResult = { output: { result: 'published' | 'unpublished' | 'cancelled' } }

const toId = (value: string): Id => (/^\d+$/.test(value) ? Number(value) : value)

function jobCollection(value: unknown): ReviewedCollection {
  if (!isReviewedCollection(value)) throw new Error(`not a reviewed collection: ${String(value)}`)
  return value
}

export const scheduleNote = (schedule: Schedule): string =>
  [
    schedule.publishAt ? `公開予定 ${formatTokyo(schedule.publishAt)}（日本時間）` : null,
    schedule.unpublishAt ? `公開終了予定 ${formatTokyo(schedule.unpublishAt)}（日本時間）` : null,
  ]
    .filter(Boolean)
    .join('・')

/**
 * The approval half of a scheduled publish, inside the approval's transaction: the approved
 * version becomes `scheduled` (with the reviewer and review date it will be published with)
 * and the job is queued for `publishAt` with the id of the version this write creates.
 */
export async function scheduleApprovedVersion(
  req: PayloadRequest,
  collection: ReviewedCollection,
  id: Id,
  schedule: Schedule & { publishAt: Date },
  approvedVersionId: string,
): Promise<void> {
  await writeWorkflowState(req, collection, id, {
    draft: true,
    data: {
      reviewState: 'scheduled',
      reviewedBy: req.user!.id as number,
      lastReviewedAt: new Date().toISOString(),
      scheduledBy: req.user!.id as number,
      publishAt: schedule.publishAt.toISOString(),
      unpublishAt: schedule.unpublishAt?.toISOString() ?? null,
      reviewNote: null,
    },
  })
  const versionId = await latestVersionId(req, collection, id)
  await req.payload.jobs.queue({
    task: 'publishScheduled',
    queue: PUBLISHING_QUEUE,
    waitUntil: schedule.publishAt,
    input: { collection, documentId: String(id), versionId: versionId ?? '', approvedVersionId },
    req,
  })
}

/** Queues the unpublish of a live document at `unpublishAt` (same transaction as the publish). */
export async function queueScheduledUnpublish(
  req: PayloadRequest,
  collection: ReviewedCollection,
  id: Id,
  unpublishAt: Date,
): Promise<void> {
  await req.payload.jobs.queue({
    task: 'unpublishScheduled',
    queue: PUBLISHING_QUEUE,
    waitUntil: unpublishAt,
    input: { collection, documentId: String(id), unpublishAt: unpublishAt.toISOString() },
    req,
  })
}

type PublishInput = {
  collection: string
  documentId: string
  versionId: string
  approvedVersionId: string
}

/** Publishes the scheduled version, or does nothing when an edit cancelled the schedule. */
export async function publishScheduledVersion(
  req: PayloadRequest,
  input: PublishInput,
): Promise<JobResult> {
  const collection = jobCollection(input.collection)
  const id = toId(input.documentId)
  return inTransaction(req, async () => {
    await lockDocument(req, collection, id) // a save racing the job waits, then edits the published version
    const latest = await req.payload.findByID({
      collection,
      id,
      draft: true,
      depth: 1,
      overrideAccess: true,
      disableErrors: true,
      req,
      populate: { users: { name: true } },
    })
    if (
      !latest ||
      latest.reviewState !== 'scheduled' ||
      (await latestVersionId(req, collection, id)) !== input.versionId
    ) {
      return { output: { result: 'cancelled' } }
    }
    await publishLatest(req, collection, id, {
      reviewState: 'approved',
      editedBy: [],
      publishAt: null,
      scheduledBy: null,
    })
    const approver =
      latest.scheduledBy && typeof latest.scheduledBy === 'object'
        ? (latest.scheduledBy as Pick<User, 'name'>).name
        : relationId(latest.scheduledBy)
    if (latest.unpublishAt)
      await queueScheduledUnpublish(req, collection, id, new Date(latest.unpublishAt))
    await writeAudit(req, {
      action: 'scheduled-publish',
      collection,
      documentId: id,
      documentTitle: documentTitle(collection, latest),
      versionId: input.approvedVersionId,
      note: `${approver ?? '—'} の承認による予約公開（${scheduleNote({ publishAt: latest.publishAt ? new Date(latest.publishAt) : null, unpublishAt: latest.unpublishAt ? new Date(latest.unpublishAt) : null })}）`,
    })
    return { output: { result: 'published' } }
  })
}

type UnpublishInput = { collection: string; documentId: string; unpublishAt: string }

/** Takes the live page down at its unpublish time, unless a later approval changed that time. */
export async function unpublishAtScheduledTime(
  req: PayloadRequest,
  input: UnpublishInput,
): Promise<JobResult> {
  const collection = jobCollection(input.collection)
  const id = toId(input.documentId)
  return inTransaction(req, async () => {
    await lockDocument(req, collection, id)
    const live = await readLive(req, collection, id)
    if (live?._status !== 'published' || !sameInstant(live.unpublishAt, input.unpublishAt))
      return { output: { result: 'cancelled' } }
    await writeWorkflowState(req, collection, id, {
      draft: false,
      data: {
        _status: 'draft',
        reviewState: 'draft',
        unpublishAt: null,
        publishAt: null,
        scheduledBy: null,
      },
    })
    await writeAudit(req, {
      action: 'scheduled-unpublish',
      collection,
      documentId: id,
      documentTitle: documentTitle(collection, live),
      versionId: await latestVersionId(req, collection, id),
      note: `公開終了日時（${formatTokyo(input.unpublishAt)} 日本時間）により公開を終了しました。`,
    })
    return { output: { result: 'unpublished' } }
  })
}

const text = (name: string) => ({ name, type: 'text' as const, required: true })
const resultSchema = [{ name: 'result', type: 'text' as const }]

/** The two tasks, for `jobs.tasks` in payload.config.ts. No retries: a failed run is logged and the job row keeps the error. */
export const publishingTasks: TaskConfig[] = [
  {
    slug: 'publishScheduled',
    label: '予約公開',
    inputSchema: [
      text('collection'),
      text('documentId'),
      text('versionId'),
      text('approvedVersionId'),
    ],
    outputSchema: resultSchema,
    handler: ({ input, req }) => publishScheduledVersion(req, input as PublishInput),
  },
  {
    slug: 'unpublishScheduled',
    label: '予約公開終了',
    inputSchema: [text('collection'), text('documentId'), text('unpublishAt')],
    outputSchema: resultSchema,
    handler: ({ input, req }) => unpublishAtScheduledTime(req, input as UnpublishInput),
  },
]
