import type { CollectionConfig } from 'payload'

import { withReviewWorkflow } from '@/lib/workflow'

import { preventDeleteWhileUsed } from './shared/hooks/preventDeleteWhileUsed'

import { contentAccess } from './shared/access'
import { rejectUnknownFields } from './shared/hooks/rejectUnknownFields'
import { revalidateAfterChange, revalidateAfterDelete } from './shared/hooks/revalidate'
import { reviewFields } from './shared/fields/review'
import { slugField } from './shared/fields/slug'
import { componentKindOptions, groups } from './shared/options'

export const Components: CollectionConfig = withReviewWorkflow({
  slug: 'components',
  labels: { singular: { ja: '成分', en: 'Component' }, plural: { ja: '成分', en: 'Components' } },
  admin: {
    group: groups.evidence,
    useAsTitle: 'name',
    defaultColumns: ['name', 'nameEn', 'kind', 'reviewState', 'complianceErrors', 'complianceWarnings', '_status'],
    listSearchableFields: ['name', 'nameEn', 'slug'],
    description: { ja: '治療に含まれる成分（成長因子・サイトカイン・エクソソームなど）。', en: 'What treatments contain: growth factors, cytokines, exosomes…' },
  },
  versions: { drafts: { validate: true }, maxPerDoc: 50 },
  access: contentAccess,
  hooks: {
    beforeValidate: [rejectUnknownFields],
    afterChange: [revalidateAfterChange],
    afterDelete: [revalidateAfterDelete],
    beforeDelete: [preventDeleteWhileUsed],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, label: { ja: '名称（日本語）', en: 'Name (Japanese)' } },
        { name: 'nameEn', type: 'text', label: { ja: '名称（英語）', en: 'Name (English)' } },
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
      admin: { description: { ja: '該当する場合のみ。「50nm未満」は最大のみ入力。', en: 'Only where it applies.' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'minNm', type: 'number', min: 0, label: { ja: '最小（nm）', en: 'Min (nm)' } },
            {
              name: 'maxNm',
              type: 'number',
              min: 0,
              label: { ja: '最大（nm）', en: 'Max (nm)' },
              validate: (value: number | null | undefined, { siblingData }: { siblingData: { minNm?: number | null } }) =>
                value == null || siblingData.minNm == null || value >= siblingData.minNm
                  ? true
                  : '最大は最小以上にしてください（size.maxNm must be ≥ size.minNm）',
            },
          ],
        },
      ],
    },
    { name: 'functions', type: 'textarea', label: { ja: '働き・機能', en: 'Functions' } },
    {
      name: 'partOf',
      type: 'relationship',
      relationTo: ['components', 'treatments'],
      hasMany: true,
      label: { ja: '含まれる先（上位の成分・治療）', en: 'Part of' },
      admin: { description: { ja: '例：エクソソームはセクレトーム（治療）の一部。', en: 'e.g. exosomes are part of the secretome.' } },
    },
    {
      name: 'references',
      type: 'relationship',
      relationTo: 'references',
      hasMany: true,
      label: { ja: '参考文献', en: 'References' },
    },
    slugField(),
    ...reviewFields(),
  ],
})
