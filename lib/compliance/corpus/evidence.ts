/**
 * 根拠: an effect sentence without a citation, or supported only by a clinic's web page; a number
 * about effect or duration without a peer-reviewed reference. Warnings: the reviewer decides.
 */
import { allowed, flagged, warning, type CorpusCase } from './types'

export const evidence: CorpusCase[] = [
  ...flagged(
    [warning('evidence')],
    [
      '肌のハリが改善したという報告があります。',
      '成長因子が毛髪の再生を促すとされています。',
      'エクソソームは組織の修復を促進すると考えられています。',
      '実際の臨床データでは、定期的な投与により3-6ヶ月間の効果持続が報告されています。',
      '効果は約6か月持続するとされています。',
      '投与後12週でしわの深さが20%減少したとの報告があります。',
    ],
    { support: 'none' },
  ),
  ...flagged(
    [warning('evidence')],
    [
      '培養上清の点滴で肌の弾力が向上するとされています。',
      'セクレトームには炎症を抑制する働きがあると考えられています。',
      '定期的な投与で3〜6か月程度効果が続いたとする臨床情報があります。',
    ],
    { support: 'clinic' },
  ),
  ...flagged([warning('evidence')], ['肌のハリが改善したという報告があります。'], {
    field: 'body',
    support: 'none',
  }),
  ...flagged([warning('evidence')], ['効果は3〜6か月程度続くとされています。'], {
    field: 'duration.text',
    support: 'clinic',
  }),
  ...allowed(
    [
      '効果には個人差があります。',
      '治療期間は3か月程度を目安としています。',
      '再生医療等安全性確保法に基づき、再生医療等提供計画を提出しています。',
      '長期的な効果はまだ確認されていません。',
      '1回の投与には約30分かかります。',
      '投与は2〜4週間に1回の間隔で行います。',
      '効果の持続期間について確立したデータはありません。',
    ],
    { support: 'none' },
  ),
  ...allowed(
    [
      '実際の臨床データでは、定期的な投与により3-6ヶ月間の効果持続が報告されています。',
      '投与後12週でしわの深さが20%減少したとの報告があります。',
      '肌のハリが改善したという報告があります。',
    ],
    { support: 'paper' },
  ),
  ...allowed(['肌のハリが改善したという報告があります。'], { field: 'body', support: 'paper' }),
]
