import type { CollectionConfig } from 'payload'

import { evidenceLevelOptions, languageOptions, referenceKindOptions } from '@/lib/domain'
import {
  DOI_PATTERN,
  IDENTIFIER_FORMAT_MESSAGES,
  isHttpUrl,
  normalizeDoi,
  normalizePmcid,
  normalizeTrimmed,
  PMCID_PATTERN,
  PMID_PATTERN,
} from '@/lib/references/identifiers'

import { adminGroups } from '../shared/adminGroups'
import { contentCollection } from '../shared/contentCollection'
import { hooksOnly, verifiersOnly } from './access'
import { lookupEndpoint } from './endpoints/lookup'
import { identifierField } from './hooks/identifierField'
import { refuseUnlessVerifier } from './hooks/refuseUnlessVerifier'
import { setCitationLabel } from './hooks/setCitationLabel'
import { stampVerification } from './hooks/stampVerification'
import { SOURCES_NEEDING_URL, verificationSourceOptions } from './verification'

const verified = (_: unknown, siblingData: { verificationStatus?: string }) =>
  siblingData?.verificationStatus === 'verified'
const verifierInput = {
  access: { create: verifiersOnly, update: verifiersOnly },
  hooks: { beforeValidate: [refuseUnlessVerifier] },
}

export const References: CollectionConfig = contentCollection({
  slug: 'references',
  admin: {
    group: adminGroups.evidence,
    defaultColumns: [
      'citationLabel',
      'kind',
      'evidenceLevel',
      'verificationStatus',
      'year',
      'reviewState',
      '_status',
    ],
    listSearchableFields: ['citationLabel', 'title', 'authors', 'journal', 'doi', 'pmid', 'pmcid'],
    description: {
      ja: '記事・治療・成分から引用する文献。DOI・PMID・PMCID から書誌情報を取得でき、医師が出典と照合して「確認済み」にするまで公開ページにはタイトルを出さず識別子だけを表示します。',
      en: 'Literature cited by articles, treatments and components. Until a physician verifies it, public pages show its identifier, not its title.',
    },
  },
  endpoints: [lookupEndpoint],
  hooks: {
    beforeChange: [stampVerification, setCitationLabel],
  },
  fields: [
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
    {
      type: 'collapsible',
      label: {
        ja: '識別子（DOI・PMID・PMCID・URL のいずれか1つ以上）',
        en: 'Identifiers (at least one)',
      },
      fields: [
        identifierField({
          name: 'doi',
          label: { ja: 'DOI', en: 'DOI' },
          description: {
            ja: '例：10.7150/ijbs.80430（https://doi.org/ 付きでも可）',
            en: 'e.g. 10.7150/ijbs.80430',
          },
          normalize: normalizeDoi,
          format: (v) => DOI_PATTERN.test(v) || IDENTIFIER_FORMAT_MESSAGES.doi,
        }),
        identifierField({
          name: 'pmid',
          label: { ja: 'PMID', en: 'PMID' },
          description: { ja: 'PubMed の番号（数字のみ）', en: 'PubMed id (digits only)' },
          normalize: normalizeTrimmed,
          format: (v) => PMID_PATTERN.test(v) || IDENTIFIER_FORMAT_MESSAGES.pmid,
        }),
        identifierField({
          name: 'pmcid',
          label: { ja: 'PMCID', en: 'PMCID' },
          description: { ja: '例：PMC10789073', en: 'e.g. PMC10789073' },
          normalize: normalizePmcid,
          format: (v) => PMCID_PATTERN.test(v) || IDENTIFIER_FORMAT_MESSAGES.pmcid,
        }),
        {
          name: 'lookup',
          type: 'ui',
          admin: {
            components: {
              Field: '@/collections/References/admin/ReferenceLookup.client#ReferenceLookup',
            },
          },
        },
        identifierField({
          name: 'url',
          label: { ja: 'URL', en: 'URL' },
          description: { ja: 'http:// または https:// で始まるURL', en: 'An http(s) URL' },
          normalize: normalizeTrimmed,
          format: (v) => isHttpUrl(v) || IDENTIFIER_FORMAT_MESSAGES.url,
        }),
      ],
    },
    {
      name: 'title',
      type: 'text',
      label: { ja: 'タイトル', en: 'Title' },
      admin: {
        description: {
          ja: '論文・ページの正式なタイトル。分からないときは空欄のままにしてください（推測で書かない）。',
          en: 'Exact title; leave empty rather than guess.',
        },
      },
    },
    {
      name: 'authors',
      type: 'text',
      maxLength: 2000,
      label: { ja: '著者', en: 'Authors' },
      admin: {
        description: { ja: '例：Yang G, Waheed S, Wang C', en: 'e.g. Yang G, Waheed S, Wang C' },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'journal',
          type: 'text',
          label: { ja: '掲載誌・サイト名', en: 'Journal / site' },
          admin: {
            description: {
              ja: '例：International Journal of Biological Sciences。',
              en: 'e.g. Cells.',
            },
          },
        },
        {
          name: 'year',
          type: 'number',
          min: 1800,
          max: 2100,
          label: { ja: '発行年', en: 'Year' },
          admin: { description: { ja: '発行年（西暦）。', en: 'Year of publication.' } },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'volume', type: 'text', maxLength: 50, label: { ja: '巻', en: 'Volume' } },
        { name: 'issue', type: 'text', maxLength: 50, label: { ja: '号', en: 'Issue' } },
        {
          name: 'pages',
          type: 'text',
          maxLength: 50,
          label: { ja: 'ページ', en: 'Pages' },
          admin: { description: { ja: '例：1430-1454、e12345', en: 'e.g. 1430-1454' } },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'accessedAt',
          type: 'date',
          label: { ja: '閲覧日', en: 'Accessed' },
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy/MM/dd' } },
        },
        {
          name: 'language',
          type: 'select',
          defaultValue: 'en',
          options: [...languageOptions],
          label: { ja: '言語', en: 'Language' },
        },
      ],
    },
    {
      type: 'collapsible',
      label: {
        ja: '書誌情報の確認（医療レビュアー・管理者）',
        en: 'Verification (reviewers and admins)',
      },
      admin: {
        description: {
          ja: '上の書誌情報を出典と照合した記録です。確認済みにできるのは医師（医療レビュアー）と管理者だけで、確認後に書誌情報を変更すると「未確認」に戻ります。未確認の文献は公開ページでタイトルを出さず、識別子とリンクだけを表示します。',
          en: 'Only reviewers and admins may verify; editing a bibliographic field afterwards returns the reference to unverified.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'verificationStatus',
              type: 'select',
              index: true,
              defaultValue: 'unverified',
              label: { ja: '確認状態', en: 'Status' },
              options: [
                { label: { ja: '未確認', en: 'Unverified' }, value: 'unverified' },
                { label: { ja: '確認済み', en: 'Verified' }, value: 'verified' },
              ],
              ...verifierInput,
              admin: {
                components: {
                  Cell: '@/collections/References/admin/VerificationCell.client#VerificationCell',
                },
              },
            },
            {
              name: 'verificationSource',
              type: 'select',
              label: { ja: '照合した出典', en: 'Checked against' },
              options: [...verificationSourceOptions],
              ...verifierInput,
              validate: (
                value: unknown,
                { siblingData }: { siblingData: Record<string, unknown> },
              ) =>
                siblingData?.verificationStatus !== 'verified' ||
                Boolean(value) ||
                '確認済みにするには照合した出典を選んでください（verificationSource: required when verified）',
              admin: { condition: verified },
            },
          ],
        },
        {
          name: 'verificationUrl',
          type: 'text',
          label: { ja: '照合したページのURL', en: 'Address checked' },
          ...verifierInput,
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
            if (typeof value === 'string' && value.trim())
              return (
                isHttpUrl(value.trim()) ||
                '照合したページのURLは http:// または https:// で始まる形式で入力してください（verificationUrl: invalid URL）'
              )
            const needsUrl =
              siblingData?.verificationStatus === 'verified' &&
              (SOURCES_NEEDING_URL as readonly unknown[]).includes(siblingData?.verificationSource)
            return (
              !needsUrl ||
              '出版社のページ・その他の出典で確認したときは、そのページのURLを入力してください（verificationUrl: required for publisher/other）'
            )
          },
          admin: {
            condition: verified,
            description: {
              ja: '出版社のページ・その他の出典で確認したときは必須。',
              en: 'Required for a publisher page or another source.',
            },
          },
        },
        {
          name: 'verificationNote',
          type: 'textarea',
          label: { ja: '確認メモ', en: 'Note' },
          ...verifierInput,
          admin: { condition: verified },
        },
        {
          type: 'row',
          fields: [
            {
              name: 'verifiedBy',
              type: 'relationship',
              relationTo: 'users',
              label: { ja: '確認者', en: 'Verified by' },
              access: { create: hooksOnly, update: hooksOnly },
              admin: { readOnly: true, condition: verified },
            },
            {
              name: 'verifiedAt',
              type: 'date',
              label: { ja: '確認日時', en: 'Verified at' },
              access: { create: hooksOnly, update: hooksOnly },
              admin: {
                readOnly: true,
                condition: verified,
                date: { pickerAppearance: 'dayAndTime' },
              },
            },
          ],
        },
      ],
    },
    {
      name: 'citationLabel',
      type: 'text',
      index: true,
      label: { ja: '表示名（自動）', en: 'Label (automatic)' },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: {
          ja: 'タイトル、なければ識別子。管理画面の一覧と選択肢に使われます。',
          en: 'Title, or the identifier while there is none.',
        },
      },
    },
  ],
})
