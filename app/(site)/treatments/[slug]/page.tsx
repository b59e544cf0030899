import type { Metadata } from 'next'
import Link from 'next/link'

import { tagPage } from '@/lib/cache/tagPage'
import { TAGS } from '@/lib/cache/tags'
import { relationIds } from '@/lib/domain'
import { getTreatmentPage } from '@/lib/queries/treatment'
import { treatmentJsonLd } from '@/lib/seo/jsonLd'
import { describe, pageMetadata } from '@/lib/seo/metadata'
import { paths } from '@/lib/seo/url'

import { getPayloadClient } from '../../_lib/payload'
import { getViewer } from '../../_lib/viewer'
import { NotFoundPage } from '../../_components/Layout/NotFoundPage'
import { Byline } from '../../_components/Byline/Byline'
import { buildCitationIndex } from '../../_components/Citations/buildCitationIndex'
import {
  buildComparisonRows,
  tableCitations,
} from '../../_components/ComparisonTable/buildComparisonRows'
import { FieldSections } from '../../_components/ComparisonTable/FieldSections'
import { buildDisclosures } from '../../_components/Disclosure/buildDisclosures'
import { DisclosureBlock } from '../../_components/Disclosure/DisclosureBlock'
import { HeroImage } from '../../_components/HeroImage/HeroImage'
import { JsonLd } from '../../_components/Layout/JsonLd'
import { PreviewBanner } from '../../_components/Layout/PreviewBanner'
import { SiteFooter } from '../../_components/Layout/SiteFooter'
import { ReferenceList } from '../../_components/ReferenceList/ReferenceList'
import { Phrases } from '../../_components/Typography/Phrases'

export const dynamicParams = true
export const revalidate = false
export const generateStaticParams = async () => []

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const data = await getTreatmentPage(await getPayloadClient(), slug, await getViewer())
  if (!data) return { title: 'ページが見つかりません', robots: { index: false } }
  const t = data.treatment
  return pageMetadata({
    title: t.name,
    description: describe(t.summary),
    path: paths.treatment(t.slug),
    modifiedTime: t.updatedAt,
  })
}

export default async function TreatmentPage({ params }: Props) {
  const { slug } = await params
  const viewer = await getViewer()
  const data = await getTreatmentPage(await getPayloadClient(), slug, viewer)
  await tagPage(data?.tags ?? [TAGS.slug('treatments', slug)])
  if (!data) return <NotFoundPage />

  const { treatment: t, referencesById, articles, reviewer, settings } = data
  const rows = buildComparisonRows([t])
  const citations = buildCitationIndex(
    tableCitations(rows),
    referencesById,
    relationIds(t.references),
  )
  const cited = citations.entries.filter((e) => e.anchors.length).map((e) => e.reference)

  return (
    <>
      {viewer.draft ? <PreviewBanner path={paths.treatment(t.slug)} /> : null}
      <main id="main" className="article treatment">
        <article>
          <header className="article-header">
            <p className="audience">
              治療{t.regulatory?.coverage === 'self-pay' ? '・自由診療' : ''}
            </p>
            <h1 className="phrases">
              <Phrases text={t.name} />
              {t.nameEn ? (
                <span className="name-en" lang="en">
                  {t.nameEn}
                </span>
              ) : null}
            </h1>
            <p className="lead">{t.summary}</p>
            <Byline reviewer={reviewer} lastReviewedAt={t.lastReviewedAt} />
          </header>
          <HeroImage image={t.heroImage} />
          <div className="prose">
            <FieldSections rows={rows} numberOf={citations.numberOf} />
          </div>
          <DisclosureBlock disclosures={buildDisclosures([t])} />
          {articles.length ? (
            <section aria-labelledby="related-heading" className="related">
              <h2 id="related-heading">この治療を比較している記事</h2>
              <ul>
                {articles.map((a) => (
                  <li key={a.id}>
                    <Link href={paths.article(a.slug)}>{a.title}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <ReferenceList entries={citations.entries} uncitedFrom={citations.uncitedFrom} />
        </article>
        <JsonLd data={treatmentJsonLd(t, reviewer, cited)} />
      </main>
      <SiteFooter settings={settings} />
    </>
  )
}
