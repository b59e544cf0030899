import type { CollectionSlug, PayloadRequest } from 'payload'

import type { AuditAction } from '@/lib/domain'

export type AuditEntry = {
  action: AuditAction
  collection: CollectionSlug
  documentId: number | string
  documentTitle?: string | null
  versionId?: number | string | null
  note?: string | null
  acknowledgedWarnings?: string[] | null
  acknowledgedUnverifiedReferences?: { id: number | string; label: string }[] | null
}

/** Appends one entry to the audit log, inside the caller's transaction (`req`). */
export async function writeAudit(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  const user = req.user
  const actorName =
    (user as { name?: string } | null)?.name ??
    (user as { email?: string } | null)?.email ??
    'system'
  await req.payload.create({
    collection: 'audit-log',
    overrideAccess: true,
    req,
    data: {
      action: entry.action,
      collectionSlug: entry.collection,
      documentId: String(entry.documentId),
      documentTitle: entry.documentTitle ?? null,
      versionId: entry.versionId != null ? String(entry.versionId) : null,
      actor: user?.collection === 'users' ? (user.id as number) : null,
      actorName,
      note: entry.note ?? null,
      acknowledgedWarnings: entry.acknowledgedWarnings ?? null,
      acknowledgedUnverifiedReferences: entry.acknowledgedUnverifiedReferences?.length
        ? entry.acknowledgedUnverifiedReferences
        : null,
      summary: `${entry.action} ${entry.collection}#${entry.documentId}${entry.documentTitle ? ` 「${entry.documentTitle}」` : ''} by ${actorName}`,
    },
  })
}

/** The version id recorded by the latest submission of a document. */
export async function lastSubmittedVersion(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
): Promise<string | null> {
  const { docs } = await req.payload.find({
    collection: 'audit-log',
    where: {
      and: [
        { collectionSlug: { equals: collection } },
        { documentId: { equals: String(id) } },
        { action: { equals: 'submit' } },
      ],
    },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
  })
  return docs[0]?.versionId ?? null
}
