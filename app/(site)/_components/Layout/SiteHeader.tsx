import Link from 'next/link'

/** Site header: the name and the two lists every reader can start from. */
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
      </div>
    </header>
  )
}
