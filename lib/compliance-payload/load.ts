/**
 * Loads what the checker (lib/compliance) needs besides the document itself: the compared
 * treatments of an article, the references it cites (their kind / evidence level decide the
 * evidence rules) and the clinic's contact (a 限定解除 item). Always the latest versions,
 * drafts included: the check is about what the marketer is about to submit.
 */
import type { PayloadRequest } from 'payload'

import { checkDocument, type Finding, type SiteContact } from '@/lib/compliance'
import { linkedIds, relationId, type ComplianceCollection, type Id } from '@/lib/domain'

import { isRecord } from './check'

type Doc = Record<string, unknown>

async function loadLatest(
  req: PayloadRequest,
  collection: 'treatments' | 'references',
  ids: Id[],
): Promise<object[]> {
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection,
    where: { id: { in: ids } },
    draft: true,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs
}

async function loadSiteContact(req: PayloadRequest): Promise<SiteContact | null> {
  const settings = await req.payload.findGlobal({
    slug: 'site-settings',
    depth: 0,
    overrideAccess: true,
    req,
  })
  return isRecord(settings?.contact) ? settings.contact : null
}

/**
 * Checks a document (stored or unsaved form data) with its related documents loaded.
 * `doc` may hold ids or populated relations; related documents are re-read at their latest
 * version. Which references a document cites comes from the link graph (lib/domain/links.ts):
 * its lists, per-row lists and inline citations.
 */
export async function checkWithContext(
  req: PayloadRequest,
  collection: ComplianceCollection,
  doc: object,
): Promise<Finding[]> {
  const [treatments, references, siteContact] = await Promise.all([
    loadLatest(req, 'treatments', linkedIds(collection, doc, 'treatments')),
    loadLatest(req, 'references', linkedIds(collection, doc, 'references')),
    loadSiteContact(req),
  ])
  // Relations are passed as ids: the freshly loaded copies (latest versions) are what counts.
  const fields: Doc = { ...doc }
  const plainDoc = {
    ...fields,
    compares: Array.isArray(fields.compares)
      ? fields.compares.map((v) => relationId(v) ?? v)
      : fields.compares,
  }
  return checkDocument({ collection, doc: plainDoc, treatments, references, siteContact })
}
