/**
 * 公的な承認・推奨の誤認 — a ministry, the FDA, WHO or a society said to approve, permit or
 * recommend a product that is not approved in Japan. Stating that it is NOT approved
 * (米国FDAはエクソソーム製品を承認していません) is the honest disclosure and passes.
 */
import type { PhraseRule } from '../types'
import { GUIDELINE } from './guideline'

export const endorsementRules: PhraseRule[] = [
  {
    kind: 'phrase',
    id: 'official-endorsement/approval-claim',
    category: 'official-endorsement',
    severity: 'error',
    title: '厚労省・FDA・学会が認めた（未承認なのに）',
    patterns: [
      '{AUTHORITY} … {APPROVE}',
      '承認済み|承認済|認可済み|認可済|国内承認|公的に認め|公的に承認',
    ],
    // The unapproved-drug disclosures talk about approval status by design.
    skipPaths: ['regulatory'],
    unless: {
      after: [/^[^、。]{0,6}(?:外|前)/, /^[^、。]{0,12}(?:注意|警告|呼びかけ)/],
      // 学会認定の皮膚科専門医 is a qualification (qualifications.ts), not an endorsement of the treatment.
      // 海外では承認されていますが、日本では承認されていません: the sentence states it is unapproved here.
      sentence: [
        /提出|届出|届け出|注意喚起|通知|個人輸入|救済制度|入手経路|学会認定の?[^、。]{0,12}(?:専門医|マイスター|マスター|アドバイザー|インストラクター|トレーナー|コンシェルジュ|カウンセラー)/,
        /(?:日本|国内)(?:で|において)?(?:は|では)?[^。]{0,12}(?:未承認|承認されていません|承認されていない|承認を受けていない|承認を受けていません)/,
      ],
    },
    exempt: ['checking'],
    onlyWhen: ['not-known-approved'],
    message:
      'この治療（または比較している治療）は国内で承認されていません。「厚労省認可」「FDA承認」「学会推奨」のように公的な承認や推奨を受けたと受け取れる表現は虚偽広告にあたります。未承認医薬品等であることと、入手経路・国内の承認医薬品等の有無・諸外国での安全性情報・救済制度の対象外であることを記載してください。',
    guideline: GUIDELINE.approval,
  },
  {
    kind: 'phrase',
    id: 'official-endorsement/seal',
    category: 'official-endorsement',
    severity: 'error',
    title: '国のお墨付き（未承認なのに）',
    // 厚生労働省へ届出を行っており、国から有効性のお墨付きを得た: a filing turned into a seal of
    // approval (the rule above lets sentences about filings pass, so this one stands apart).
    patterns: ['国|厚生労働省|厚労省|政府|行政|国家 … お墨付き|太鼓判'],
    exempt: ['checking'],
    onlyWhen: ['not-known-approved'],
    message:
      '届出や登録を「国のお墨付き」「国が認めた」と受け取れるように書く表現は、公的な承認や推奨を受けたとの誤認を招く虚偽広告にあたります。届出は有効性や安全性を国が認めたものではないことを明記してください。',
    guideline: GUIDELINE.approval,
  },
]
