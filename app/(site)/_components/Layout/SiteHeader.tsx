import Link from 'next/link'

import { SearchForm } from '../Search/SearchForm'

/** Site header: the name, the two lists every reader can start from, and the site search. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="site-name">
          Hikaku<span className="site-name-ja">比較</span>
        </Link>
        <nav aria-label="サイト">
          <ul>
            <li>
              <Link href="/">記事一覧</Link>
            </li>
            <li>
              <Link href="/references">参考文献</Link>
            </li>
          </ul>
        </nav>
        <SearchForm id="site-search-q" />
      </div>
    </header>
  )
}
