import type { Block } from 'payload'

/** Blocks available in article bodies (and, the citation, in every rich-text field). */

export const CalloutBlock: Block = {
  slug: 'callout',
  interfaceName: 'CalloutBlock',
  labels: {
    singular: { ja: '注意書き（コールアウト）', en: 'Callout' },
    plural: { ja: '注意書き', en: 'Callouts' },
  },
  fields: [
    {
      name: 'tone',
      type: 'select',
      required: true,
      defaultValue: 'info',
      label: { ja: '種類', en: 'Tone' },
      options: [
        { label: { ja: '情報', en: 'Info' }, value: 'info' },
        { label: { ja: '注意', en: 'Warning' }, value: 'warning' },
        { label: { ja: '補足', en: 'Note' }, value: 'note' },
      ],
    },
    { name: 'title', type: 'text', label: { ja: '見出し', en: 'Title' } },
    { name: 'text', type: 'textarea', required: true, label: { ja: '本文', en: 'Text' } },
  ],
}

export const KeyPointsBlock: Block = {
  slug: 'keyPoints',
  interfaceName: 'KeyPointsBlock',
  labels: {
    singular: { ja: '要点カード', en: 'Key-point cards' },
    plural: { ja: '要点カード', en: 'Key-point cards' },
  },
  admin: {
    disableBlockName: true,
  },
  fields: [
    {
      name: 'note',
      type: 'ui',
      admin: { components: { Field: '@/collections/shared/blocks/PlaceholderNote#KeyPointsNote' } },
    },
  ],
}

export const ComparisonTableBlock: Block = {
  slug: 'comparisonTable',
  interfaceName: 'ComparisonTableBlock',
  labels: {
    singular: { ja: '比較表', en: 'Comparison table' },
    plural: { ja: '比較表', en: 'Comparison tables' },
  },
  admin: { disableBlockName: true },
  fields: [
    {
      name: 'note',
      type: 'ui',
      admin: {
        components: { Field: '@/collections/shared/blocks/PlaceholderNote#ComparisonTableNote' },
      },
    },
  ],
}

export const CitationBlock: Block = {
  slug: 'citation',
  interfaceName: 'CitationBlock',
  labels: {
    singular: { ja: '引用（参考文献）', en: 'Citation' },
    plural: { ja: '引用', en: 'Citations' },
  },
  fields: [
    {
      name: 'reference',
      type: 'relationship',
      relationTo: 'references',
      required: true,
      label: { ja: '参考文献', en: 'Reference' },
    },
  ],
}
