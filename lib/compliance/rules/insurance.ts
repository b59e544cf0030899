/**
 * 保険適用の誤認 — a 自由診療 page that says or suggests public insurance pays (保険が使える,
 * 保険診療と同じ料金, 医療費控除で実質無料).
 */
import type { PhraseRule } from '../types'
import { GUIDELINE } from './guideline'

export const insuranceRules: PhraseRule[] = [
  {
    kind: 'phrase',
    id: 'insurance/covered-claim',
    category: 'insurance',
    severity: 'error',
    title: '保険が使える（自由診療なのに）',
    patterns: [
      '保険 … 適用|使える|使う|効く|きく|利く|対象|負担|並み|同じ|利用|まかなう|賄う|カバー',
      '# 割負担',
      '# 割 の 自己負担',
      '保険証',
      // 高額療養費制度の対象: a benefit of public insurance, so the same misstatement.
      '高額療養費 … 適用|使える|対象|戻る|払い戻し',
      '実質 … 無料|0円|ゼロ|タダ',
    ],
    unless: {
      after: [/^[^、。]{0,4}(?:外|対象外)/],
      sentence: [
        // ご来院の際、保険証は不要です: a practical note that says insurance is not used.
        /保険証は?(?:不要|必要ありません|必要ない|いりません|お持ちいただく必要はありません)/,
        /自己負担(?!(?:は|が|も|を)?(?:少な|軽|安|抑え|わずか|ほとんど)|で)|適用され(?:ない|ません)|適用外|対象外|使えません|使え(?:ない|ず)|できません/,
      ],
    },
    exempt: ['checking'],
    onlyWhen: ['self-pay'],
    message:
      '自由診療の治療について「保険が使える」「保険診療と同じ料金」「実質無料」と受け取れる表現は、保険適用を誤認させる虚偽広告にあたります。公的医療保険が適用されない自由診療であること、費用は全額自己負担であることを記載してください。',
    guideline: GUIDELINE.insurance,
  },
]
