import type { Payload } from 'payload'
import { cache } from 'react'

import { pageTags } from '@/lib/cache/pageTags'
import { TAGS } from '@/lib/cache/tags'
import { isSlug, populated, type Relation } from '@/lib/domain'
import type { Article } from '@/payload-types'

import { COMPARED_TREATMENT_SELECT, type ComparedTreatment } from './article'
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

export type TreatmentPageData = {
  treatment: ComparedTreatment & {
    contraindications?: never
    updatedAt: string
    createdAt: string
    heroImage?: number | PageImage | null
  }
  referencesById: Map<string, PublicReference>
  articles: Pick<Article, 'id' | 'title' | 'slug'>[]
  reviewer: Reviewer | null
  settings: ClinicContact | null
  tags: string[]
}

/** A treatment with its components and references (depth 1) and the articles comparing it. */
export async function findTreatmentPage(
  payload: Payload,
  slug: string,
  viewer: Viewer,
): Promise<TreatmentPageData | null> {
  if (!isSlug(slug)) return null // a NUL, a space or a long string names no page: no query
  const { docs } = await payload.find({
    collection: 'treatments',
    where: { slug: { equals: slug } },
    limit: 1,
    pagination: false,
    depth: 1,
    ...readAs(viewer),
    select: {
      ...COMPARED_TREATMENT_SELECT,
      heroImage: true,
      citedReferences: true,
      reviewedBy: true,
      updatedAt: true,
      createdAt: true,
    },
    populate: {
      references: REFERENCE_SELECT,
      components: COMPONENT_LINK_SELECT,
      media: IMAGE_SELECT,
      users: { name: true, qualification: true },
    },
  })
  const raw = docs[0] as
    | (TreatmentPageData['treatment'] & {
        reviewedBy?: Relation<BylineUser>
        citedReferences?: Relation<PublicReference>[] | null
      })
    | undefined
  if (!raw) return null

  const referencesById = new Map<string, PublicReference>()
  const add = (value: Relation<PublicReference>) => {
    const ref = populated(value)
    if (ref) referencesById.set(String(ref.id), ref)
  }
  raw.references?.forEach(add)
  raw.citedReferences?.forEach(add)
  raw.clinicalApplications?.forEach((a) => a.references?.forEach(add))

  const [articles, reviewer, settings] = await Promise.all([
    payload.find({
      collection: 'articles',
      where: { compares: { in: [raw.id] } },
      ...readAs(viewer),
      depth: 0,
      limit: 50,
      pagination: false,
      sort: '-createdAt',
      select: { title: true, slug: true },
    }),
    findReviewer(payload, raw.reviewedBy),
    findSiteSettings(payload, viewer),
  ])
  const { reviewedBy: _rb, ...treatment } = raw
  return {
    treatment,
    referencesById,
    articles: articles.docs,
    reviewer,
    settings,
    tags: [
      TAGS.slug('treatments', slug),
      TAGS.usedBy('treatments', raw.id),
      TAGS.siteSettings,
      ...pageTags('treatments', raw),
    ],
  }
}

export const getTreatmentPage = cache(findTreatmentPage)
