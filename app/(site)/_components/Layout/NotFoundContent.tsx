import Link from 'next/link'

import { SiteFooter } from './SiteFooter'

/** The site's 404 content (unknown and unpublished slugs); static, needs no database. */
export function NotFoundContent() {
  return (
    <>
      <main id="main" className="not-found">
        <h1>ページが見つかりません</h1>
        <p>お探しのページは移動または削除されたか、まだ公開されていません。</p>
        <p>
          <Link href="/">記事一覧へ戻る</Link>
        </p>
      </main>
      <SiteFooter />
    </>
  )
}
