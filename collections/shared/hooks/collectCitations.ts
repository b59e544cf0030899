import type { CollectionBeforeChangeHook } from 'payload'

import { citedReferenceIds, type RichText } from '@/lib/richtext/citations'

/**
 * Keeps the hidden `citedReferences` relationship in step with the inline citations of
 * the given rich-text fields, so "where is this reference used" and page queries can
 * rely on relationships instead of searching JSON.
 */
export const collectCitations =
  (...richTextFields: string[]): CollectionBeforeChangeHook =>
  ({ data, originalDoc }) => {
    const states = richTextFields.map((name) => (data[name] ?? originalDoc?.[name]) as RichText)
    return { ...data, citedReferences: citedReferenceIds(...states) }
  }

export const citedReferencesField = {
  name: 'citedReferences',
  type: 'relationship',
  relationTo: 'references',
  hasMany: true,
  label: { ja: '本文中で引用している文献（自動）', en: 'Cited in text (automatic)' },
  admin: {
    readOnly: true,
    position: 'sidebar',
    description: { ja: '本文の引用から自動で設定されます。', en: 'Set from the inline citations.' },
  },
} as const
