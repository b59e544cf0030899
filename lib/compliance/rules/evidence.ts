/**
 * Evidence and unapproved uses — checked on claims across fields (see ../claims.ts), not on
 * single phrases:
 *  - an effect sentence needs a citation; one supported only by a clinic's web page stays a warning;
 *  - a number about effect or duration (3〜6か月持続, 20%改善) needs a peer-reviewed reference;
 *  - a disease listed as a use (clinical application) of an unapproved 自由診療 treatment is an
 *    error unless framed as research and cited to primary literature.
 */
import { GUIDELINE } from './guideline'

/** Fields that are not efficacy statements: names, headings, the risk and regulatory sections, prices. */
export const NOT_CLAIM_FIELDS = [
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

/** Effect words that are not a claim in these uses: 再生医療, 回復期間, 効果判定, 効果の有無. */
export const NOT_AN_EFFECT_AFTER =
  /^(?:医療|期間|判定|の有無|を感じる時期|[^、。]{0,14}には個人差|(?:が[^、。]{0,6})?までの期間|の持続期間について|(?:[とや・][^、。]{0,10})?(?:について|に関して|に関する|をご?説明))/

/** A sentence that talks about individual differences or the lack of data is no effect claim. */
export const NOT_AN_EFFECT_SENTENCE =
  /確立したデータはありません|データはない|分かっていません|わかっていません|研究段階|確立して(?:い)?(?:ない|ません)/

/** A number about effect or duration: 3-6ヶ月, 20%, 2倍, 10歳. */
export const NUMBER =
  /[0-9]+(?:\.[0-9]+)?\s?(?:[-〜~～ー–]\s?[0-9]+(?:\.[0-9]+)?\s?)?(?:か月|ヶ月|カ月|ヵ月|ケ月|週間|週|日間|年間|年|%|パーセント|割|倍|歳|才|cm|センチ|mm|kg|キロ)/
/** …said of an effect. */
export const NUMBER_EFFECT =
  /持続|続|効果|改善|減少|増加|向上|若返|軽減|維持|実感|満足|生え|増え|消え|薄く|低下|上昇|回復|深さ|水分量|弾力|密度|減毛|減量|サイズダウン|痩せ|やせ|細く|引き締/

/** Framed as research: what a clinical-application row of an unapproved treatment must say. */
export const RESEARCH_FRAMING =
  /研究|臨床試験|試験|報告|検討|基礎研究|段階|確立して(?:い)?(?:ない|ません)|動物実験|症例報告/

/** Reference kinds that count as peer-reviewed support for a number. */
export const PEER_REVIEWED_KINDS = new Set(['journal-article', 'review', 'guideline'])
/**
 * Kinds that count as the research literature a clinical-application row must cite: original
 * articles and the reviews that summarise them — not a clinic's page, not a practice guideline.
 */
export const PRIMARY_KINDS = new Set(['journal-article', 'review'])

export const EVIDENCE = {
  uncited: {
    ruleId: 'evidence/uncited-claim',
    message:
      '効果・改善などを述べる文に出典がありません。本文では同じ段落に引用（citation）を挿入し、臨床応用の所見では行の参考文献を、概要・定義では治療の参考文献を追加してください。根拠を示せない記述は削除するか、「研究段階であり効果は確立されていません」と書き換えてください。',
  },
  commercialOnly: {
    ruleId: 'evidence/commercial-only',
    message:
      '効果の根拠として引用されているのが、クリニック等のウェブページ（商業的な情報源）だけです。査読付き論文・総説・診療ガイドラインなど客観的な根拠を引用するか、記述を弱めてください。',
  },
  number: {
    ruleId: 'evidence/number-without-paper',
    message:
      '効果や持続期間の数値（例:「3〜6か月持続」「20%改善」）に、査読付きの論文・総説・ガイドラインの出典がありません（クリニックのウェブページだけでは根拠になりません）。数値の出典となる論文を引用するか、数値を削除してください。',
  },
  guideline: GUIDELINE.evidence,
} as const

export const UNAPPROVED_USE = {
  ruleId: 'unapproved-use/listed-indication',
  message:
    '国内未承認の医薬品等を用いる自由診療で、疾患や症状を「使い道（適応）」として示すことは、承認前の医薬品等の効能の広告にあたるおそれがあります。研究段階であること（「〜を対象とした臨床試験で〜が報告されています」「研究段階で有効性は確立していません」）を明記し、その行に研究の論文（原著論文または総説）を参考文献として付けてください。クリニックのウェブページだけでは根拠になりません。',
  guideline: GUIDELINE.unapprovedUse,
} as const
