import type { Metadata } from 'next'
import Link from 'next/link'

import { audienceOptions } from '@/lib/domain'
import { tagPage } from '@/lib/cache/tagPage'
import { getHomePage } from '@/lib/queries/home'
import { websiteJsonLd } from '@/lib/seo/jsonLd'
import { pageMetadata } from '@/lib/seo/metadata'
import { paths, SITE_NAME } from '@/lib/seo/url'

import { getPayloadClient } from '../_lib/payload'
import { getViewer } from '../_lib/viewer'
import { JsonLd } from '../_components/Layout/JsonLd'
import { NotFoundPage } from '../_components/Layout/NotFoundPage'
import { SiteFooter } from '../_components/Layout/SiteFooter'
import { formatDateJa, isoDateJst } from '../_components/Typography/formatDate'
import { Phrases } from '../_components/Typography/Phrases'

// The home page is an optional catch-all so that, like every content page, it is rendered on
// first request instead of at build time (the build has no database), then cached until a
// publish revalidates it. Any other unmatched path ends here too and gets the site's 404.
export const dynamicParams = true
export const revalidate = false
export const generateStaticParams = async () => []

type Props = { params: Promise<{ home?: string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { home } = await params
  if (home?.length) return { title: 'ページが見つかりません', robots: { index: false } }
  return pageMetadata({
    title: `${SITE_NAME} — 治療法をエビデンスで比較`,
    description:
      '医師が監修した、エビデンスに基づく治療法の比較記事。定義・成分・臨床応用・安全性・費用を、参考文献とともに整理しています。',
    path: paths.home(),
  })
}

export default async function HomePage({ params }: Props) {
  const { home } = await params
  if (home?.length) return <NotFoundPage />
  const data = await getHomePage(await getPayloadClient(), await getViewer())
  await tagPage(data.tags)
  return (
    <>
      <main id="main" className="home">
        <header className="home-header">
          <h1 className="phrases">
            <Phrases text="治療法を、エビデンスで比較する" />
          </h1>
          <p className="lead">
            医師の監修のもと、治療法の定義・成分・臨床応用・安全性・費用を参考文献とともに比較しています。
          </p>
        </header>

        <section aria-labelledby="articles-heading">
          <h2 id="articles-heading">比較記事</h2>
          {data.articles.length ? (
            <ul className="card-list">
              {data.articles.map((a) => (
                <li key={a.id} className="card">
                  <h3 className="phrases">
                    <Link href={paths.article(a.slug)}>
                      <Phrases text={a.title} />
                    </Link>
                  </h3>
                  <p>{a.lead}</p>
                  <p className="card-meta">
                    <span>{audienceOptions.find((o) => o.value === a.audience)?.label.ja}</span>
                    {a.lastReviewedAt ? (
                      <span>
                        最終確認日{' '}
                        <time dateTime={isoDateJst(a.lastReviewedAt)}>
                          {formatDateJa(a.lastReviewedAt)}
                        </time>
                      </span>
                    ) : null}
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p>公開中の記事はまだありません。</p>
          )}
        </section>

        <section aria-labelledby="treatments-heading">
          <h2 id="treatments-heading">治療</h2>
          {data.treatments.length ? (
            <ul className="card-list card-list-compact">
              {data.treatments.map((t) => (
                <li key={t.id} className="card">
                  <h3>
                    <Link href={paths.treatment(t.slug)}>{t.name}</Link>
                    {t.nameEn ? (
                      <span className="name-en" lang="en">
                        {t.nameEn}
                      </span>
                    ) : null}
                  </h3>
                  <p>{t.summary}</p>
                  {t.regulatory?.coverage === 'self-pay' ? (
                    <p className="card-meta">自由診療</p>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p>公開中の治療情報はまだありません。</p>
          )}
        </section>
        <JsonLd data={websiteJsonLd()} />
      </main>
      <SiteFooter settings={data.settings} />
    </>
  )
}
