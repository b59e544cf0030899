import type { CollectionConfig } from 'payload'

import { env } from '@/lib/env'

import { adminOnly, anyone, staff } from './shared/access'
import { adminGroups } from './shared/adminGroups'
import { preventDeleteWhileUsed } from './shared/hooks/preventDeleteWhileUsed'
import { revalidateAfterChange, revalidateAfterDelete } from './shared/hooks/revalidate'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { ja: 'メディア', en: 'Media' }, plural: { ja: 'メディア', en: 'Media' } },
  admin: {
    group: adminGroups.content,
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'],
  },
  access: {
    read: anyone,
    create: staff,
    update: staff,
    delete: adminOnly,
  },
  upload: {
    staticDir: env.mediaDir,
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, position: 'centre' },
      { name: 'card', width: 768 },
      { name: 'og', width: 1200, height: 630, position: 'centre' },
    ],
    adminThumbnail: 'thumbnail',
    formatOptions: { format: 'webp', options: { quality: 82 } },
  },
  hooks: {
    // Deleting a medium that a page shows is refused (the link graph, lib/domain/links.ts).
    beforeDelete: [preventDeleteWhileUsed],
    // A new alt text or file reaches the pages that show the medium.
    afterChange: [revalidateAfterChange],
    afterDelete: [revalidateAfterDelete],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      label: { ja: '代替テキスト', en: 'Alt text' },
      validate: (value: unknown) =>
        (typeof value === 'string' && value.trim() !== '') ||
        '代替テキスト（alt）は必須です。画像の内容を説明する文を入力してください（alt is required）',
      admin: {
        description: {
          ja: '画像の内容を説明する文（読み上げソフトで使われます）。',
          en: 'Describes the image for screen readers.',
        },
      },
    },
  ],
}
