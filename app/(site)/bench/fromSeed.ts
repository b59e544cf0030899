import type { ArticlePageData, ComparedComponent, ComparedTreatment } from '@/lib/queries/article'
import type { PublicReference } from '@/lib/queries/shared'
import {
  article as seedArticle,
  components as seedComponents,
  references as seedReferences,
  resolveCitations,
  siteSettings,
  treatments as seedTreatments,
  type ReferenceKey,
} from '@/seed/data'

const STAMP = '2026-01-01T00:00:00.000Z'

/**
 * The demo article's page data built from the seed files instead of the database, so the
 * benchmark's static reference page renders the same components with the same content at
 * build time (no database) and has the same size as the cached article page.
 */
export function articlePageFromSeed(): ArticlePageData {
  const refs = seedReferences.map(
    ({ key: _key, ...r }, i): PublicReference =>
      ({
        ...r,
        id: i + 1,
        accessedAt: r.accessedAt ? `${r.accessedAt}T00:00:00.000Z` : null,
      }) as PublicReference,
  )
  const refByKey = new Map(seedReferences.map((r, i) => [r.key, refs[i]!]))
  const ref = (key: ReferenceKey) => refByKey.get(key)!
  const componentByKey = new Map(
    seedComponents.map((c, i): [string, ComparedComponent] => [
      c.key,
      { id: i + 1, name: c.name, nameEn: c.nameEn, slug: c.slug, kind: c.kind },
    ]),
  )
  const treatments = seedTreatments.map(({ key: _key, ...t }, i): ComparedTreatment => ({
    ...t,
    id: i + 1,
    lastReviewedAt: STAMP,
    components: t.components.map((c) => ({
      component: componentByKey.get(c.component)!,
      role: c.role,
    })),
    mechanism: resolveCitations(t.mechanism, (k) => ref(k).id) as ComparedTreatment['mechanism'],
    clinicalApplications: t.clinicalApplications.map((a) => ({
      ...a,
      references: a.references.map(ref),
    })),
    references: t.references.map(ref),
  }))
  const { key: _key, compares, ...a } = seedArticle
  return {
    article: {
      ...a,
      id: 1,
      compares: compares.map((k) =>
        treatments.find((t) => t.slug === seedTreatments.find((s) => s.key === k)!.slug)!,
      ),
      body: resolveCitations(a.body, (k) => ref(k).id) as ArticlePageData['article']['body'],
      references: a.references.map(ref),
      keyPoints: a.keyPoints.map((k, i) => ({ ...k, id: `kp${i}` })),
      lastReviewedAt: STAMP,
      updatedAt: STAMP,
      createdAt: STAMP,
    },
    treatments,
    referencesById: new Map(refs.map((r) => [String(r.id), r])),
    reviewer: { name: '山田 太郎（デモ）', qualification: '医師・皮膚科専門医' },
    settings: { clinicName: siteSettings.clinicName, contact: siteSettings.contact },
    tags: [],
  }
}
