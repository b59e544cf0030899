import { ImageResponse } from 'next/og'

import { shareImageFonts } from '@/lib/seo/shareImageFonts'
import { SITE_NAME } from '@/lib/seo/url'

/** The Open Graph image size every social network shows full width. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 }

/** Smaller type for longer titles, so up to ~60 characters fit in three lines. */
const titleSize = (title: string) => (title.length <= 18 ? 72 : title.length <= 32 ? 60 : 48)

/**
 * The share image of a published page: its kind (記事・治療), its Japanese title and the site
 * name, in Noto Sans JP. Built only from what the page's published query returned.
 */
export async function shareImage({
  kind,
  title,
}: {
  kind: string
  title: string
}): Promise<ImageResponse> {
  const tagline = '医師がレビューした治療比較'
  const { fonts, fontFamily } = await shareImageFonts(`${kind}${title}${SITE_NAME}${tagline}`)
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: '#ffffff',
        borderTop: '24px solid #0b5cad',
        fontFamily,
        color: '#1a1a1a',
      }}
    >
      <div style={{ display: 'flex', fontSize: 34, color: '#0b5cad' }}>{kind}</div>
      <div
        style={{ display: 'flex', fontSize: titleSize(title), lineHeight: 1.3, fontWeight: 700 }}
      >
        {title}
      </div>
      <div
        style={{ display: 'flex', justifyContent: 'space-between', fontSize: 30, color: '#555555' }}
      >
        <span>{SITE_NAME}</span>
        <span>{tagline}</span>
      </div>
    </div>,
    { ...SHARE_IMAGE_SIZE, fonts },
  )
}
