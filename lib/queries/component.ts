import { cache } from 'react'

import { TAGS } from '@/lib/cache/tags'
import type { Component, Treatment } from '@/payload-types'

import { getPayloadClient, populated, readAs, type Viewer } from './payload'
import { collectTags } from './tags'
import { COMPONENT_LINK_SELECT, findSiteSettings, REFERENCE_SELECT, type ClinicContact, type PublicReference } from './shared'

type Link = { collection: 'components' | 'treatments'; id: number; name: string; slug: string }

export type ComponentPageData = {
  component: Pick<Component, 'id' | 'name' | 'nameEn' | 'slug' | 'kind' | 'examples' | 'size' | 'functions' | 'lastReviewedAt' | 'updatedAt'>
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
export async function findComponentPage(slug: string, viewer: Viewer): Promise<ComponentPageData | null> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'components',
    where: { slug: { equals: slug } },
    limit: 1,
    pagination: false,
    depth: 1,
    ...readAs(viewer),
    select: { name: true, nameEn: true, slug: true, kind: true, examples: true, size: true, functions: true, partOf: true, references: true, lastReviewedAt: true, updatedAt: true },
    populate: { references: REFERENCE_SELECT, components: COMPONENT_LINK_SELECT, treatments: { name: true, slug: true } },
  })
  const raw = docs[0] as (ComponentPageData['component'] & { partOf?: Component['partOf']; references?: Component['references'] }) | undefined
  if (!raw) return null

  const [children, treatments, settings] = await Promise.all([
    payload.find({
      collection: 'components',
      where: { and: [{ 'partOf.relationTo': { equals: 'components' } }, { 'partOf.value': { equals: raw.id } }] },
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

  const partOf: Link[] = (raw.partOf ?? [])
    .map((p) => {
      const doc = populated(p.value as { id: number; name: string; slug: string } | number)
      return doc ? { collection: p.relationTo, id: doc.id, name: doc.name, slug: doc.slug } : null
    })
    .filter((v): v is Link => v !== null)
  const { partOf: _p, references, ...component } = raw
  return {
    component,
    partOf,
    contains: (children.docs as Component[]).map((c) => ({ collection: 'components', id: c.id, name: c.name, slug: c.slug })),
    containedIn: (treatments.docs as Treatment[]).map((t) => ({
      collection: 'treatments',
      id: t.id,
      name: t.name,
      slug: t.slug,
      role: t.components?.find((row) => (typeof row.component === 'object' ? row.component.id : row.component) === raw.id)?.role ?? null,
    })),
    references: (references ?? []).map((r) => populated(r as PublicReference | number)).filter((r): r is PublicReference => Boolean(r)),
    settings,
    tags: [
      TAGS.slug('components', slug),
      TAGS.usedBy('components', raw.id),
      TAGS.siteSettings,
      ...collectTags({ id: raw.id, references: raw.references as never, partOf: raw.partOf as never }, 'components'),
      ...(children.docs as Component[]).map((c) => TAGS.doc('components', c.id)),
      ...(treatments.docs as Treatment[]).map((t) => TAGS.doc('treatments', t.id)),
    ],
  }
}

export const getComponentPage = cache(findComponentPage)
