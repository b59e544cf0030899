import type { UploadField } from 'payload'

/**
 * The picture at the top of a public page (articles, treatments), served through next/image
 * in the sizes the media collection generates. A medium in use cannot be deleted: the link is
 * in lib/domain/links.ts.
 */
export const heroImageField = (): UploadField => ({
  name: 'heroImage',
  type: 'upload',
  relationTo: 'media',
  label: { ja: 'メイン画像', en: 'Hero image' },
  admin: {
    position: 'sidebar',
    description: {
      ja: 'ページ上部に表示される画像（任意）。代替テキストはメディア側で入力します。',
      en: 'Shown at the top of the page (optional).',
    },
  },
})
