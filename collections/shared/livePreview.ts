import type { RootLivePreviewConfig } from 'payload'

import { previewPath } from '@/lib/seo/url'

const PREVIEWED = ['articles', 'treatments', 'components'] as const
type Previewed = (typeof PREVIEWED)[number]

/**
 * Payload's live preview for the public content collections: the admin shows the page beside
 * the form at phone (360 px), tablet and desktop widths. The iframe opens /next/preview, which
 * admits only staff sessions and enables draft mode; the page then renders the latest draft
 * with the site's own components and refreshes on every save (RefreshRouteOnSave, server-side
 * live preview). Same origin as the admin, so X-Frame-Options SAMEORIGIN allows the frame.
 */
export const livePreview: RootLivePreviewConfig = {
  collections: [...PREVIEWED],
  breakpoints: [
    { name: 'mobile', label: 'スマートフォン（360px）', width: 360, height: 740 },
    { name: 'tablet', label: 'タブレット（768px）', width: 768, height: 1024 },
    { name: 'desktop', label: 'デスクトップ（1440px）', width: 1440, height: 900 },
  ],
  url: ({ collectionConfig, data }) => {
    const slug = collectionConfig?.slug as Previewed | undefined
    return slug && PREVIEWED.includes(slug) ? previewPath(slug, data?.slug) : null
  },
}
