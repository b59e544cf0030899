import type { Metadata } from 'next'
import Link from 'next/link'

import { componentKindOptions } from '@/lib/domain'
import { tagPage } from '@/lib/cache/tagPage'
import { TAGS } from '@/lib/cache/tags'
import { getComponentPage } from '@/lib/queries/component'
import { describe, pageMetadata } from '@/lib/seo/metadata'
import { paths } from '@/lib/seo/url'

import { getPayloadClient } from '../../_lib/payload'
import { getViewer } from '../../_lib/viewer'
import { NotFoundPage } from '../../_components/Layout/NotFoundPage'
import { Byline } from '../../_components/Byline/Byline'
import { PreviewBanner } from '../../_components/Layout/PreviewBanner'
import { SiteFooter } from '../../_components/Layout/SiteFooter'
import { ReferenceEntry } from '../../_components/ReferenceList/ReferenceEntry'
import { UnverifiedNote } from '../../_components/ReferenceList/ReferenceList'
import { Phrases } from '../../_components/Typography/Phrases'

export const dynamicParams = true
export const revalidate = false
export const generateStaticParams = async () => []

type Props = { params: Promise<{ slug: string }> }

const href = (l: { collection: 'components' | 'treatments'; slug: string }) =>
  l.collection === 'treatments' ? paths.treatment(l.slug) : paths.component(l.slug)

const sizeText = (size: { minNm?: number | null; maxNm?: number | null } | undefined) => {
  const min = size?.minNm ?? null
  const max = size?.maxNm ?? null
  if (min === null && max === null) return null
  if (min !== null && max !== null) return `直径 約${min}〜${max}nm`
  return min !== null ? `直径 ${min}nm以上` : `直径 ${max}nm未満`
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const data = await getComponentPage(await getPayloadClient(), slug, await getViewer())
  if (!data) return { title: 'ページが見つかりません', robots: { index: false } }
  const c = data.component
  return pageMetadata({
    title: `${c.name}（成分）`,
    description: describe(
      c.functions || `${c.name}（${c.nameEn ?? ''}）の働きと、含まれる治療・上位の成分。`,
    ),
    path: paths.component(c.slug),
  })
}

export default async function ComponentPage({ params }: Props) {
  const { slug } = await params
  const viewer = await getViewer()
  const data = await getComponentPage(await getPayloadClient(), slug, viewer)
  await tagPage(data?.tags ?? [TAGS.slug('components', slug)])
  if (!data) return <NotFoundPage />

  const { component: c, partOf, contains, containedIn, references, settings } = data
  const kind = componentKindOptions.find((o) => o.value === c.kind)?.label.ja
  const size = sizeText(c.size)
  return (
    <>
      {viewer.draft ? <PreviewBanner path={paths.component(c.slug)} /> : null}
      <main id="main" className="article component">
        <article>
          <header className="article-header">
            <p className="audience">成分{kind ? `・${kind}` : ''}</p>
            <h1 className="phrases">
              <Phrases text={c.name} />
              {c.nameEn ? (
                <span className="name-en" lang="en">
                  {c.nameEn}
                </span>
              ) : null}
            </h1>
            {c.functions ? <p className="lead">{c.functions}</p> : null}
            <Byline reviewer={null} lastReviewedAt={c.lastReviewedAt} />
          </header>
          <div className="prose">
            {c.examples?.length || size ? (
              <section aria-labelledby="facts-heading">
                <h2 id="facts-heading">概要</h2>
                <dl className="facts">
                  {kind ? (
                    <div>
                      <dt>分類</dt>
                      <dd>{kind}</dd>
                    </div>
                  ) : null}
                  {c.examples?.length ? (
                    <div>
                      <dt>代表例</dt>
                      <dd>{c.examples.map((e) => e.name).join('、')}</dd>
                    </div>
                  ) : null}
                  {size ? (
                    <div>
                      <dt>大きさ</dt>
                      <dd>{size}</dd>
                    </div>
                  ) : null}
                </dl>
              </section>
            ) : null}
            {partOf.length ? (
              <section aria-labelledby="part-of-heading">
                <h2 id="part-of-heading">{c.name}が含まれるもの</h2>
                <ul>
                  {partOf.map((l) => (
                    <li key={`${l.collection}-${l.id}`}>
                      <Link href={href(l)}>{l.name}</Link>
                      <span className="cell-note">
                        （{l.collection === 'treatments' ? '治療' : '成分'}）
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            {contains.length ? (
              <section aria-labelledby="contains-heading">
                <h2 id="contains-heading">{c.name}に含まれる成分</h2>
                <ul>
                  {contains.map((l) => (
                    <li key={l.id}>
                      <Link href={href(l)}>{l.name}</Link>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            {containedIn.length ? (
              <section aria-labelledby="treatments-heading">
                <h2 id="treatments-heading">{c.name}を含む治療</h2>
                <ul>
                  {containedIn.map((l) => (
                    <li key={l.id}>
                      <Link href={href(l)}>{l.name}</Link>
                      {l.role ? <span className="cell-note">：{l.role}</span> : null}
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
          </div>
          {references.length ? (
            <section className="references" aria-labelledby="references-heading">
              <h2 id="references-heading">参考文献</h2>
              <ul className="reference-list library">
                {references.map((r) => (
                  <li key={r.id}>
                    <ReferenceEntry reference={r} />
                  </li>
                ))}
              </ul>
              {references.some((r) => r.verificationStatus !== 'verified') ? (
                <UnverifiedNote />
              ) : null}
            </section>
          ) : null}
        </article>
      </main>
      <SiteFooter settings={settings} />
    </>
  )
}
