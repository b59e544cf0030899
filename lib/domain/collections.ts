/**
 * The reviewed content collections — every document in them goes through the review
 * workflow — with their labels and title field, declared once. `compliance` marks the ones
 * the 医療広告ガイドライン check (lib/compliance) reads; references are cited, not checked.
 */
type Label = { ja: string; en: string }
type Reviewed = {
  labels: { singular: Label; plural: Label }
  titleField: 'title' | 'name' | 'citationLabel'
  compliance: boolean
}

export const reviewedCollections = {
  articles: {
    labels: { singular: { ja: '記事', en: 'Article' }, plural: { ja: '記事', en: 'Articles' } },
    titleField: 'title',
    compliance: true,
  },
  treatments: {
    labels: { singular: { ja: '治療', en: 'Treatment' }, plural: { ja: '治療', en: 'Treatments' } },
    titleField: 'name',
    compliance: true,
  },
  components: {
    labels: { singular: { ja: '成分', en: 'Component' }, plural: { ja: '成分', en: 'Components' } },
    titleField: 'name',
    compliance: true,
  },
  references: {
    labels: {
      singular: { ja: '参考文献', en: 'Reference' },
      plural: { ja: '参考文献', en: 'References' },
    },
    // Set by a hook: the title, or the identifier while a reference has none.
    titleField: 'citationLabel',
    compliance: false,
  },
} as const satisfies Record<string, Reviewed>

export type ReviewedCollection = keyof typeof reviewedCollections

export const REVIEWED_COLLECTIONS = Object.keys(reviewedCollections) as ReviewedCollection[]

export const isReviewedCollection = (slug: unknown): slug is ReviewedCollection =>
  typeof slug === 'string' && Object.hasOwn(reviewedCollections, slug)

/** The collections the compliance check reads, in report order. */
export const COMPLIANCE_COLLECTIONS = [
  'articles',
  'treatments',
  'components',
] as const satisfies readonly ReviewedCollection[]
export type ComplianceCollection = (typeof COMPLIANCE_COLLECTIONS)[number]

export const isComplianceCollection = (slug: unknown): slug is ComplianceCollection =>
  isReviewedCollection(slug) && reviewedCollections[slug].compliance

/** The Japanese name of a reviewed collection (e.g. 「記事」), for messages and lists. */
export const collectionLabel = (slug: string): string =>
  isReviewedCollection(slug) ? reviewedCollections[slug].labels.singular.ja : slug

/** The title of a reviewed document (its title field), or its id when it has none. */
export const documentTitle = (
  collection: ReviewedCollection,
  doc: { id: number | string },
): string =>
  String((doc as Record<string, unknown>)[reviewedCollections[collection].titleField] ?? doc.id)
