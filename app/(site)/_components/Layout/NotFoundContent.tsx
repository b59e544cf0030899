import Link from 'next/link'

import { paths } from '@/lib/seo/url'

import { SiteFooter } from './SiteFooter'

/** The site's 404 content (unknown and unpublished paths); static, needs no database. */
export function NotFoundContent() {
  return (
    <>
      <main id="main" className="not-found">
        <h1>ページが見つかりません</h1>
        <p>お探しのページは移動または削除されたか、まだ公開されていません。</p>
        <ul>
          <li>
            <Link href={paths.home()}>トップページ（記事一覧）へ</Link>
          </li>
          <li>
            <Link href={paths.references()}>参考文献の一覧へ</Link>
          </li>
        </ul>
      </main>
      <SiteFooter />
    </>
  )
}
