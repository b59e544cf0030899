import { cache } from 'react'

import { TAGS } from '@/lib/cache/tags'
import type { Article } from '@/payload-types'

import { COMPARED_TREATMENT_SELECT, type ComparedTreatment } from './article'
import { getPayloadClient, populated, readAs, relId, type Viewer } from './payload'
import { collectTags } from './tags'
import { COMPONENT_LINK_SELECT, findReviewer, findSiteSettings, REFERENCE_SELECT, type ClinicContact, type PublicReference, type Reviewer } from './shared'

export type TreatmentPageData = {
  treatment: ComparedTreatment & { contraindications?: never; updatedAt: string; createdAt: string }
  referencesById: Map<string, PublicReference>
  articles: Pick<Article, 'id' | 'title' | 'slug'>[]
  reviewer: Reviewer | null
  settings: ClinicContact | null
  tags: string[]
}

/** A treatment with its components and references (depth 1) and the articles comparing it. */
export async function findTreatmentPage(slug: string, viewer: Viewer): Promise<TreatmentPageData | null> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'treatments',
    where: { slug: { equals: slug } },
    limit: 1,
    pagination: false,
    depth: 1,
    ...readAs(viewer),
    select: { ...COMPARED_TREATMENT_SELECT, citedReferences: true, reviewedBy: true, updatedAt: true, createdAt: true },
    populate: { references: REFERENCE_SELECT, components: COMPONENT_LINK_SELECT, users: { name: true, qualification: true } },
  })
  const raw = docs[0] as (TreatmentPageData['treatment'] & { reviewedBy?: unknown; citedReferences?: unknown[] }) | undefined
  if (!raw) return null

  const referencesById = new Map<string, PublicReference>()
  const add = (v: unknown) => {
    const ref = populated(v as PublicReference | number)
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
    typeof raw.reviewedBy === 'object' && raw.reviewedBy && (raw.reviewedBy as { name?: string }).name
      ? { name: (raw.reviewedBy as { name: string }).name, qualification: (raw.reviewedBy as { qualification?: string | null }).qualification ?? null }
      : findReviewer(payload, relId(raw.reviewedBy as never)),
    findSiteSettings(payload, viewer),
  ])
  const { reviewedBy: _rb, ...treatment } = raw
  return {
    treatment,
    referencesById,
    articles: articles.docs as TreatmentPageData['articles'],
    reviewer,
    settings,
    tags: [
      TAGS.slug('treatments', slug),
      TAGS.usedBy('treatments', raw.id),
      TAGS.siteSettings,
      ...collectTags(raw as never, 'treatments'),
    ],
  }
}

export const getTreatmentPage = cache(findTreatmentPage)
