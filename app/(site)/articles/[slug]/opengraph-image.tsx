import { tagPage } from '@/lib/cache/tagPage'
import { TAGS } from '@/lib/cache/tags'
import { VISITOR } from '@/lib/queries/payload'
import { getArticlePage } from '@/lib/queries/article'

import { getPayloadClient } from '../../_lib/payload'
import { SHARE_IMAGE_SIZE, shareImage } from '../../_components/ShareImage/shareImage'

// Next adds this image as the page's og:image. Like the page: rendered on first request,
// then cached under the page's own tags until a publish revalidates them.
export const dynamicParams = true
export const revalidate = false
export const generateStaticParams = async () => []
export const size = SHARE_IMAGE_SIZE
export const contentType = 'image/png'
export const alt = '記事のタイトル画像'

type Props = { params: Promise<{ slug: string }> }

/** Always the published version (never draft mode): crawlers and caches fetch this URL. */
export default async function Image({ params }: Props) {
  const { slug } = await params
  const data = await getArticlePage(await getPayloadClient(), slug, VISITOR)
  await tagPage(data?.tags ?? [TAGS.slug('articles', slug)])
  if (!data) return new Response('ページが見つかりません', { status: 404 })
  return shareImage({ kind: '記事', title: data.article.title })
}
