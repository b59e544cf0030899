import type { CollectionConfig } from 'payload'

import { evidenceLevelOptions, languageOptions, referenceKindOptions } from '@/lib/domain'

import { adminGroups } from '../shared/adminGroups'
import { contentCollection } from '../shared/contentCollection'
import { identifierField } from './hooks/identifierField'
import {
  DOI_PATTERN,
  isHttpUrl,
  normalizeDoi,
  normalizePmcid,
  normalizeTrimmed,
  PMCID_PATTERN,
  PMID_PATTERN,
} from './validators'

export const References: CollectionConfig = contentCollection({
  slug: 'references',
  admin: {
    group: adminGroups.evidence,
    defaultColumns: ['title', 'kind', 'evidenceLevel', 'year', 'reviewState', '_status'],
    listSearchableFields: ['title', 'authors', 'journal', 'doi', 'pmid', 'pmcid'],
    description: { ja: '記事・治療・成分から引用する文献。DOI・PMID・PMCID・URL で重複を防ぎます。', en: 'Literature cited by articles, treatments and components.' },
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: { ja: 'タイトル', en: 'Title' }, admin: { description: { ja: '論文・ページの正式なタイトル。', en: 'Exact title of the paper or page.' } } },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'journal-article',
          options: [...referenceKindOptions],
          label: { ja: '種類', en: 'Kind' },
        },
        {
          name: 'evidenceLevel',
          type: 'select',
          required: true,
          options: [...evidenceLevelOptions],
          label: { ja: 'エビデンスレベル', en: 'Evidence level' },
        },
      ],
    },
    { name: 'authors', type: 'text', label: { ja: '著者', en: 'Authors' }, admin: { description: { ja: '例：Yamada T, Sato M, et al.', en: 'e.g. Yamada T, Sato M, et al.' } } },
    {
      type: 'row',
      fields: [
        { name: 'journal', type: 'text', label: { ja: '掲載誌・サイト名', en: 'Journal / site' }, admin: { description: { ja: '例：Cells、International Journal of Biological Sciences。', en: 'e.g. Cells.' } } },
        { name: 'year', type: 'number', min: 1800, max: 2100, label: { ja: '発行年', en: 'Year' }, admin: { description: { ja: '発行年（西暦）。', en: 'Year of publication.' } } },
      ],
    },
    {
      type: 'collapsible',
      label: { ja: '識別子（DOI・PMID・PMCID・URL のいずれか1つ以上）', en: 'Identifiers (at least one)' },
      fields: [
        identifierField({
          name: 'doi',
          label: { ja: 'DOI', en: 'DOI' },
          description: { ja: '例：10.3390/cells10081959（https://doi.org/ 付きでも可）', en: 'e.g. 10.3390/cells10081959' },
          normalize: normalizeDoi,
          format: (v) => DOI_PATTERN.test(v) || 'DOI は「10.数字4〜9桁/…」の形式で入力してください（doi: invalid format）',
        }),
        identifierField({
          name: 'pmid',
          label: { ja: 'PMID', en: 'PMID' },
          description: { ja: 'PubMed の番号（数字のみ）', en: 'PubMed id (digits only)' },
          normalize: normalizeTrimmed,
          format: (v) => PMID_PATTERN.test(v) || 'PMID は数字のみで入力してください（pmid: digits only）',
        }),
        identifierField({
          name: 'pmcid',
          label: { ja: 'PMCID', en: 'PMCID' },
          description: { ja: '例：PMC10789073', en: 'e.g. PMC10789073' },
          normalize: normalizePmcid,
          format: (v) => PMCID_PATTERN.test(v) || 'PMCID は「PMC」に続く数字で入力してください（pmcid: PMC followed by digits）',
        }),
        identifierField({
          name: 'url',
          label: { ja: 'URL', en: 'URL' },
          description: { ja: 'http:// または https:// で始まるURL', en: 'An http(s) URL' },
          normalize: normalizeTrimmed,
          format: (v) => isHttpUrl(v) || 'URL は http:// または https:// で始まる正しい形式で入力してください（url: invalid URL）',
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'accessedAt', type: 'date', label: { ja: '閲覧日', en: 'Accessed' }, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy/MM/dd' } } },
        { name: 'language', type: 'select', defaultValue: 'en', options: [...languageOptions], label: { ja: '言語', en: 'Language' } },
      ],
    },
  ],
})
