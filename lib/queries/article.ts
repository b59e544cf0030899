import { cache } from 'react'

import { TAGS } from '@/lib/cache/tags'
import type { Article, Component, Reference, Treatment } from '@/payload-types'

import { getPayloadClient, populated, populatedList, readAs, relId, type Viewer } from './payload'
import { collectTags } from './tags'
import { COMPONENT_LINK_SELECT, findReviewer, findSiteSettings, REFERENCE_SELECT, type ClinicContact, type PublicReference, type Reviewer } from './shared'

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

export type ComparedTreatment = Omit<Pick<Treatment, 'id' | keyof typeof COMPARED_TREATMENT_SELECT>, 'components' | 'clinicalApplications' | 'references'> & {
  components?: { component: number | ComparedComponent; role?: string | null; id?: string | null }[] | null
  clinicalApplications?:
    | (Omit<NonNullable<Treatment['clinicalApplications']>[number], 'references'> & { references?: (number | PublicReference)[] | null })[]
    | null
  references?: (number | PublicReference)[] | null
}

export type ArticlePageArticle = Pick<
  Article,
  'id' | 'title' | 'slug' | 'lead' | 'audience' | 'keyPoints' | 'body' | 'meta' | 'lastReviewedAt' | 'updatedAt' | 'createdAt'
> & {
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
export async function findArticlePage(slug: string, viewer: Viewer): Promise<ArticlePageData | null> {
  const payload = await getPayloadClient()
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
      // Public byline fields only; when users are not readable by the reader the relation
      // stays an id and the byline is read by findReviewer.
      users: { name: true, qualification: true },
    },
  })
  const raw = docs[0] as (ArticlePageArticle & { reviewer?: unknown; reviewedBy?: unknown }) | undefined
  if (!raw) return null

  const treatments = populatedList(raw.compares)
  const referencesById = new Map<string, PublicReference>()
  const addRef = (value: number | PublicReference | null | undefined) => {
    const ref = populated(value)
    if (ref) referencesById.set(String(ref.id), ref)
  }
  raw.references?.forEach(addRef)
  raw.citedReferences?.forEach(addRef)
  forEachCitedValue(raw.body, addRef)
  for (const t of treatments) {
    t.references?.forEach(addRef)
    t.clinicalApplications?.forEach((a) => a.references?.forEach(addRef))
    forEachCitedValue(t.mechanism, addRef)
  }

  const reviewerValue = (raw.reviewedBy ?? raw.reviewer) as number | { id: number; name?: string; qualification?: string | null } | null | undefined
  const [reviewer, settings] = await Promise.all([
    reviewerValue && typeof reviewerValue === 'object' && reviewerValue.name
      ? { name: reviewerValue.name, qualification: reviewerValue.qualification ?? null }
      : findReviewer(payload, relId(reviewerValue as never)),
    findSiteSettings(payload, viewer),
  ])
  const { reviewer: _r, reviewedBy: _rb, ...article } = raw

  return {
    article,
    treatments,
    referencesById,
    reviewer,
    settings,
    tags: [TAGS.slug('articles', slug), TAGS.siteSettings, ...collectTags(raw)],
  }
}

type Citable = number | PublicReference | Reference | null | undefined

/** Calls `visit` with the `reference` of every inline citation in a Lexical state. */
function forEachCitedValue(state: unknown, visit: (value: number | PublicReference) => void): void {
  const walk = (node: { type?: string; fields?: { blockType?: string; reference?: Citable }; children?: unknown[] } | undefined) => {
    if (!node) return
    if (node.type === 'inlineBlock' && node.fields?.blockType === 'citation' && node.fields.reference) {
      visit(node.fields.reference as number | PublicReference)
    }
    ;(node.children as (typeof node)[] | undefined)?.forEach(walk)
  }
  walk((state as { root?: never } | null | undefined)?.root)
}

/** Shared by generateMetadata and the page within one render. */
export const getArticlePage = cache(findArticlePage)
