import type { Payload } from 'payload'
import { cache } from 'react'

import { pageTags } from '@/lib/cache/pageTags'
import { TAGS } from '@/lib/cache/tags'
import { isSlug, populated, populatedList, relationId, sameId } from '@/lib/domain'
import type { Component } from '@/payload-types'

import { readAs, type Viewer } from './payload'
import {
  COMPONENT_LINK_SELECT,
  findSiteSettings,
  REFERENCE_SELECT,
  type ClinicContact,
  type PublicReference,
} from './shared'

type Link = { collection: 'components' | 'treatments'; id: number; name: string; slug: string }

export type ComponentPageData = {
  component: Pick<
    Component,
    | 'id'
    | 'name'
    | 'nameEn'
    | 'slug'
    | 'kind'
    | 'examples'
    | 'size'
    | 'functions'
    | 'lastReviewedAt'
    | 'updatedAt'
  >
  /** What it is part of (its own `partOf`). */
  partOf: Link[]
  /** What contains it: components that are part of it, treatments that list it. */
  contains: Link[]
  containedIn: (Link & { role: string | null })[]
  references: PublicReference[]
  settings: ClinicContact | null
  tags: string[]
}

/** A component, what it is part of, and what contains it (reverse links, one query each). */
export async function findComponentPage(
  payload: Payload,
  slug: string,
  viewer: Viewer,
): Promise<ComponentPageData | null> {
  if (!isSlug(slug)) return null // a NUL, a space or a long string names no page: no query
  const { docs } = await payload.find({
    collection: 'components',
    where: { slug: { equals: slug } },
    limit: 1,
    pagination: false,
    depth: 1,
    ...readAs(viewer),
    select: {
      name: true,
      nameEn: true,
      slug: true,
      kind: true,
      examples: true,
      size: true,
      functions: true,
      partOf: true,
      references: true,
      lastReviewedAt: true,
      updatedAt: true,
    },
    populate: {
      references: REFERENCE_SELECT,
      components: COMPONENT_LINK_SELECT,
      treatments: { name: true, slug: true },
    },
  })
  const raw = docs[0] as
    | (ComponentPageData['component'] & {
        partOf?: Component['partOf']
        references?: Component['references']
      })
    | undefined
  if (!raw) return null

  const [children, treatments, settings] = await Promise.all([
    payload.find({
      collection: 'components',
      where: {
        and: [
          { 'partOf.relationTo': { equals: 'components' } },
          { 'partOf.value': { equals: raw.id } },
        ],
      },
      ...readAs(viewer),
      depth: 0,
      limit: 200,
      pagination: false,
      sort: 'name',
      select: { name: true, slug: true },
    }),
    payload.find({
      collection: 'treatments',
      where: { 'components.component': { in: [raw.id] } },
      ...readAs(viewer),
      depth: 0,
      limit: 100,
      pagination: false,
      select: { name: true, slug: true, components: true },
    }),
    findSiteSettings(payload, viewer),
  ])

  const partOf: Link[] = (raw.partOf ?? []).flatMap((p) => {
    const doc = populated<{ id: number; name: string; slug: string }>(p.value)
    return doc ? [{ collection: p.relationTo, id: doc.id, name: doc.name, slug: doc.slug }] : []
  })
  const { partOf: _p, references, ...component } = raw
  return {
    component,
    partOf,
    contains: children.docs.map((c) => ({
      collection: 'components',
      id: c.id,
      name: c.name,
      slug: c.slug,
    })),
    containedIn: treatments.docs.map((t) => ({
      collection: 'treatments',
      id: t.id,
      name: t.name,
      slug: t.slug,
      role: t.components?.find((row) => sameId(relationId(row.component), raw.id))?.role ?? null,
    })),
    references: populatedList(references as (number | PublicReference)[] | null | undefined),
    settings,
    tags: [
      TAGS.slug('components', slug),
      TAGS.usedBy('components', raw.id),
      TAGS.siteSettings,
      ...pageTags('components', raw),
      ...children.docs.map((c) => TAGS.doc('components', c.id)),
      ...treatments.docs.map((t) => TAGS.doc('treatments', t.id)),
    ],
  }
}

export const getComponentPage = cache(findComponentPage)
