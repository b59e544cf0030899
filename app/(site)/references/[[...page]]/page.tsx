import type { Metadata } from 'next'

import { tagPage } from '@/lib/cache/tagPage'
import { getReferencesPage } from '@/lib/queries/references'
import { pageMetadata } from '@/lib/seo/metadata'
import { paths } from '@/lib/seo/url'

import { getPayloadClient } from '../../_lib/payload'
import { getViewer } from '../../_lib/viewer'
import { NotFoundPage } from '../../_components/Layout/NotFoundPage'
import { SiteFooter } from '../../_components/Layout/SiteFooter'
import { ReferenceEntry } from '../../_components/ReferenceList/ReferenceEntry'
import { UnverifiedNote } from '../../_components/ReferenceList/ReferenceList'

// Optional catch-all only so the page is rendered on first request, not at build time.
export const dynamicParams = true
export const revalidate = false
export const generateStaticParams = async () => []

type Props = { params: Promise<{ page?: string[] }> }

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    title: '参考文献',
    description: 'このサイトの記事と治療ページが引用している参考文献の一覧です。エビデンスレベルごとに分類しています。',
    path: paths.references(),
  })
}

export default async function ReferencesPage({ params }: Props) {
  const { page } = await params
  if (page?.length) return <NotFoundPage />
  const data = await getReferencesPage(await getPayloadClient(), await getViewer())
  await tagPage(data.tags)
  return (
    <>
      <main id="main" className="references-page">
        <h1>参考文献</h1>
        <p className="lead">
          記事と治療ページで引用している {data.total} 件の文献を、エビデンスレベルごとに分類しています。商業・クリニック情報は医療機関等の説明であり、科学的な検証を経たものではありません。
        </p>
        {data.groups.some((g) => g.references.some((r) => r.verificationStatus !== 'verified')) ? <UnverifiedNote /> : null}
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
      </main>
      <SiteFooter settings={data.settings} />
    </>
  )
}
