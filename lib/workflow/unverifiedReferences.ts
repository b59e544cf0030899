import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { isStaff, linkedIds, relationIds, type Id } from '@/lib/domain'
import { identifierLabel } from '@/lib/references/display'

/**
 * References whose bibliographic data no physician has confirmed, cited by a document that is
 * about to be approved. Like guideline warnings (./warnings.ts), the reviewer must acknowledge
 * each one in the approve request (`acknowledgeUnverifiedReferences: [ids]` or
 * `acknowledgeAllUnverifiedReferences: true`); the acknowledgement goes into the audit log.
 */
export type UnverifiedReference = {
  id: number | string
  label: string
  title: string | null
  published: boolean
}

export type ReferenceAcknowledgement = {
  acknowledgeUnverifiedReferences?: unknown
  acknowledgeAllUnverifiedReferences?: unknown
}

/**
 * What the document's public page cites: its own references and inline citations and, for an
 * article, those of the compared treatments as visitors see them (their published versions).
 * A reference counts as unverified unless its published version is verified.
 */
export async function unverifiedCitedReferences(
  req: PayloadRequest,
  collection: string,
  id: Id,
): Promise<UnverifiedReference[]> {
  if (collection !== 'articles' && collection !== 'treatments' && collection !== 'components')
    return []
  const doc = await req.payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!doc) return []
  const ids = new Set<string>()
  const collect = (c: string, d: object) =>
    linkedIds(c, d, 'references').forEach((refId) => ids.add(String(refId)))
  collect(collection, doc)
  const compared =
    collection === 'articles' ? relationIds((doc as { compares?: unknown }).compares) : []
  if (compared.length) {
    const { docs } = await req.payload.find({
      collection: 'treatments',
      where: { and: [{ id: { in: compared } }, { _status: { equals: 'published' } }] },
      draft: false,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: {
        references: true,
        citedReferences: true,
        clinicalApplications: true,
        mechanism: true,
      },
    })
    docs.forEach((treatment) => collect('treatments', treatment))
  }
  if (!ids.size) return []
  const { docs } = await req.payload.find({
    collection: 'references',
    where: { id: { in: [...ids] } },
    draft: false,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    sort: 'id',
    req,
    select: {
      _status: true,
      verificationStatus: true,
      kind: true,
      title: true,
      doi: true,
      pmid: true,
      pmcid: true,
      url: true,
    },
  })
  return docs
    .filter((r) => r._status !== 'published' || r.verificationStatus !== 'verified')
    .map((r) => ({
      id: r.id,
      label: identifierLabel(r),
      title: r.title ?? null,
      published: r._status === 'published',
    }))
}

/** The unverified references the approval body leaves unacknowledged. */
export function unacknowledgedReferences(
  references: UnverifiedReference[],
  body: ReferenceAcknowledgement,
): UnverifiedReference[] {
  if (body.acknowledgeAllUnverifiedReferences === true) return []
  const acked = new Set(
    Array.isArray(body.acknowledgeUnverifiedReferences)
      ? body.acknowledgeUnverifiedReferences.map(String)
      : [],
  )
  return references.filter((r) => !acked.has(String(r.id)))
}

export const unverifiedReferencesMessage = (missing: UnverifiedReference[]) =>
  `書誌情報が未確認の参考文献${missing.length}件を引用しています（${missing.map((r) => r.label).join('、')}）。公開ページではタイトルの代わりに識別子が表示されます。確認したうえで承認する場合は acknowledgeUnverifiedReferences に文献のIDを列挙するか acknowledgeAllUnverifiedReferences: true を送ってください（unacknowledged unverified references: ${missing.map((r) => r.id).join(', ')}）。`

/** GET /api/<collection>/<id>/unverified-references: the list the approve dialog shows (staff only). */
export const unverifiedReferencesEndpoint: Endpoint = {
  path: '/:id/unverified-references',
  method: 'get',
  handler: async (req) => {
    if (!isStaff(req.user))
      throw new APIError(
        'スタッフのみ利用できます（staff only）。',
        req.user ? 403 : 401,
        null,
        true,
      )
    const collection = req.routeParams?.collection as string
    const raw = req.routeParams?.id as string
    const references = await unverifiedCitedReferences(
      req,
      collection,
      /^\d+$/.test(raw) ? Number(raw) : raw,
    )
    return Response.json({ references })
  },
}
