import type { Metadata } from 'next'
import Link from 'next/link'

import { checkQuery, findSearchResults, MAX_QUERY_LENGTH, type SearchHit } from '@/lib/search'
import { paths } from '@/lib/seo/url'

import { getPayloadClient } from '../_lib/payload'
import { SiteFooter } from '../_components/Layout/SiteFooter'
import { SearchForm } from '../_components/Search/SearchForm'
import { SearchResults } from '../_components/Search/SearchResults'

// One answer per query: rendered on request from the search index (published documents only).
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<{ q?: string | string[] }> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const check = checkQuery((await searchParams).q)
  return {
    title: check.ok ? `「${check.query}」の検索結果` : 'サイト内検索',
    robots: { index: false, follow: true },
  }
}

export default async function SearchPage({ searchParams }: Props) {
  const check = checkQuery((await searchParams).q)
  const hits: SearchHit[] = check.ok
    ? await findSearchResults(await getPayloadClient(), check.query)
    : []
  return (
    <>
      <main id="main" className="search-page">
        <h1>{check.ok ? `「${check.query}」の検索結果` : 'サイト内検索'}</h1>
        <SearchForm
          id="search-page-q"
          defaultValue={check.ok ? check.query : undefined}
          className="search-form search-form-page"
        />
        {!check.ok && check.reason === 'empty' ? (
          <p>記事・治療・成分・参考文献から探せます。調べたい言葉を入力してください。</p>
        ) : null}
        {!check.ok && check.reason === 'tooLong' ? (
          <p role="alert">
            検索する言葉が長すぎます。{MAX_QUERY_LENGTH}文字以内で入力してください。
          </p>
        ) : null}
        {check.ok && hits.length > 0 ? (
          <>
            <p className="search-count" role="status">
              {hits.length}件見つかりました。
            </p>
            <SearchResults hits={hits} />
          </>
        ) : null}
        {check.ok && hits.length === 0 ? (
          <div className="search-empty" role="status">
            <p>「{check.query}」に一致するページは見つかりませんでした。</p>
            <ul>
              <li>
                言葉を短くするか、別の言い方（例：「培養上清」「幹細胞」）で検索してください。
              </li>
              <li>
                <Link href={paths.home()}>記事一覧</Link>や
                <Link href={paths.references()}>参考文献の一覧</Link>からも探せます。
              </li>
            </ul>
          </div>
        ) : null}
      </main>
      <SiteFooter />
    </>
  )
}
