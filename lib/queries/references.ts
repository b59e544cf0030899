import type { Payload } from 'payload'
import { cache } from 'react'

import { TAGS } from '@/lib/cache/tags'
import { evidenceLevelOptions } from '@/lib/domain'

import { readAs, type Viewer } from './payload'
import { findSiteSettings, REFERENCE_SELECT, type ClinicContact, type PublicReference } from './shared'

export type ReferenceGroup = { level: string; label: string; references: PublicReference[] }

export type ReferencesPageData = { groups: ReferenceGroup[]; total: number; settings: ClinicContact | null; tags: string[] }

/** The whole reference library, grouped by evidence level (strongest first), newest first within. */
export async function findReferencesPage(payload: Payload, viewer: Viewer): Promise<ReferencesPageData> {
  const [{ docs }, settings] = await Promise.all([
    payload.find({
      collection: 'references',
      ...readAs(viewer),
      depth: 0,
      limit: 1000,
      pagination: false,
      sort: ['-year', 'title'],
      select: REFERENCE_SELECT,
    }),
    findSiteSettings(payload, viewer),
  ])
  const refs = docs as PublicReference[]
  const groups = evidenceLevelOptions
    .map((o) => ({ level: o.value as string, label: o.label.ja as string, references: refs.filter((r) => r.evidenceLevel === o.value) }))
    .filter((g) => g.references.length > 0)
  return { groups, total: refs.length, settings, tags: [TAGS.list('references'), TAGS.siteSettings] }
}

export const getReferencesPage = cache(findReferencesPage)
