import { audienceOptions, relationIds } from '@/lib/domain'
import type { ArticlePageData } from '@/lib/queries/article'
import { articleJsonLd } from '@/lib/seo/jsonLd'
import { paths } from '@/lib/seo/url'

import { Byline } from '../Byline/Byline'
import { bodyHasBlock, buildCitationIndex, pageCitations } from '../Citations/buildCitationIndex'
import { buildComparisonRows } from '../ComparisonTable/buildComparisonRows'
import { ComparisonTable } from '../ComparisonTable/ComparisonTable'
import { buildDisclosures } from '../Disclosure/buildDisclosures'
import { DisclosureBlock } from '../Disclosure/DisclosureBlock'
import { HeroImage } from '../HeroImage/HeroImage'
import { KeyPoints } from '../KeyPoints/KeyPoints'
import { JsonLd } from '../Layout/JsonLd'
import { PreviewBanner } from '../Layout/PreviewBanner'
import { SiteFooter } from '../Layout/SiteFooter'
import { ReferenceList } from '../ReferenceList/ReferenceList'
import { Callout } from '../RichText/Callout'
import { RichText } from '../RichText/RichText'
import { Phrases } from '../Typography/Phrases'

/**
 * The article page: header and byline, key points, the generated comparison table, the body
 * with numbered citations, the 自由診療 disclosure, the reference list and JSON-LD.
 */
export function ArticleView({
  data,
  preview = false,
}: {
  data: ArticlePageData
  preview?: boolean
}) {
  const { article, treatments, referencesById, reviewer, settings } = data
  const rows = buildComparisonRows(treatments)
  const citations = buildCitationIndex(
    pageCitations(article.body, rows),
    referencesById,
    relationIds(article.references),
  )
  const disclosures = buildDisclosures(treatments)
  const citedInOrder = citations.entries.filter((e) => e.anchors.length).map((e) => e.reference)
  const audience = audienceOptions.find((o) => o.value === article.audience)?.label.ja

  const table = (
    <ComparisonTable
      treatments={treatments}
      rows={rows}
      numberOf={citations.numberOf}
      caption={`${treatments.map((t) => t.name).join('と')}の比較（各治療ページの情報から作成）`}
    />
  )
  const keyPoints = <KeyPoints points={article.keyPoints} />

  return (
    <>
      {preview ? <PreviewBanner path={paths.article(article.slug)} /> : null}
      <main id="main" className="article">
        <article>
          <header className="article-header">
            {audience ? <p className="audience">{audience}</p> : null}
            <h1 className="phrases">
              <Phrases text={article.title} />
            </h1>
            <p className="lead">{article.lead}</p>
            <Byline reviewer={reviewer} lastReviewedAt={article.lastReviewedAt} />
          </header>
          <HeroImage image={article.heroImage} />

          {bodyHasBlock(article.body, 'keyPoints') ? null : keyPoints}
          {bodyHasBlock(article.body, 'comparisonTable') ? null : table}

          <div className="prose">
            <RichText
              state={article.body}
              numberOf={citations.numberOf}
              blocks={{
                keyPoints: () => keyPoints,
                comparisonTable: () => table,
                callout: (f) => (
                  <Callout
                    tone={f.tone as string}
                    title={f.title as string}
                    text={f.text as string}
                  />
                ),
              }}
            />
          </div>

          <DisclosureBlock disclosures={disclosures} />
          <ReferenceList entries={citations.entries} uncitedFrom={citations.uncitedFrom} />
        </article>
        <JsonLd data={articleJsonLd(data, citedInOrder)} />
      </main>
      <SiteFooter settings={settings} />
    </>
  )
}
