import type { Payload, RequiredDataFromCollectionSlug, TypedUser } from 'payload'

import type { Article, Treatment } from '@/payload-types'

import { WORKFLOW_WRITE, type ReviewedCollection } from '@/lib/domain'

import {
  article as articleSeed,
  components as componentSeeds,
  references as referenceSeeds,
  resolveCitations,
  siteSettings as siteSeed,
  treatments as treatmentSeeds,
  type ComponentKey,
  type ReferenceKey,
  type TreatmentKey,
} from './data'

type Id = number
type ReviewStamp = { reviewedBy: Id; lastReviewedAt: string }

/**
 * Context for seed writes: no revalidation (no Next request here) and workflow fields
 * writable, because demo content is loaded as already approved by the demo reviewer.
 */
export const SEED_CONTEXT = { disableRevalidate: true, ...WORKFLOW_WRITE, seed: true }

const withoutKey = <T extends { key: string }>({ key: _key, ...rest }: T) => rest

/**
 * Loads the demo content, published and approved. Documents that already exist (by slug)
 * are left as they are, so running it twice changes nothing.
 */
export async function loadDemoContent(
  payload: Payload,
  people: { author: Id; reviewer: Id },
): Promise<void> {
  const approved: ReviewStamp & { reviewState: 'approved'; _status: 'published' } = {
    reviewState: 'approved',
    _status: 'published',
    reviewedBy: people.reviewer,
    lastReviewedAt: new Date().toISOString(),
  }

  async function upsert<C extends ReviewedCollection>(
    collection: C,
    slug: string,
    data: Omit<RequiredDataFromCollectionSlug<C>, keyof typeof approved>,
    as?: TypedUser,
  ) {
    const existing = await payload.find({
      collection,
      where: { slug: { equals: slug } },
      draft: true,
      limit: 1,
      depth: 0,
      pagination: false,
    })
    if (existing.docs[0]) return { id: existing.docs[0].id, created: false }
    const doc = await payload.create({
      collection,
      data: { ...data, ...approved } as RequiredDataFromCollectionSlug<C>,
      context: SEED_CONTEXT,
      user: as,
    })
    return { id: doc.id, created: true }
  }

  // References whose metadata was read at the source are verified by the demo reviewer
  // (the verification hook records whoever saves as the verifier).
  const reviewer = {
    ...(await payload.findByID({ collection: 'users', id: people.reviewer, depth: 0 })),
    collection: 'users',
  } as TypedUser
  const referenceData = ({ verification, ...ref }: (typeof referenceSeeds)[number]) =>
    verification
      ? {
          ...ref,
          verificationStatus: 'verified' as const,
          verificationSource: verification.source,
          verificationUrl: verification.url ?? null,
          verificationNote: verification.note,
        }
      : ref

  // Site settings first: the guideline check run on each save reads the clinic contact.
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  if (!settings.clinicName) {
    await payload.updateGlobal({ slug: 'site-settings', data: siteSeed, context: SEED_CONTEXT })
  }

  const refIds = new Map<ReferenceKey, Id>()
  for (const ref of referenceSeeds) {
    refIds.set(
      ref.key,
      (
        await upsert(
          'references',
          ref.slug,
          withoutKey(referenceData(ref)),
          ref.verification ? reviewer : undefined,
        )
      ).id,
    )
  }
  const ref = (key: ReferenceKey) => {
    const id = refIds.get(key)
    if (id === undefined) throw new Error(`seed: unknown reference key ${key}`)
    return id
  }

  const componentIds = new Map<ComponentKey, { id: Id; created: boolean }>()
  for (const c of componentSeeds) {
    const { partOf: _partOf, references, ...rest } = withoutKey(c)
    componentIds.set(
      c.key,
      await upsert('components', c.slug, { ...rest, references: references.map(ref) }),
    )
  }

  const treatmentIds = new Map<TreatmentKey, Id>()
  for (const t of treatmentSeeds) {
    const data = withoutKey(t)
    const created = await upsert('treatments', t.slug, {
      ...data,
      components: data.components.map((c) => ({
        component: componentIds.get(c.component)!.id,
        role: c.role,
      })),
      mechanism: resolveCitations(data.mechanism, ref) as Treatment['mechanism'],
      clinicalApplications: data.clinicalApplications.map((a) => ({
        ...a,
        references: a.references.map(ref),
      })),
      references: data.references.map(ref),
    })
    treatmentIds.set(t.key, created.id)
  }

  // partOf can point at treatments, so it is set once both exist (new components only).
  for (const c of componentSeeds) {
    const entry = componentIds.get(c.key)!
    if (!entry.created || !c.partOf.length) continue
    await payload.update({
      collection: 'components',
      id: entry.id,
      data: {
        ...approved,
        partOf: c.partOf.map((p) => ({
          relationTo: p.relationTo,
          value:
            p.relationTo === 'treatments'
              ? treatmentIds.get(p.key as TreatmentKey)!
              : componentIds.get(p.key as ComponentKey)!.id,
        })),
      },
      context: SEED_CONTEXT,
    })
  }

  const a = withoutKey(articleSeed)
  await upsert('articles', a.slug, {
    ...a,
    compares: a.compares.map((k) => treatmentIds.get(k)!),
    body: resolveCitations(a.body, ref) as Article['body'],
    references: a.references.map(ref),
    author: people.author,
    reviewer: people.reviewer,
  })
}
