import type { Metadata } from 'next'
import Link from 'next/link'

import { tagPage } from '@/lib/cache/tagPage'
import { TAGS } from '@/lib/cache/tags'
import { getReferencesPage } from '@/lib/queries/references'
import { pageMetadata } from '@/lib/seo/metadata'
import { paths } from '@/lib/seo/url'

import { getPayloadClient } from '../../_lib/payload'
import { getViewer } from '../../_lib/viewer'
import { NotFoundPage } from '../../_components/Layout/NotFoundPage'
import { SiteFooter } from '../../_components/Layout/SiteFooter'
import { ReferenceEntry } from '../../_components/ReferenceList/ReferenceEntry'
import { UnverifiedNote } from '../../_components/ReferenceList/ReferenceList'

// /references is page 1, /references/page/2 the next: rendered on first request (not at
// build time), then cached until a reference is published.
export const dynamicParams = true
export const revalidate = false
export const generateStaticParams = async () => []

type Props = { params: Promise<{ page?: string[] }> }

/** The page number of `/references/page/<n>`; undefined for any other path. */
function pageNumber(segments: string[] | undefined): number | undefined {
  if (!segments?.length) return 1
  const [word, n, ...rest] = segments
  if (word !== 'page' || rest.length || !/^[1-9]\d{0,5}$/.test(n ?? '') || n === '1')
    return undefined
  return Number(n)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = pageNumber((await params).page) ?? 1
  return pageMetadata({
    title: page > 1 ? `参考文献（${page}ページ目）` : '参考文献',
    description:
      'このサイトの記事と治療ページが引用している参考文献の一覧です。エビデンスレベルごとに分類しています。',
    path: paths.references(page),
  })
}

export default async function ReferencesPage({ params }: Props) {
  const page = pageNumber((await params).page)
  if (page === undefined) return <NotFoundPage />
  const data = await getReferencesPage(await getPayloadClient(), await getViewer(), page)
  await tagPage(data?.tags ?? [TAGS.list('references')])
  if (!data) return <NotFoundPage />
  return (
    <>
      <main id="main" className="references-page">
        <h1>参考文献</h1>
        <p className="lead">
          記事と治療ページで引用している {data.total}{' '}
          件の文献を、エビデンスレベルの高い順に分類しています。商業・クリニック情報は医療機関等の説明であり、科学的な検証を経たものではありません。
        </p>
        {data.groups.some((g) => g.references.some((r) => r.verificationStatus !== 'verified')) ? (
          <UnverifiedNote />
        ) : null}
        {data.totalPages > 1 ? (
          <p>
            {data.page} / {data.totalPages} ページ
          </p>
        ) : null}
        <nav aria-label="エビデンスレベル" className="toc">
          <ul>
            {data.groups.map((g) => (
              <li key={g.level}>
                <a href={`#level-${g.level}`}>
                  {g.label}（{g.references.length}）
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {data.groups.map((g) => (
          <section key={g.level} aria-labelledby={`level-${g.level}`}>
            <h2 id={`level-${g.level}`}>{g.label}</h2>
            <ul className="reference-list library">
              {g.references.map((r) => (
                <li key={r.id} id={`reference-${r.slug}`}>
                  <ReferenceEntry reference={r} showLevel={false} />
                </li>
              ))}
            </ul>
          </section>
        ))}
        {data.totalPages > 1 ? (
          <nav aria-label="参考文献のページ" className="pagination">
            {data.page > 1 ? (
              <Link href={paths.references(data.page - 1)} rel="prev">
                前のページ
              </Link>
            ) : null}
            {data.page < data.totalPages ? (
              <Link href={paths.references(data.page + 1)} rel="next">
                次のページ
              </Link>
            ) : null}
          </nav>
        ) : null}
      </main>
      <SiteFooter settings={data.settings} />
    </>
  )
}
