import type { Payload } from 'payload'
import { cache } from 'react'

import { pageTags } from '@/lib/cache/pageTags'
import { TAGS } from '@/lib/cache/tags'
import { isSlug, populated, populatedList, type Relation } from '@/lib/domain'
import { citedReference, forEachCitation, type RichText } from '@/lib/richtext/citations'
import type { Article, Component, Treatment } from '@/payload-types'

import { readAs, type Viewer } from './payload'
import {
  COMPONENT_LINK_SELECT,
  findReviewer,
  findSiteSettings,
  IMAGE_SELECT,
  REFERENCE_SELECT,
  type BylineUser,
  type ClinicContact,
  type PageImage,
  type PublicReference,
  type Reviewer,
} from './shared'

/** Treatment fields the comparison table and the disclosure block are built from. */
export const COMPARED_TREATMENT_SELECT = {
  name: true,
  nameEn: true,
  slug: true,
  summary: true,
  definition: true,
  sourceCells: true,
  sizeStructure: true,
  components: true,
  mechanism: true,
  clinicalApplications: true,
  duration: true,
  administration: true,
  course: true,
  safety: true,
  regulatory: true,
  price: true,
  references: true,
  lastReviewedAt: true,
} as const

export type ComparedComponent = Pick<Component, 'id' | keyof typeof COMPONENT_LINK_SELECT>

export type ComparedTreatment = Omit<
  Pick<Treatment, 'id' | keyof typeof COMPARED_TREATMENT_SELECT>,
  'components' | 'clinicalApplications' | 'references'
> & {
  components?:
    { component: number | ComparedComponent; role?: string | null; id?: string | null }[] | null
  clinicalApplications?:
    | (Omit<NonNullable<Treatment['clinicalApplications']>[number], 'references'> & {
        references?: (number | PublicReference)[] | null
      })[]
    | null
  references?: (number | PublicReference)[] | null
}

export type ArticlePageArticle = Pick<
  Article,
  | 'id'
  | 'title'
  | 'slug'
  | 'lead'
  | 'audience'
  | 'keyPoints'
  | 'body'
  | 'meta'
  | 'lastReviewedAt'
  | 'updatedAt'
  | 'createdAt'
> & {
  heroImage?: number | PageImage | null
  compares: (number | ComparedTreatment)[]
  references?: (number | PublicReference)[] | null
  citedReferences?: (number | PublicReference)[] | null
}

export type ArticlePageData = {
  article: ArticlePageArticle
  /** Compared treatments the reader may see, in the article's order. */
  treatments: ComparedTreatment[]
  /** Every reference the page can cite (article, body, table cells), by id. */
  referencesById: Map<string, PublicReference>
  reviewer: Reviewer | null
  settings: ClinicContact | null
  /** Cache tags: every document the page shows or links to, visible or not yet. */
  tags: string[]
}

/**
 * Everything the article page renders, in a constant number of SQL queries: one find at
 * depth 2 (Payload's dataloader batches each relationship level into one query per
 * collection, whatever the number of references), the reviewer's byline, the site settings.
 */
export async function findArticlePage(
  payload: Payload,
  slug: string,
  viewer: Viewer,
): Promise<ArticlePageData | null> {
  if (!isSlug(slug)) return null // a NUL, a space or a long string names no page: no query
  const { docs } = await payload.find({
    collection: 'articles',
    where: { slug: { equals: slug } },
    limit: 1,
    pagination: false,
    depth: 2,
    ...readAs(viewer),
    select: {
      title: true,
      slug: true,
      heroImage: true,
      lead: true,
      audience: true,
      keyPoints: true,
      body: true,
      compares: true,
      references: true,
      citedReferences: true,
      reviewer: true,
      reviewedBy: true,
      lastReviewedAt: true,
      meta: true,
      updatedAt: true,
      createdAt: true,
    },
    populate: {
      treatments: COMPARED_TREATMENT_SELECT,
      references: REFERENCE_SELECT,
      components: COMPONENT_LINK_SELECT,
      media: IMAGE_SELECT,
      // Public byline fields only; when users are not readable by the reader the relation
      // stays an id and the byline is read by findReviewer.
      users: { name: true, qualification: true },
    },
  })
  const raw = docs[0] as
    | (ArticlePageArticle & { reviewer?: Relation<BylineUser>; reviewedBy?: Relation<BylineUser> })
    | undefined
  if (!raw) return null

  const treatments = populatedList(raw.compares)
  const referencesById = new Map<string, PublicReference>()
  const addRef = (value: Relation<PublicReference>) => {
    const ref = populated(value)
    if (ref) referencesById.set(String(ref.id), ref)
  }
  const addCited = (state: unknown) =>
    forEachCitation(state as RichText, (fields) =>
      addRef(citedReference(fields) as Relation<PublicReference>),
    )
  raw.references?.forEach(addRef)
  raw.citedReferences?.forEach(addRef)
  addCited(raw.body)
  for (const t of treatments) {
    t.references?.forEach(addRef)
    t.clinicalApplications?.forEach((a) => a.references?.forEach(addRef))
    addCited(t.mechanism)
  }

  const [reviewer, settings] = await Promise.all([
    findReviewer(payload, raw.reviewedBy ?? raw.reviewer),
    findSiteSettings(payload, viewer),
  ])
  const { reviewer: _r, reviewedBy: _rb, ...article } = raw

  return {
    article,
    treatments,
    referencesById,
    reviewer,
    settings,
    tags: [TAGS.slug('articles', slug), TAGS.siteSettings, ...pageTags('articles', raw)],
  }
}

/** Shared by generateMetadata and the page within one render. */
export const getArticlePage = cache(findArticlePage)
