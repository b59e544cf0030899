/**
 * Evidence — a sentence that claims an effect should cite its source, and the source should
 * be research rather than a clinic's web page. Warnings: the reviewer decides.
 * What counts as a citation for each field is explained in ../extract.ts.
 */
import type { Pattern, PhraseRule } from '../types'
import { GUIDELINE } from './guideline'

/** Words that make a sentence an efficacy claim. */
export const EFFECT_WORDS: Pattern[] = [
  '効果',
  '効能',
  /効(?:く|き)/,
  '改善',
  '促進',
  '再生',
  '修復',
  '若返',
  '抑制',
  '回復',
  '治癒',
  '向上',
  '緩和',
  '軽減',
]

/** Not claims: 効果（の感じ方）には個人差があります, 再生医療, 回復期間, 効果の有無, 効果判定. */
const NOT_A_CLAIM = { after: [/(?:の[^、。]{0,8})?には個人差/, 'の有無', '判定', '医療', '期間', 'までの期間'] }

/** Fields that are not efficacy statements: names, the risk and regulatory sections, prices. */
const NOT_CLAIM_FIELDS = [
  'title',
  'name',
  'nameEn',
  'sourceCells',
  'examples',
  'keyPoints.*.heading',
  'meta.title',
  'clinicalApplications.*.area',
  'safety',
  'regulatory',
  'price',
  'course',
]

export const evidenceRules: PhraseRule[] = [
  {
    kind: 'phrase',
    id: 'evidence/uncited-claim',
    category: 'evidence',
    severity: 'warning',
    title: '出典のない効果の記述',
    patterns: EFFECT_WORDS,
    unless: NOT_A_CLAIM,
    skipPaths: NOT_CLAIM_FIELDS,
    skipKinds: ['heading'],
    onlyWhen: 'uncited',
    oncePer: 'sentence',
    message:
      '効果・改善などを述べる文に出典がありません。本文では同じ段落に引用（citation）を挿入し、臨床応用の所見では行の参考文献を、概要・定義では治療の参考文献を追加してください。根拠を示せない記述は削除するか、「研究段階であり効果は確立されていません」と書き換えてください。',
    guideline: GUIDELINE.evidence,
    examples: {
      flagged: [
        '幹細胞培養上清の点滴で肌のハリが改善します。',
        'エクソソームは組織の修復を促進します。',
        '成長因子が毛髪の再生を助けます。',
      ],
      allowed: [
        '効果には個人差があります。',
        '治療期間は3か月程度を目安としています。',
        '再生医療等安全性確保法に基づき、再生医療等提供計画を提出しています。',
        '長期的な効果はまだ確認されていません。',
      ],
    },
  },
  {
    kind: 'phrase',
    id: 'evidence/commercial-only',
    category: 'evidence',
    severity: 'warning',
    title: '商業的な情報源だけを根拠とする効果の記述',
    patterns: EFFECT_WORDS,
    unless: NOT_A_CLAIM,
    skipPaths: NOT_CLAIM_FIELDS,
    skipKinds: ['heading'],
    onlyWhen: 'commercial-only-support',
    oncePer: 'sentence',
    message:
      '効果の根拠として引用されているのが、クリニック等のウェブページ（商業的な情報源）だけです。査読付き論文・総説・診療ガイドラインなど客観的な根拠を引用するか、記述を弱めてください。',
    guideline: GUIDELINE.evidence,
    examples: {
      flagged: [
        '培養上清の点滴で肌の弾力が向上します。',
        'エクソソーム療法は関節の痛みを軽減します。',
        'セクレトームには炎症を抑制する働きがあります。',
      ],
      allowed: [
        '治療の流れは、カウンセリング、採血、投与の順です。',
        '効果には個人差があります。',
        '料金は税込で表示しています。',
      ],
    },
  },
]
