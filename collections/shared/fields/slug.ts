import type { TextField } from 'payload'

import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '@/lib/domain'

/** Unique, URL-safe ASCII slug (lower-case letters, digits and single hyphens). */
export const slugField = (): TextField => ({
  name: 'slug',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  label: { ja: 'スラッグ（URL）', en: 'Slug' },
  admin: {
    position: 'sidebar',
    description: {
      ja: 'URLに使う半角英数字とハイフン（例：secretome-vs-exosome）。公開後は変更しないでください。',
      en: 'Lower-case ASCII letters, digits and hyphens, used in the URL.',
    },
  },
  hooks: {
    beforeValidate: [
      ({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value),
    ],
  },
  validate: (value: string | null | undefined) => {
    if (!value) return 'スラッグは必須です（slug is required）'
    if (value.length > SLUG_MAX_LENGTH)
      return 'スラッグは120文字以内にしてください（slug: at most 120 characters）'
    if (!SLUG_PATTERN.test(value)) {
      return 'スラッグには半角英小文字・数字・ハイフンのみ使えます（slug: a-z, 0-9 and single hyphens only）'
    }
    return true
  },
})
