/**
 * Facts about the document as a whole that some rules depend on: which treatments it
 * advertises, whether any of them is unapproved, whether treatment details sit next to
 * testimonials, and what each cited reference is.
 */
import type { CheckInput, SiteContact } from './types'
import { getPath, isFilledNumber, isFilledText, isObject, relationId, type Doc } from './values'

export interface AdvertisedTreatment {
  doc: Doc
  /** Prefix of finding paths for this treatment's fields: '' for a treatment doc, 'compares.1.' for an article. */
  pathPrefix: string
}

export interface DocFacts {
  treatments: AdvertisedTreatment[]
  /** The treatment, or any compared treatment, is unapproved in Japan. */
  unapproved: boolean
  /** Every advertised treatment is known to be approved (false when none is known). */
  approved: boolean
  /** The treatment, or any compared treatment, is 自由診療. */
  selfPay: boolean
  /** Treatment content, price and risks are present for every advertised treatment. */
  hasTreatmentDetails: boolean
  /** Known references by id (from `input.references` and populated relationships). */
  references: Map<string, Doc>
  siteContact: SiteContact | null
}

const REFERENCE_KINDS = new Set([
  'journal-article',
  'review',
  'guideline',
  'book',
  'web-page',
  'other',
])

function looksLikeReference(value: Doc): boolean {
  return (
    relationId(value) !== undefined &&
    typeof value.title === 'string' &&
    ((typeof value.kind === 'string' && REFERENCE_KINDS.has(value.kind)) ||
      typeof value.evidenceLevel === 'string')
  )
}

/**
 * Populated reference documents found in a value (relationships at depth ≥ 1), walked with an
 * explicit stack to a bounded depth: deeply nested input cannot exhaust the call stack.
 */
function collectPopulatedReferences(root: unknown, into: Map<string, Doc>): void {
  const stack: Array<{ value: unknown; depth: number }> = [{ value: root, depth: 0 }]
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!
    if (depth > 8) continue
    if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, depth: depth + 1 })
      continue
    }
    if (!isObject(value)) continue
    if (looksLikeReference(value)) {
      const id = relationId(value)
      if (id !== undefined && !into.has(id)) into.set(id, value)
    }
    for (const child of Object.values(value)) stack.push({ value: child, depth: depth + 1 })
  }
}

function advertisedTreatments(input: CheckInput): AdvertisedTreatment[] {
  if (input.collection === 'treatments') return [{ doc: input.doc, pathPrefix: '' }]
  if (input.collection !== 'articles') return []

  const given = (input.treatments ?? []).filter(isObject)
  const byId = new Map<string, Doc>()
  for (const t of given) {
    const id = relationId(t)
    if (id !== undefined) byId.set(id, t)
  }
  const result: AdvertisedTreatment[] = []
  const seen = new Set<unknown>()
  const compares = Array.isArray(input.doc.compares) ? input.doc.compares : []
  compares.forEach((value, i) => {
    const id = relationId(value)
    // Prefer the caller's copy (it may be fresher than what was populated into the article).
    const doc =
      (id !== undefined ? byId.get(id) : undefined) ??
      (isObject(value) && !('relationTo' in value) ? value : undefined)
    if (!doc || seen.has(doc)) return
    seen.add(doc)
    result.push({ doc, pathPrefix: `compares.${i}.` })
  })
  // Treatments passed in but not (yet) listed in `compares` are still advertised by the page.
  for (const doc of given) {
    if (seen.has(doc)) continue
    seen.add(doc)
    result.push({ doc, pathPrefix: `compares.${result.length}.` })
  }
  return result
}

export function hasTreatmentDetails(treatment: Doc): boolean {
  const content = ['summary', 'definition', 'administration'].some((p) =>
    isFilledText(getPath(treatment, p)),
  )
  const price =
    isFilledNumber(getPath(treatment, 'price.minJpy')) ||
    isFilledNumber(getPath(treatment, 'price.maxJpy'))
  const risks =
    isFilledText(getPath(treatment, 'safety.risks')) ||
    isFilledText(getPath(treatment, 'safety.sideEffects'))
  return content && price && risks
}

export function collectFacts(input: CheckInput): DocFacts {
  const treatments = advertisedTreatments(input)
  const references = new Map<string, Doc>()
  for (const ref of input.references ?? []) {
    const id = isObject(ref) ? relationId(ref) : undefined
    if (id !== undefined && isObject(ref)) references.set(id, ref)
  }
  collectPopulatedReferences(input.doc, references)
  treatments.forEach((t) => collectPopulatedReferences(t.doc, references))

  return {
    treatments,
    unapproved: treatments.some((t) => getPath(t.doc, 'regulatory.approval') === 'unapproved'),
    approved:
      treatments.length > 0 &&
      treatments.every((t) => getPath(t.doc, 'regulatory.approval') === 'approved'),
    selfPay: treatments.some((t) => getPath(t.doc, 'regulatory.coverage') === 'self-pay'),
    hasTreatmentDetails:
      treatments.length > 0 && treatments.every((t) => hasTreatmentDetails(t.doc)),
    references,
    siteContact: input.siteContact ?? null,
  }
}

/** A reference that is a clinic / commercial web page rather than research. */
export function isCommercialReference(ref: Doc): boolean {
  return ref.kind === 'web-page' || ref.evidenceLevel === 'commercial'
}

/** A reference of one of the given kinds that is not commercial (a journal article, a review…). */
export function isReferenceOfKind(ref: Doc, kinds: Set<string>): boolean {
  return typeof ref.kind === 'string' && kinds.has(ref.kind) && !isCommercialReference(ref)
}
