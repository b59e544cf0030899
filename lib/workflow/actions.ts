import {
  APIError,
  commitTransaction,
  initTransaction,
  killTransaction,
  type PayloadRequest,
} from 'payload'

import { checkStoredDocument } from '@/lib/compliance-payload'
import {
  documentTitle,
  isComplianceCollection,
  relationIds,
  type Id,
  type ReviewedCollection,
  type ReviewState,
} from '@/lib/domain'
import { redirectOnPublish } from '@/lib/redirects/rules'
import { hasOwnPage } from '@/lib/seo/url'
import type { Article } from '@/payload-types'

import { lastSubmittedVersion, writeAudit } from './audit'
import { asWorkflow } from './context'
import { notifyAuthorOfDecision, notifyReviewersOfSubmission } from './notify'
import { fourEyesRefusal, noteRefusal, roleRefusal, stateRefusal, type Refusal, type WorkflowAction } from './states'
import { unacknowledgedReferences, unverifiedCitedReferences, unverifiedReferencesMessage, type ReferenceAcknowledgement } from './unverifiedReferences'
import { readSubmittedWarnings, toSubmittedWarnings, unacknowledged, warningKey, type Acknowledgement } from './warnings'

/**
 * The workflow actions as functions of (req, collection, id, body). The REST endpoints call
 * them; so can server code acting for a user. Each checks role, body and state, writes the
 * document and its audit entry in one transaction, then sends the notifications.
 */

export class WorkflowError extends APIError {
  constructor(message: string, status: number, data?: Record<string, unknown>) {
    super(message, status, data ?? null, true)
    this.name = 'WorkflowError'
  }
}

const refuse = (r: Refusal | null) => {
  if (r) throw new WorkflowError(r.message, r.status)
}

/** The latest version (draft included) and whether a published version is live. */
async function load(req: PayloadRequest, collection: ReviewedCollection, id: Id) {
  const latest = await req.payload.findByID({ collection, id, draft: true, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!latest) throw new WorkflowError(`ドキュメントが見つかりません（${collection} ${id} not found）。`, 404)
  const live = await req.payload.findByID({ collection, id, draft: false, depth: 0, overrideAccess: true, disableErrors: true, req, select: { _status: true, slug: true } })
  const isPublished = live?._status === 'published'
  return { latest, isPublished, liveSlug: isPublished ? live.slug : null, state: latest.reviewState ?? 'draft' }
}


/**
 * The one way the workflow writes a document: as a workflow step (so review fields are
 * writable and publication is allowed), without access checks, inside the request's transaction.
 */
function writeWorkflowState(
  req: PayloadRequest,
  collection: ReviewedCollection,
  id: Id,
  change: { draft: boolean; data: WorkflowFields },
) {
  return asWorkflow(req, () =>
    req.payload.update({ collection, id, draft: change.draft, overrideAccess: true, depth: 0, req, data: change.data }),
  )
}

/** The fields a workflow step writes (the same on every reviewed collection). */
type WorkflowFields = Partial<
  Pick<
    Article,
    '_status' | 'reviewState' | 'reviewNote' | 'submittedBy' | 'submittedAt' | 'submittedWarnings' | 'reviewedBy' | 'lastReviewedAt' | 'editedBy'
  >
>

async function latestVersionId(req: PayloadRequest, collection: ReviewedCollection, id: Id): Promise<string | null> {
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

async function inTransaction<T>(req: PayloadRequest, fn: () => Promise<T>): Promise<T> {
  const shouldCommit = await initTransaction(req)
  try {
    const result = await fn()
    if (shouldCommit) await commitTransaction(req)
    return result
  } catch (err) {
    if (shouldCommit) await killTransaction(req)
    throw err
  }
}

function precheck(req: PayloadRequest, action: WorkflowAction, note?: unknown) {
  refuse(roleRefusal(action, req.user))
  refuse(noteRefusal(action, note))
}

export type ActionResult = { collection: ReviewedCollection; id: Id; reviewState: ReviewState; versionId: string | null; message: string }

/** draft / changes_requested → in_review; refused with 422 while guideline errors remain. */
export async function submitForReview(req: PayloadRequest, collection: ReviewedCollection, id: Id): Promise<ActionResult & { warnings: ReturnType<typeof toSubmittedWarnings> }> {
  precheck(req, 'submit')
  const result = await inTransaction(req, async () => {
    const { latest, isPublished, state } = await load(req, collection, id)
    refuse(stateRefusal('submit', state, isPublished))

    const findings = isComplianceCollection(collection) ? await checkStoredDocument(req, collection, id) : []
    const errors = findings.filter((f) => f.severity === 'error')
    if (errors.length) {
      throw new WorkflowError(
        `医療広告ガイドラインの違反が${errors.length}件あるため申請できません。修正してから再度申請してください（submission refused: ${errors.length} guideline error(s)）。`,
        422,
        { errors: errors.map((f) => ({ key: warningKey(f), ruleId: f.ruleId, path: f.path, message: f.message, text: f.span?.text ?? null })) },
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
    await writeAudit(req, { action: 'submit', collection, documentId: id, documentTitle: documentTitle(collection, latest), versionId })
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

/** in_review → approved: publishes exactly the submitted version. */
export async function approve(
  req: PayloadRequest,
  collection: ReviewedCollection,
  id: Id,
  body: Acknowledgement & ReferenceAcknowledgement = {},
): Promise<ActionResult & { acknowledgedWarnings: string[]; acknowledgedUnverifiedReferences: (number | string)[] }> {
  precheck(req, 'approve')
  const result = await inTransaction(req, async () => {
    const { latest, isPublished, liveSlug, state } = await load(req, collection, id)
    refuse(stateRefusal('approve', state, isPublished))
    refuse(fourEyesRefusal(req.user, relationIds(latest.editedBy)))

    const [submitted, current] = await Promise.all([lastSubmittedVersion(req, collection, id), latestVersionId(req, collection, id)])
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
    if (missingReferences.length) throw new WorkflowError(unverifiedReferencesMessage(missingReferences), 422, { unverifiedReferences: missingReferences })

    await writeWorkflowState(req, collection, id, {
      draft: false,
      data: {
        _status: 'published',
        reviewState: 'approved',
        reviewedBy: req.user!.id as number,
        lastReviewedAt: new Date().toISOString(),
        editedBy: [],
        reviewNote: null,
      },
    })
    // A changed slug leaves a 301 from the old path; the new path is never redirected away.
    if (hasOwnPage(collection)) await redirectOnPublish(req, collection, id, latest.slug, liveSlug)
    const acknowledgedWarnings = warnings.map((w) => w.key)
    await writeAudit(req, {
      action: 'approve',
      collection,
      documentId: id,
      documentTitle: documentTitle(collection, latest),
      versionId: submitted,
      acknowledgedWarnings,
      acknowledgedUnverifiedReferences: unverified.map(({ id: refId, label }) => ({ id: refId, label })),
    })
    return { latest, versionId: submitted, acknowledgedWarnings, acknowledgedUnverifiedReferences: unverified.map((r) => r.id) }
  })
  const title = documentTitle(collection, result.latest)
  await notifyAuthorOfDecision(req, collection, { id, title }, result.latest.submittedBy, 'approve')
  return {
    collection,
    id,
    reviewState: 'approved',
    versionId: result.versionId,
    acknowledgedWarnings: result.acknowledgedWarnings,
    acknowledgedUnverifiedReferences: result.acknowledgedUnverifiedReferences,
    message: '承認し、公開しました。',
  }
}

/** in_review → changes_requested, with the reviewer's note shown to the author. */
export async function requestChanges(req: PayloadRequest, collection: ReviewedCollection, id: Id, note: unknown): Promise<ActionResult> {
  precheck(req, 'request-changes', note)
  const text = String(note).trim()
  const result = await inTransaction(req, async () => {
    const { latest, isPublished, state } = await load(req, collection, id)
    refuse(stateRefusal('request-changes', state, isPublished))
    await writeWorkflowState(req, collection, id, { draft: true, data: { reviewState: 'changes_requested', reviewNote: text } })
    const versionId = await lastSubmittedVersion(req, collection, id)
    await writeAudit(req, { action: 'request-changes', collection, documentId: id, documentTitle: documentTitle(collection, latest), versionId, note: text })
    return { latest, versionId }
  })
  await notifyAuthorOfDecision(req, collection, { id, title: documentTitle(collection, result.latest) }, result.latest.submittedBy, 'request-changes', text)
  return { collection, id, reviewState: 'changes_requested', versionId: result.versionId, message: '修正を依頼しました。' }
}

/** Withdraws the live page; the document needs a new submission and approval to return. */
export async function unpublish(req: PayloadRequest, collection: ReviewedCollection, id: Id, note: unknown): Promise<ActionResult> {
  precheck(req, 'unpublish', note)
  const text = String(note).trim()
  const result = await inTransaction(req, async () => {
    const { latest, isPublished, state } = await load(req, collection, id)
    refuse(stateRefusal('unpublish', state, isPublished))
    await writeWorkflowState(req, collection, id, { draft: false, data: { _status: 'draft', reviewState: 'changes_requested', reviewNote: text } })
    const versionId = await latestVersionId(req, collection, id)
    await writeAudit(req, { action: 'unpublish', collection, documentId: id, documentTitle: documentTitle(collection, latest), versionId, note: text })
    return { latest, versionId }
  })
  await notifyAuthorOfDecision(req, collection, { id, title: documentTitle(collection, result.latest) }, result.latest.submittedBy, 'unpublish', text)
  return { collection, id, reviewState: 'changes_requested', versionId: result.versionId, message: '公開を停止しました。' }
}
