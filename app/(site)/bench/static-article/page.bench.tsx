import type { Metadata } from 'next'

import { ArticleView } from '../../_components/Article/ArticleView'
import { articlePageFromSeed } from '../fromSeed'

// The benchmark's reference: the demo article rendered once at build time from the seed
// files, i.e. a static Next page of the same size and markup (scripts/bench-pages.ts).
export const dynamic = 'force-static'

export const metadata: Metadata = {
  title: 'ベンチマーク用の静的ページ',
  robots: { index: false, follow: false },
}

export default function StaticArticleBenchPage() {
  return <ArticleView data={articlePageFromSeed()} />
}
