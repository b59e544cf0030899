import type { Payload } from 'payload'
import { cache } from 'react'

import { TAGS } from '@/lib/cache/tags'
import { evidenceLevelOptions } from '@/lib/domain'

import { readAs, type Viewer } from './payload'
import {
  findSiteSettings,
  REFERENCE_SELECT,
  type ClinicContact,
  type PublicReference,
} from './shared'

/** References per page of the library: the page stays small however large the library grows. */
export const REFERENCES_PER_PAGE = 100

export type ReferenceGroup = { level: string; label: string; references: PublicReference[] }

export type ReferencesPageData = {
  groups: ReferenceGroup[]
  total: number
  page: number
  totalPages: number
  settings: ClinicContact | null
  tags: string[]
}

/**
 * One page of the reference library: strongest evidence first (the order of the evidence
 * levels), newest first within a level, grouped by level. Null for a page past the end.
 */
export async function findReferencesPage(
  payload: Payload,
  viewer: Viewer,
  page = 1,
): Promise<ReferencesPageData | null> {
  const [result, settings] = await Promise.all([
    payload.find({
      collection: 'references',
      ...readAs(viewer),
      depth: 0,
      limit: REFERENCES_PER_PAGE,
      page,
      sort: ['evidenceLevel', '-year', 'title'],
      select: REFERENCE_SELECT,
    }),
    findSiteSettings(payload, viewer),
  ])
  if (page > 1 && page > result.totalPages) return null
  const refs = result.docs as PublicReference[]
  const groups = evidenceLevelOptions
    .map((o) => ({
      level: o.value as string,
      label: o.label.ja as string,
      references: refs.filter((r) => r.evidenceLevel === o.value),
    }))
    .filter((g) => g.references.length > 0)
  return {
    groups,
    total: result.totalDocs,
    page,
    totalPages: Math.max(1, result.totalPages),
    settings,
    tags: [TAGS.list('references'), TAGS.siteSettings],
  }
}

export const getReferencesPage = cache(findReferencesPage)
