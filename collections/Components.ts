import type { CollectionConfig } from 'payload'

import { componentKindOptions } from '@/lib/domain'
import { previewPath } from '@/lib/seo/url'

import { adminGroups } from './shared/adminGroups'
import { contentCollection } from './shared/contentCollection'
import { numberRange } from './shared/fields/range'

export const Components: CollectionConfig = contentCollection({
  slug: 'components',
  admin: {
    group: adminGroups.evidence,
    preview: (doc) => previewPath('components', doc.slug),
    defaultColumns: [
      'name',
      'nameEn',
      'kind',
      'reviewState',
      'complianceErrors',
      'complianceWarnings',
      '_status',
    ],
    listSearchableFields: ['name', 'nameEn', 'slug'],
    description: {
      ja: '治療に含まれる成分（成長因子・サイトカイン・エクソソームなど）。',
      en: 'What treatments contain: growth factors, cytokines, exosomes…',
    },
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'name',
          type: 'text',
          required: true,
          label: { ja: '名称（日本語）', en: 'Name (Japanese)' },
          admin: {
            description: {
              ja: '公開ページの見出しに使われる名称。',
              en: 'Name used as page heading.',
            },
          },
        },
        {
          name: 'nameEn',
          type: 'text',
          label: { ja: '名称（英語）', en: 'Name (English)' },
          admin: {
            description: {
              ja: '英語名・略称（例：Vascular endothelial growth factor）。',
              en: 'English name or abbreviation.',
            },
          },
        },
      ],
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [...componentKindOptions],
      label: { ja: '分類', en: 'Kind' },
    },
    {
      name: 'examples',
      type: 'array',
      label: { ja: '代表例', en: 'Examples' },
      labels: { singular: { ja: '例', en: 'Example' }, plural: { ja: '例', en: 'Examples' } },
      admin: { description: { ja: '例：VEGF、FGF、IL-10', en: 'e.g. VEGF, FGF, IL-10' } },
      fields: [{ name: 'name', type: 'text', required: true, label: { ja: '名称', en: 'Name' } }],
    },
    {
      name: 'size',
      type: 'group',
      label: { ja: '大きさ（nm）', en: 'Size (nm)' },
      admin: {
        description: {
          ja: '該当する場合のみ。「50nm未満」は最大のみ入力。',
          en: 'Only where it applies.',
        },
      },
      fields: [
        numberRange(
          'size',
          { name: 'minNm', label: { ja: '最小（nm）', en: 'Min (nm)' } },
          { name: 'maxNm', label: { ja: '最大（nm）', en: 'Max (nm)' } },
        ),
      ],
    },
    {
      name: 'functions',
      type: 'textarea',
      label: { ja: '働き・機能', en: 'Functions' },
      admin: {
        description: {
          ja: '主な働き。効果の主張には参考文献を付けてください。',
          en: 'Main functions; cite references for claims.',
        },
      },
    },
    {
      name: 'partOf',
      type: 'relationship',
      relationTo: ['components', 'treatments'],
      hasMany: true,
      label: { ja: '含まれる先（上位の成分・治療）', en: 'Part of' },
      admin: {
        description: {
          ja: '例：エクソソームはセクレトーム（治療）の一部。',
          en: 'e.g. exosomes are part of the secretome.',
        },
      },
    },
    {
      name: 'references',
      type: 'relationship',
      relationTo: 'references',
      hasMany: true,
      label: { ja: '参考文献', en: 'References' },
    },
  ],
})
