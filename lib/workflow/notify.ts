import type { CollectionSlug, PayloadRequest } from 'payload'

import { relationId, type Relation } from '@/lib/domain'
import { env } from '@/lib/env'

/**
 * Workflow e-mails through Payload's email adapter (lib/email.ts: SMTP in production,
 * logged and kept in an outbox in development and tests). A failed mail never undoes the
 * workflow step: it is logged.
 */

const adminUrl = (collection: CollectionSlug, id: number | string) =>
  `${env.serverUrl}/admin/collections/${collection}/${id}`

async function send(req: PayloadRequest, to: string[], subject: string, text: string) {
  if (!to.length) return
  try {
    await req.payload.sendEmail({ to: to.join(', '), subject, text })
  } catch (err) {
    req.payload.logger.error({ err, msg: `workflow mail "${subject}" to ${to.join(', ')} failed` })
  }
}

async function emailOf(req: PayloadRequest, userRelation: Relation): Promise<string | null> {
  const id = relationId(userRelation)
  if (id === undefined) return null
  const user = await req.payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return user?.email ?? null
}

type Doc = { id: number | string; title: string }

export async function notifyReviewersOfSubmission(
  req: PayloadRequest,
  collection: CollectionSlug,
  doc: Doc,
) {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { roles: { in: ['reviewer'] } },
    depth: 0,
    limit: 200,
    overrideAccess: true,
    pagination: false,
    req,
  })
  const to = docs.filter((u) => String(u.id) !== String(req.user?.id)).map((u) => u.email)
  const who = (req.user as { name?: string } | null)?.name ?? ''
  await send(
    req,
    to,
    `【レビュー依頼】${doc.title}`,
    `${who} さんが「${doc.title}」をレビューに申請しました。\n内容を確認し、承認または修正依頼をしてください。\n${adminUrl(collection, doc.id)}\n\n（Hikaku レビューワークフロー）`,
  )
}

export async function notifyAuthorOfDecision(
  req: PayloadRequest,
  collection: CollectionSlug,
  doc: Doc,
  submittedBy: Relation,
  decision: 'approve' | 'schedule' | 'request-changes' | 'unpublish',
  note?: string | null,
) {
  const email = await emailOf(req, submittedBy)
  if (!email) return
  const who = (req.user as { name?: string } | null)?.name ?? ''
  const subjects = {
    approve: `【承認・公開】${doc.title}`,
    schedule: `【承認・公開予約】${doc.title}`,
    'request-changes': `【修正依頼】${doc.title}`,
    unpublish: `【公開停止】${doc.title}`,
  }
  const lines = {
    approve: `${who} さんが「${doc.title}」を承認し、公開しました。`,
    schedule: `${who} さんが「${doc.title}」を承認し、公開を予約しました。`,
    'request-changes': `${who} さんが「${doc.title}」に修正を依頼しました。`,
    unpublish: `${who} さんが「${doc.title}」の公開を停止しました。`,
  }
  await send(
    req,
    [email],
    subjects[decision],
    `${lines[decision]}\n${note ? `\nメモ：\n${note}\n` : ''}\n${adminUrl(collection, doc.id)}\n\n（Hikaku レビューワークフロー）`,
  )
}
