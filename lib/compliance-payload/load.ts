/**
 * Loads what the checker (lib/compliance) needs besides the document itself: the compared
 * treatments of an article, the references it cites (their kind / evidence level decide the
 * evidence rules) and the clinic's contact (a 限定解除 item). Always the latest versions,
 * drafts included: the check is about what the marketer is about to submit.
 */
import type { PayloadRequest } from 'payload'

import { checkDocument, lexicalBlocks, type CheckedCollection, type Finding, type SiteContact } from '@/lib/compliance'
import { isObject, relationId, relationIds } from '@/lib/compliance/values'

type Doc = Record<string, unknown>

/** Rich-text fields whose inline citations count as the document's citations. */
const RICH_TEXT: Record<CheckedCollection, string[]> = {
  articles: ['body'],
  treatments: ['mechanism'],
  components: [],
}

/** Every reference id the document points at: its list, per-row lists and inline citations. */
export function referenceIdsOf(collection: CheckedCollection, doc: Doc): string[] {
  const ids = new Set<string>([...relationIds(doc.references), ...relationIds(doc.citedReferences)])
  if (Array.isArray(doc.clinicalApplications)) {
    for (const row of doc.clinicalApplications) if (isObject(row)) relationIds(row.references).forEach((id) => ids.add(id))
  }
  for (const field of RICH_TEXT[collection]) {
    for (const block of lexicalBlocks(doc[field])) block.citations.forEach((id) => ids.add(id))
  }
  return [...ids]
}

/** Numeric ids stay numbers (PostgreSQL serial ids); anything else is passed through. */
const asId = (id: string): number | string => (/^\d+$/.test(id) ? Number(id) : id)

async function loadLatest(req: PayloadRequest, collection: 'treatments' | 'references', ids: string[]): Promise<Doc[]> {
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection,
    where: { id: { in: ids.map(asId) } },
    draft: true,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs as unknown as Doc[]
}

export async function loadSiteContact(req: PayloadRequest): Promise<SiteContact | null> {
  const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true, req })
  return isObject(settings?.contact) ? (settings.contact as SiteContact) : null
}

/**
 * Checks a document (stored or unsaved form data) with its related documents loaded.
 * `doc` may hold ids or populated relations; related documents are re-read at their latest version.
 */
export async function checkWithContext(req: PayloadRequest, collection: CheckedCollection, doc: Doc): Promise<Finding[]> {
  const compared = collection === 'articles' ? relationIds(doc.compares) : []
  const [treatments, siteContact] = await Promise.all([loadLatest(req, 'treatments', compared), loadSiteContact(req)])
  const referenceIds = new Set(referenceIdsOf(collection, doc))
  const references = await loadLatest(req, 'references', [...referenceIds])
  // Relations are passed as ids: the freshly loaded copies (latest versions) are what counts.
  const plainDoc = { ...doc, compares: Array.isArray(doc.compares) ? doc.compares.map((v) => relationId(v) ?? v) : doc.compares }
  return checkDocument({ collection, doc: plainDoc, treatments, references, siteContact })
}
