import type { CollectionConfig, PayloadRequest } from 'payload'

import { audienceOptions, hasRole, relationId } from '@/lib/domain'
import { previewPath } from '@/lib/seo/url'

import { adminGroups } from '../shared/adminGroups'
import { contentCollection } from '../shared/contentCollection'
import { articleEditor } from '../shared/editor'
import { heroImageField } from '../shared/fields/heroImage'
import { citedReferencesField, collectCitations } from '../shared/hooks/collectCitations'

export const Articles: CollectionConfig = contentCollection({
  slug: 'articles',
  admin: {
    group: adminGroups.content,
    preview: (doc) => previewPath('articles', doc.slug),
    defaultColumns: [
      'title',
      'audience',
      'reviewState',
      'complianceErrors',
      'complianceWarnings',
      '_status',
      'updatedAt',
    ],
    listSearchableFields: ['title', 'slug', 'lead'],
    description: {
      ja: '治療を比較する公開記事。比較表は比較対象の治療データから自動生成されます。',
      en: 'Public comparison articles.',
    },
  },
  hooks: {
    beforeChange: [collectCitations('body')],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      label: { ja: 'タイトル', en: 'Title' },
      admin: { description: { ja: '記事の見出し（h1）。', en: 'The page heading (h1).' } },
    },
    heroImageField(),
    {
      name: 'lead',
      type: 'textarea',
      required: true,
      label: { ja: 'リード文', en: 'Lead' },
      admin: {
        description: {
          ja: '記事冒頭に表示される2〜3文の要約。',
          en: 'Two or three sentences under the title.',
        },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'audience',
          type: 'select',
          required: true,
          defaultValue: 'general',
          options: [...audienceOptions],
          label: { ja: '対象読者', en: 'Audience' },
          admin: {
            description: { ja: '公開ページに表示されます。', en: 'Shown on the public page.' },
          },
        },
        {
          name: 'compares',
          type: 'relationship',
          relationTo: 'treatments',
          hasMany: true,
          required: true,
          minRows: 2,
          label: { ja: '比較する治療（2つ以上）', en: 'Compared treatments (2+)' },
        },
      ],
    },
    {
      name: 'keyPoints',
      type: 'array',
      maxRows: 6,
      label: { ja: '要点カード', en: 'Key points' },
      labels: { singular: { ja: 'カード', en: 'Card' }, plural: { ja: 'カード', en: 'Cards' } },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'icon',
              type: 'text',
              maxLength: 8,
              label: { ja: 'アイコン（絵文字）', en: 'Icon (emoji)' },
              admin: { width: '20%' },
            },
            {
              name: 'heading',
              type: 'text',
              required: true,
              label: { ja: '見出し', en: 'Heading' },
              admin: { description: { ja: 'カードの見出し（20字程度）。', en: 'Card heading.' } },
            },
          ],
        },
        {
          name: 'text',
          type: 'textarea',
          required: true,
          label: { ja: '本文', en: 'Text' },
          admin: { description: { ja: 'カードの本文（1〜2文）。', en: 'Card text.' } },
        },
      ],
    },
    {
      name: 'body',
      type: 'richText',
      editor: articleEditor,
      required: true,
      label: { ja: '本文', en: 'Body' },
      admin: {
        description: {
          ja: '主張のすぐ後ろに「引用」インラインブロックで参考文献を付けてください。',
          en: 'Cite references inline right after each claim.',
        },
      },
    },
    {
      name: 'references',
      type: 'relationship',
      relationTo: 'references',
      hasMany: true,
      label: { ja: '参考文献', en: 'References' },
      admin: {
        description: {
          ja: '参考文献一覧に載せる文献。本文で引用した文献は、ここに無くても一覧に載ります。',
          en: 'Reference list; cited references are always listed.',
        },
      },
    },
    citedReferencesField,
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      label: { ja: '執筆者', en: 'Author' },
      admin: { position: 'sidebar' },
      defaultValue: ({ user }) => user?.id,
    },
    {
      name: 'reviewer',
      type: 'relationship',
      relationTo: 'users',
      label: { ja: '担当レビュアー（医師）', en: 'Assigned reviewer' },
      admin: { position: 'sidebar' },
      filterOptions: { roles: { in: ['reviewer'] } },
      validate: async (value: unknown, { req }: { req: PayloadRequest }) => {
        const id = relationId(value)
        if (id === undefined) return true
        const user = await req.payload.findByID({
          collection: 'users',
          id,
          depth: 0,
          overrideAccess: true,
          req,
          disableErrors: true,
        })
        return (
          hasRole(user, 'reviewer') ||
          '担当レビュアーには医療レビュアーのロールを持つユーザーを選んでください（reviewer must have the reviewer role）'
        )
      },
    },
  ],
})
