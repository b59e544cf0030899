import type { Payload } from 'payload'
import { cache } from 'react'

import { TAGS } from '@/lib/cache/tags'
import type { Article, Treatment } from '@/payload-types'

import { readAs, type Viewer } from './payload'
import { findSiteSettings, type ClinicContact } from './shared'

export type ArticleSummary = Pick<
  Article,
  'id' | 'title' | 'slug' | 'lead' | 'audience' | 'lastReviewedAt' | 'createdAt'
>
export type TreatmentSummary = Pick<
  Treatment,
  'id' | 'name' | 'nameEn' | 'slug' | 'summary' | 'regulatory' | 'createdAt'
>

export type HomePageData = {
  articles: ArticleSummary[]
  treatments: TreatmentSummary[]
  settings: ClinicContact | null
  tags: string[]
}

/** The home page: comparison articles and treatments, newest first. */
export async function findHomePage(payload: Payload, viewer: Viewer): Promise<HomePageData> {
  const [articles, treatments, settings] = await Promise.all([
    payload.find({
      collection: 'articles',
      ...readAs(viewer),
      depth: 0,
      limit: 100,
      pagination: false,
      sort: '-createdAt',
      select: {
        title: true,
        slug: true,
        lead: true,
        audience: true,
        lastReviewedAt: true,
        createdAt: true,
      },
    }),
    payload.find({
      collection: 'treatments',
      ...readAs(viewer),
      depth: 0,
      limit: 100,
      pagination: false,
      sort: '-createdAt',
      select: {
        name: true,
        nameEn: true,
        slug: true,
        summary: true,
        regulatory: true,
        createdAt: true,
      },
    }),
    findSiteSettings(payload, viewer),
  ])
  return {
    articles: articles.docs,
    treatments: treatments.docs,
    settings,
    tags: [TAGS.list('articles'), TAGS.list('treatments'), TAGS.siteSettings],
  }
}

export const getHomePage = cache(findHomePage)
