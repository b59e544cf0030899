import type { Metadata } from 'next'

import { tagPage } from '@/lib/cache/tagPage'
import { TAGS } from '@/lib/cache/tags'
import { getArticlePage } from '@/lib/queries/article'
import { describe, pageMetadata } from '@/lib/seo/metadata'
import { paths } from '@/lib/seo/url'

import { getPayloadClient } from '../../_lib/payload'
import { getViewer } from '../../_lib/viewer'
import { NotFoundPage } from '../../_components/Layout/NotFoundPage'
import { ArticleView } from '../../_components/Article/ArticleView'

// Rendered on first request (the build has no database), then served from the cache until
// a publish revalidates one of its tags.
export const dynamicParams = true
export const revalidate = false
export const generateStaticParams = async () => []

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const data = await getArticlePage(await getPayloadClient(), slug, await getViewer())
  if (!data) return { title: 'ページが見つかりません', robots: { index: false } }
  const { article } = data
  return pageMetadata({
    title: article.meta?.title || article.title,
    description: article.meta?.description || describe(article.lead),
    path: paths.article(article.slug),
    type: 'article',
    modifiedTime: article.updatedAt,
  })
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params
  const viewer = await getViewer()
  const data = await getArticlePage(await getPayloadClient(), slug, viewer)
  await tagPage(data?.tags ?? [TAGS.slug('articles', slug)])
  if (!data) return <NotFoundPage />
  return <ArticleView data={data} preview={viewer.draft} />
}
