import type { Payload } from 'payload'

import { populated, relationId, type Relation } from '@/lib/domain'
import type { Media, Reference, SiteSetting, User } from '@/payload-types'

import type { Viewer } from './payload'

/**
 * The reference fields a page renders (reference list, citations, JSON-LD). Title, authors and
 * journal are shown only when `verificationStatus` is 'verified' (lib/references/display.ts).
 */
export const REFERENCE_SELECT = {
  title: true,
  slug: true,
  kind: true,
  evidenceLevel: true,
  authors: true,
  journal: true,
  year: true,
  volume: true,
  issue: true,
  pages: true,
  verificationStatus: true,
  doi: true,
  pmid: true,
  pmcid: true,
  url: true,
  accessedAt: true,
  language: true,
} as const

export type PublicReference = Pick<Reference, 'id' | keyof typeof REFERENCE_SELECT>

export const COMPONENT_LINK_SELECT = { name: true, nameEn: true, slug: true, kind: true } as const

/** What a page needs of an image to render it with next/image. */
export const IMAGE_SELECT = {
  url: true,
  filename: true,
  alt: true,
  width: true,
  height: true,
} as const
export type PageImage = Pick<Media, 'id' | keyof typeof IMAGE_SELECT>

export type Reviewer = { name: string; qualification: string | null }

/** A user as pages populate it: the public byline fields only. */
export type BylineUser = Pick<User, 'id' | 'name' | 'qualification'>

/**
 * The reviewer's public byline: from the populated relationship when the reader could read
 * the user, else read by id. Users are not readable by visitors (users.read is
 * admin-or-self), so this one read overrides access with a strict select: name and
 * qualification only, never the e-mail.
 */
export async function findReviewer(
  payload: Payload,
  reviewer: Relation<BylineUser>,
): Promise<Reviewer | null> {
  const byline = populated(reviewer)
  if (byline?.name) return { name: byline.name, qualification: byline.qualification ?? null }
  const id = relationId(reviewer)
  if (id === undefined) return null
  const user = (await payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { name: true, qualification: true },
  })) as Pick<User, 'name' | 'qualification'> | null
  return user ? { name: user.name, qualification: user.qualification ?? null } : null
}

export type ClinicContact = Pick<SiteSetting, 'clinicName' | 'contact'>

export async function findSiteSettings(
  payload: Payload,
  viewer: Viewer,
): Promise<ClinicContact | null> {
  const settings = await payload.findGlobal({
    slug: 'site-settings',
    depth: 0,
    overrideAccess: false,
    user: viewer.user ?? undefined,
    select: { clinicName: true, contact: true },
  })
  return settings?.clinicName ? (settings as ClinicContact) : null
}
