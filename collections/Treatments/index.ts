import type { CollectionConfig } from 'payload'

import { evidenceLevelOptions } from '@/lib/domain'
import { previewPath } from '@/lib/seo/url'

import { adminGroups } from '../shared/adminGroups'
import { contentCollection } from '../shared/contentCollection'
import { citableEditor } from '../shared/editor'
import { heroImageField } from '../shared/fields/heroImage'
import { numberRange } from '../shared/fields/range'
import { citedReferencesField, collectCitations } from '../shared/hooks/collectCitations'

const unapprovedOnly = (_: unknown, siblingData: { approval?: string }) =>
  siblingData?.approval === 'unapproved'

export const Treatments: CollectionConfig = contentCollection({
  slug: 'treatments',
  admin: {
    group: adminGroups.content,
    preview: (doc) => previewPath('treatments', doc.slug),
    defaultColumns: [
      'name',
      'nameEn',
      'regulatory.coverage',
      'reviewState',
      'complianceErrors',
      'complianceWarnings',
      '_status',
      'updatedAt',
    ],
    listSearchableFields: ['name', 'nameEn', 'slug'],
    description: {
      ja: '比較の対象となる治療。ここに入力した構造化データから記事の比較表が自動生成されます。',
      en: 'Treatments; the comparison tables are generated from these fields.',
    },
  },
  hooks: {
    beforeChange: [collectCitations('mechanism')],
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
              ja: '公開ページの見出しや比較表の列名に使われる正式名称。',
              en: 'Official name, used as heading and table column.',
            },
          },
        },
        {
          name: 'nameEn',
          type: 'text',
          label: { ja: '名称（英語）', en: 'Name (English)' },
          admin: { description: { ja: '英語名（例：Secretome therapy）。', en: 'English name.' } },
        },
      ],
    },
    heroImageField(),
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      label: { ja: '概要', en: 'Summary' },
      admin: {
        description: {
          ja: '一覧やカードに表示される1〜2文の説明。',
          en: 'One or two sentences shown in lists and cards.',
        },
      },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: { ja: '基本情報', en: 'Basics' },
          fields: [
            {
              name: 'definition',
              type: 'textarea',
              label: { ja: '定義', en: 'Definition' },
              admin: {
                description: {
                  ja: '比較表「定義」行に表示。何を用いる治療かを中立的に。',
                  en: 'Shown in the 定義 row of comparison tables.',
                },
              },
            },
            {
              name: 'sourceCells',
              type: 'text',
              label: { ja: '由来細胞', en: 'Source cells' },
              admin: { description: { ja: '例：間葉系幹細胞', en: 'e.g. mesenchymal stem cells' } },
            },
            {
              name: 'sizeStructure',
              type: 'textarea',
              label: { ja: '大きさ・構造', en: 'Size / structure' },
              admin: {
                description: {
                  ja: '該当する場合のみ（例：30〜100nmの脂質二重膜小胞）。',
                  en: 'Only where it applies (e.g. lipid-bilayer vesicles of 30–100 nm).',
                },
              },
            },
            {
              name: 'components',
              type: 'array',
              label: { ja: '主な成分', en: 'Contained components' },
              labels: {
                singular: { ja: '成分', en: 'Component' },
                plural: { ja: '成分', en: 'Components' },
              },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'component',
                      type: 'relationship',
                      relationTo: 'components',
                      required: true,
                      label: { ja: '成分', en: 'Component' },
                      admin: {
                        description: {
                          ja: '成分コレクションから選択。',
                          en: 'Pick from the components collection.',
                        },
                      },
                    },
                    {
                      name: 'role',
                      type: 'text',
                      label: { ja: '役割・含有量の補足', en: 'Role / quantity note' },
                      admin: {
                        description: {
                          ja: '例：主な有効成分のひとつ／含有量は製剤により異なる。',
                          en: 'e.g. one of the main active components.',
                        },
                      },
                    },
                  ],
                },
              ],
            },
            {
              name: 'mechanism',
              type: 'richText',
              editor: citableEditor,
              label: { ja: '作用機序', en: 'Mechanism' },
              admin: {
                description: {
                  ja: '主張のすぐ後ろに「引用」インラインブロックで文献を付けてください。',
                  en: 'Cite references inline right after each claim.',
                },
              },
            },
          ],
        },
        {
          label: { ja: '臨床応用・効果', en: 'Clinical use' },
          fields: [
            {
              name: 'clinicalApplications',
              type: 'array',
              label: { ja: '臨床応用', en: 'Clinical applications' },
              labels: {
                singular: { ja: '臨床応用', en: 'Clinical application' },
                plural: { ja: '臨床応用', en: 'Clinical applications' },
              },
              fields: [
                {
                  name: 'area',
                  type: 'text',
                  required: true,
                  label: { ja: '領域・疾患', en: 'Area' },
                  admin: {
                    description: { ja: '例：皮膚の再生医療、COPD。', en: 'e.g. skin, COPD.' },
                  },
                },
                {
                  name: 'finding',
                  type: 'textarea',
                  required: true,
                  label: { ja: '報告されている知見', en: 'Finding' },
                  admin: {
                    description: {
                      ja: '報告内容を誇張せずに。確立していない場合はその旨も。',
                      en: 'What was reported, without overstatement.',
                    },
                  },
                },
                {
                  name: 'evidenceLevel',
                  type: 'select',
                  options: [...evidenceLevelOptions],
                  label: { ja: 'エビデンスレベル', en: 'Evidence level' },
                  admin: {
                    description: {
                      ja: 'この知見を支える最も強いエビデンスの水準。',
                      en: 'Strongest evidence behind this finding.',
                    },
                  },
                },
                {
                  name: 'references',
                  type: 'relationship',
                  relationTo: 'references',
                  hasMany: true,
                  label: { ja: '根拠となる文献', en: 'References' },
                  admin: {
                    description: {
                      ja: 'この知見の根拠となる文献。',
                      en: 'References supporting this finding.',
                    },
                  },
                },
              ],
            },
            {
              name: 'duration',
              type: 'group',
              label: { ja: '効果の持続', en: 'Duration of effect' },
              fields: [
                {
                  name: 'text',
                  type: 'textarea',
                  label: { ja: '説明', en: 'Description' },
                  admin: {
                    description: {
                      ja: '効果の持続について報告されている内容。個人差がある旨も。',
                      en: 'What is reported about duration.',
                    },
                  },
                },
                numberRange(
                  'duration',
                  { name: 'monthsMin', label: { ja: '最短（か月）', en: 'Min (months)' } },
                  { name: 'monthsMax', label: { ja: '最長（か月）', en: 'Max (months)' } },
                ),
              ],
            },
            {
              name: 'administration',
              type: 'textarea',
              label: { ja: '投与方法', en: 'Administration' },
              admin: {
                description: {
                  ja: '例：点滴、局所注射、塗布。',
                  en: 'e.g. infusion, local injection.',
                },
              },
            },
            {
              name: 'course',
              type: 'group',
              label: { ja: '治療期間・回数', en: 'Course' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'period',
                      type: 'text',
                      label: { ja: '治療期間', en: 'Period' },
                      admin: {
                        description: {
                          ja: '例：1〜3か月ごと（医師と相談）。限定解除の必須項目です。',
                          en: 'Required disclosure for self-pay treatments.',
                        },
                      },
                    },
                    {
                      name: 'sessions',
                      type: 'text',
                      label: { ja: '回数', en: 'Sessions' },
                      admin: {
                        description: {
                          ja: '例：初回は3回程度。限定解除の必須項目です。',
                          en: 'Required disclosure for self-pay treatments.',
                        },
                      },
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          label: { ja: '安全性', en: 'Safety' },
          fields: [
            {
              name: 'safety',
              type: 'group',
              label: { ja: '安全性（リスク・副作用）', en: 'Safety' },
              fields: [
                {
                  name: 'risks',
                  type: 'textarea',
                  label: { ja: '主なリスク', en: 'Risks' },
                  admin: {
                    description: {
                      ja: '主なリスク。限定解除の必須項目です。',
                      en: 'Main risks (required disclosure).',
                    },
                  },
                },
                {
                  name: 'sideEffects',
                  type: 'textarea',
                  label: { ja: '主な副作用', en: 'Side effects' },
                  admin: {
                    description: {
                      ja: '主な副作用。限定解除の必須項目です。',
                      en: 'Main side effects (required disclosure).',
                    },
                  },
                },
                {
                  name: 'contraindications',
                  type: 'textarea',
                  label: { ja: '禁忌・注意が必要な方', en: 'Contraindications' },
                  admin: {
                    description: {
                      ja: '治療を受けられない方、注意が必要な方。',
                      en: 'Who should not or must be careful.',
                    },
                  },
                },
              ],
            },
          ],
        },
        {
          label: { ja: '規制・費用', en: 'Regulation & price' },
          fields: [
            {
              name: 'regulatory',
              type: 'group',
              label: { ja: '規制上の位置付け', en: 'Regulatory status' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'coverage',
                      type: 'select',
                      required: true,
                      defaultValue: 'self-pay',
                      label: { ja: '診療区分', en: 'Coverage' },
                      options: [
                        { label: { ja: '自由診療', en: 'Self-pay (自由診療)' }, value: 'self-pay' },
                        {
                          label: { ja: '保険診療', en: 'Insurance (保険診療)' },
                          value: 'insurance',
                        },
                      ],
                    },
                    {
                      name: 'approval',
                      type: 'select',
                      required: true,
                      defaultValue: 'unapproved',
                      label: { ja: '国内での承認', en: 'Approval in Japan' },
                      options: [
                        {
                          label: { ja: '国内承認あり', en: 'Approved in Japan' },
                          value: 'approved',
                        },
                        {
                          label: { ja: '国内未承認', en: 'Not approved in Japan' },
                          value: 'unapproved',
                        },
                      ],
                    },
                  ],
                },
                {
                  name: 'unapproved',
                  type: 'group',
                  label: {
                    ja: '未承認医薬品等の表示（医療広告ガイドラインの限定解除要件）',
                    en: 'Unapproved-product disclosures',
                  },
                  admin: { condition: unapprovedOnly },
                  fields: [
                    {
                      name: 'notice',
                      type: 'textarea',
                      label: { ja: '未承認医薬品等であること', en: 'That it is unapproved' },
                      admin: {
                        description: {
                          ja: '例：本治療に用いる製剤は国内で未承認の医薬品等です。',
                          en: 'State that the product is unapproved in Japan.',
                        },
                      },
                    },
                    {
                      name: 'howObtained',
                      type: 'textarea',
                      label: { ja: '入手経路等', en: 'How it is obtained' },
                      admin: {
                        description: {
                          ja: '例：院内で培養・精製／国内の加工業者から購入。',
                          en: 'How the clinic obtains the product.',
                        },
                      },
                    },
                    {
                      name: 'domesticEquivalent',
                      type: 'textarea',
                      label: { ja: '国内の承認医薬品等の有無', en: 'Approved equivalent in Japan' },
                      admin: {
                        description: {
                          ja: '国内で承認された同一の成分・性能を有する医薬品等の有無。',
                          en: 'Whether an approved equivalent exists in Japan.',
                        },
                      },
                    },
                    {
                      name: 'overseasSafety',
                      type: 'textarea',
                      label: {
                        ja: '諸外国における安全性等に係る情報',
                        en: 'Safety information abroad',
                      },
                      admin: {
                        description: {
                          ja: '諸外国での承認状況や重大な副作用の報告など。',
                          en: 'Approval and safety information abroad.',
                        },
                      },
                    },
                    {
                      name: 'reliefSystem',
                      type: 'textarea',
                      label: {
                        ja: '医薬品副作用被害救済制度の対象外であること',
                        en: 'Not covered by the relief system',
                      },
                      admin: {
                        description: {
                          ja: '医薬品副作用被害救済制度の対象外である旨。',
                          en: 'Not covered by the relief system.',
                        },
                      },
                    },
                  ],
                },
              ],
            },
            {
              name: 'price',
              type: 'group',
              label: { ja: '標準的な費用（税込・円）', en: 'Standard price (JPY)' },
              fields: [
                numberRange(
                  'price',
                  { name: 'minJpy', label: { ja: '下限（円）', en: 'Min (JPY)' } },
                  { name: 'maxJpy', label: { ja: '上限（円）', en: 'Max (JPY)' } },
                ),
                {
                  name: 'note',
                  type: 'text',
                  label: { ja: '補足', en: 'Note' },
                  admin: {
                    description: {
                      ja: '例：1回あたり・税込。費用はデモ値です。',
                      en: 'e.g. per session, tax included.',
                    },
                  },
                },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'references',
      type: 'relationship',
      relationTo: 'references',
      hasMany: true,
      label: { ja: '参考文献', en: 'References' },
      admin: {
        description: {
          ja: '治療ページの参考文献一覧に載せる文献。作用機序や臨床応用で引用した文献は、ここに無くても一覧に載ります。',
          en: 'Reference list of the treatment page.',
        },
      },
    },
    citedReferencesField,
  ],
})
