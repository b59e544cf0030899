/**
 * 未承認医薬品等の適応: a disease or condition listed as a use of an unapproved 自由診療 treatment.
 * Allowed only as research (研究段階, 報告がある, 臨床試験) cited to primary literature.
 * Each text is the finding of a clinical-application row.
 */
import { allowed, error, flagged, type CorpusCase } from './types'

const row = { field: 'clinicalApplications' } as const

export const unapprovedUse: CorpusCase[] = [
  ...flagged(
    [error('unapproved-use')],
    [
      'アトピー性皮膚炎の症状を改善します。',
      '変形性膝関節症の治療に用います。',
      '脳梗塞後の運動機能の回復に役立ちます。',
      '更年期障害のつらい症状を和らげます。',
      'パーキンソン病の運動症状に対して投与しています。',
    ],
    row,
  ),
  // The row's wording asserts the effect too.
  ...flagged(
    [error('unapproved-use'), error('efficacy-claims')],
    ['糖尿病の合併症の予防に有効です。'],
    row,
  ),
  // Framed as research, but supported only by a clinic's page or by nothing.
  ...flagged(
    [error('unapproved-use')],
    [
      'COPD患者の呼吸機能を対象とした研究の報告があります。',
      '関節リウマチへの応用が研究されている段階です。',
    ],
    { ...row, support: 'clinic' },
  ),
  ...flagged([error('unapproved-use')], ['脱毛症を対象とした臨床試験が行われています。'], {
    ...row,
    support: 'none',
  }),
  ...allowed(
    [
      '変形性膝関節症を対象とした臨床試験で、痛みの軽減が報告されています。',
      '基礎研究で抗炎症作用が報告されている段階で、臨床的な有用性は確立していません。',
      '動物実験で神経保護作用が報告されており、ヒトでの研究は始まったばかりです。',
    ],
    row,
  ),
  // For an approved, insurance-covered treatment, listing its indication is ordinary information.
  ...allowed(['アトピー性皮膚炎の治療に用います。'], { ...row, treatment: 'insurance' }),
]
