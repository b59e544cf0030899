import type { PayloadRequest } from 'payload'

import { checkStoredDocument } from '@/lib/compliance-payload'
import { DatabaseUnavailableError, databaseAnswers } from '@/lib/db/availability'
import {
  documentTitle,
  isComplianceCollection,
  relationIds,
  type Id,
  type ReviewedCollection,
  type ReviewState,
} from '@/lib/domain'

import { lastSubmittedVersion, writeAudit } from './audit'
import { notifyAuthorOfDecision, notifyReviewersOfSubmission } from './notify'
import { formatTokyo, readSchedule, type Schedule } from './schedule'
import {
  queueScheduledUnpublish,
  scheduleApprovedVersion,
  scheduleNote,
  type ScheduleBody,
} from './scheduledJobs'
import {
  fourEyesRefusal,
  noteRefusal,
  roleRefusal,
  stateRefusal,
  type Refusal,
  type WorkflowAction,
} from './states'
import {
  unacknowledgedReferences,
  unverifiedCitedReferences,
  unverifiedReferencesMessage,
  type ReferenceAcknowledgement,
} from './unverifiedReferences'
import {
  readSubmittedWarnings,
  toSubmittedWarnings,
  unacknowledged,
  warningKey,
  type Acknowledgement,
} from './warnings'
import {
  inTransaction,
  latestVersionId,
  load,
  publishLatest,
  WorkflowError,
  writeWorkflowState,
} from './write'

export { WorkflowError }

/**
 * The workflow actions as functions of (req, collection, id, body). The REST endpoints call
 * them; so can server code acting for a user. Each checks role and body, then in one
 * transaction locks the document's row, checks its state, writes the document and its audit
 * entry; then sends the notifications. The lock (also taken by every save:
 * hooks/lockBeforeWrite.ts) makes two steps, or a step and a save, on one document run one
 * after the other: the second approval finds the document approved (409), and a save is
 * never overwritten by a step that read the document before it.
 */

const refuse = (r: Refusal | null) => {
  if (r) throw new WorkflowError(r.message, r.status)
}

/**
 * Role and note. A request without a user may be one whose session could not be read because
 * the database is down: that is a 503, not 「ログインが必要です」.
 */
async function precheck(req: PayloadRequest, action: WorkflowAction, note?: unknown) {
  if (!req.user && !(await databaseAnswers(req.payload))) throw new DatabaseUnavailableError()
  refuse(roleRefusal(action, req.user))
  refuse(noteRefusal(action, note))
}

/** The schedule of an approval, or a 400 naming the field (checked before anything is read or written). */
function scheduleOf(body: ScheduleBody): Schedule {
  const read = readSchedule(body, new Date())
  if ('refusal' in read) {
    const { status, message, field } = read.refusal
    throw new WorkflowError(message, status, { errors: [{ path: field, message }] })
  }
  return read.schedule
}

export type ActionResult = {
  collection: ReviewedCollection
  id: Id
  reviewState: ReviewState
  versionId: string | null
  message: string
}

/** draft / changes_requested → in_review; refused with 422 while guideline errors remain. */
export async function submitForReview(
  req: PayloadRequest,
  collection: ReviewedCollection,
  id: Id,
): Promise<ActionResult & { warnings: ReturnType<typeof toSubmittedWarnings> }> {
  await precheck(req, 'submit')
  const result = await inTransaction(req, async () => {
    const { latest, isPublished, state } = await load(req, collection, id)
    refuse(stateRefusal('submit', state, isPublished))

    const findings = isComplianceCollection(collection)
      ? await checkStoredDocument(req, collection, id)
      : []
    const errors = findings.filter((f) => f.severity === 'error')
    if (errors.length) {
      throw new WorkflowError(
        `医療広告ガイドラインの違反が${errors.length}件あるため申請できません。修正してから再度申請してください（submission refused: ${errors.length} guideline error(s)）。`,
        422,
        {
          errors: errors.map((f) => ({
            key: warningKey(f),
            ruleId: f.ruleId,
            path: f.path,
            message: f.message,
            text: f.span?.text ?? null,
          })),
        },
      )
    }
    const warnings = toSubmittedWarnings(findings)

    await writeWorkflowState(req, collection, id, {
      draft: true,
      data: {
        reviewState: 'in_review',
        submittedBy: req.user!.id as number,
        submittedAt: new Date().toISOString(),
        submittedWarnings: warnings,
        reviewNote: null,
      },
    })
    const versionId = await latestVersionId(req, collection, id)
    await writeAudit(req, {
      action: 'submit',
      collection,
      documentId: id,
      documentTitle: documentTitle(collection, latest),
      versionId,
    })
    return { title: documentTitle(collection, latest), versionId, warnings }
  })
  await notifyReviewersOfSubmission(req, collection, { id, title: result.title })
  return {
    collection,
    id,
    reviewState: 'in_review',
    versionId: result.versionId,
    warnings: result.warnings,
    message: result.warnings.length
      ? `レビューに申請しました。ガイドライン警告${result.warnings.length}件はレビュアーの確認が必要です。`
      : 'レビューに申請しました。',
  }
}

/**
 * in_review → approved: publishes exactly the submitted version — now, or at `publishAt`
 * (→ scheduled, published by a job: scheduledJobs.ts); `unpublishAt` queues its end.
 */
export async function approve(
  req: PayloadRequest,
  collection: ReviewedCollection,
  id: Id,
  body: Acknowledgement & ReferenceAcknowledgement & ScheduleBody = {},
): Promise<
  ActionResult & {
    acknowledgedWarnings: string[]
    acknowledgedUnverifiedReferences: (number | string)[]
    publishAt: string | null
    unpublishAt: string | null
  }
> {
  await precheck(req, 'approve')
  const schedule = scheduleOf(body)
  const result = await inTransaction(req, async () => {
    const { latest, isPublished, state } = await load(req, collection, id)
    refuse(stateRefusal('approve', state, isPublished))
    refuse(fourEyesRefusal(req.user, relationIds(latest.editedBy)))

    const [submitted, current] = await Promise.all([
      lastSubmittedVersion(req, collection, id),
      latestVersionId(req, collection, id),
    ])
    if (!submitted || submitted !== current) {
      throw new WorkflowError(
        '申請後にドキュメントが変更されたため、申請された版を承認できません（the document changed after it was submitted）。再申請を待ってください。',
        409,
        { submittedVersion: submitted, latestVersion: current },
      )
    }

    const warnings = readSubmittedWarnings(latest.submittedWarnings)
    const missing = unacknowledged(warnings, body)
    if (missing.length) {
      throw new WorkflowError(
        `申請時のガイドライン警告${missing.length}件が未確認です。各警告を確認し acknowledgeWarnings に列挙するか acknowledgeAllWarnings: true を送ってください（unacknowledged warnings: ${missing.map((w) => w.key).join(', ')}）。`,
        422,
        { unacknowledged: missing },
      )
    }
    const unverified = await unverifiedCitedReferences(req, collection, id)
    const missingReferences = unacknowledgedReferences(unverified, body)
    if (missingReferences.length)
      throw new WorkflowError(unverifiedReferencesMessage(missingReferences), 422, {
        unverifiedReferences: missingReferences,
      })

    const acknowledgedWarnings = warnings.map((w) => w.key)
    const audit = {
      collection,
      documentId: id,
      documentTitle: documentTitle(collection, latest),
      versionId: submitted,
      acknowledgedWarnings,
      acknowledgedUnverifiedReferences: unverified.map(({ id: refId, label }) => ({
        id: refId,
        label,
      })),
    }
    if (schedule.publishAt) {
      // Approved now, published by a job at publishAt: exactly this version, unless an edit cancels it.
      await scheduleApprovedVersion(
        req,
        collection,
        id,
        { ...schedule, publishAt: schedule.publishAt },
        submitted,
      )
      await writeAudit(req, { ...audit, action: 'schedule', note: scheduleNote(schedule) })
    } else {
      await publishLatest(req, collection, id, {
        reviewState: 'approved',
        reviewedBy: req.user!.id as number,
        lastReviewedAt: new Date().toISOString(),
        editedBy: [],
        reviewNote: null,
        publishAt: null,
        unpublishAt: schedule.unpublishAt?.toISOString() ?? null,
        scheduledBy: null,
      })
      if (schedule.unpublishAt)
        await queueScheduledUnpublish(req, collection, id, schedule.unpublishAt)
      await writeAudit(req, {
        ...audit,
        action: 'approve',
        note: schedule.unpublishAt ? scheduleNote(schedule) : null,
      })
    }
    return {
      latest,
      versionId: submitted,
      acknowledgedWarnings,
      acknowledgedUnverifiedReferences: unverified.map((r) => r.id),
    }
  })
  const title = documentTitle(collection, result.latest)
  await notifyAuthorOfDecision(
    req,
    collection,
    { id, title },
    result.latest.submittedBy,
    schedule.publishAt ? 'schedule' : 'approve',
    schedule.publishAt || schedule.unpublishAt ? scheduleNote(schedule) : null,
  )
  return {
    collection,
    id,
    reviewState: schedule.publishAt ? 'scheduled' : 'approved',
    versionId: result.versionId,
    acknowledgedWarnings: result.acknowledgedWarnings,
    acknowledgedUnverifiedReferences: result.acknowledgedUnverifiedReferences,
    publishAt: schedule.publishAt?.toISOString() ?? null,
    unpublishAt: schedule.unpublishAt?.toISOString() ?? null,
    message: schedule.publishAt
      ? `承認し、${formatTokyo(schedule.publishAt)}（日本時間）の公開を予約しました。`
      : '承認し、公開しました。',
  }
}

/** in_review → changes_requested, with the reviewer's note shown to the author. */
export async function requestChanges(
  req: PayloadRequest,
  collection: ReviewedCollection,
  id: Id,
  note: unknown,
): Promise<ActionResult> {
  await precheck(req, 'request-changes', note)
  const text = String(note).trim()
  const result = await inTransaction(req, async () => {
    const { latest, isPublished, state } = await load(req, collection, id)
    refuse(stateRefusal('request-changes', state, isPublished))
    await writeWorkflowState(req, collection, id, {
      draft: true,
      data: { reviewState: 'changes_requested', reviewNote: text },
    })
    const versionId = await lastSubmittedVersion(req, collection, id)
    await writeAudit(req, {
      action: 'request-changes',
      collection,
      documentId: id,
      documentTitle: documentTitle(collection, latest),
      versionId,
      note: text,
    })
    return { latest, versionId }
  })
  await notifyAuthorOfDecision(
    req,
    collection,
    { id, title: documentTitle(collection, result.latest) },
    result.latest.submittedBy,
    'request-changes',
    text,
  )
  return {
    collection,
    id,
    reviewState: 'changes_requested',
    versionId: result.versionId,
    message: '修正を依頼しました。',
  }
}

/** Withdraws the live page; the document needs a new submission and approval to return. */
export async function unpublish(
  req: PayloadRequest,
  collection: ReviewedCollection,
  id: Id,
  note: unknown,
): Promise<ActionResult> {
  await precheck(req, 'unpublish', note)
  const text = String(note).trim()
  const result = await inTransaction(req, async () => {
    const { latest, isPublished, state } = await load(req, collection, id)
    refuse(stateRefusal('unpublish', state, isPublished))
    await writeWorkflowState(req, collection, id, {
      draft: false,
      data: { _status: 'draft', reviewState: 'changes_requested', reviewNote: text },
    })
    const versionId = await latestVersionId(req, collection, id)
    await writeAudit(req, {
      action: 'unpublish',
      collection,
      documentId: id,
      documentTitle: documentTitle(collection, latest),
      versionId,
      note: text,
    })
    return { latest, versionId }
  })
  await notifyAuthorOfDecision(
    req,
    collection,
    { id, title: documentTitle(collection, result.latest) },
    result.latest.submittedBy,
    'unpublish',
    text,
  )
  return {
    collection,
    id,
    reviewState: 'changes_requested',
    versionId: result.versionId,
    message: '公開を停止しました。',
  }
}
