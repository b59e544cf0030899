/**
 * 費用を強調した広告 — luring patients with price: time-limited offers, discounts, campaigns,
 * "monitor" recruitment with a discount. The standard price itself must be shown (限定解除);
 * selling on price must not.
 */
import type { Pattern, PhraseRule } from '../types'
import { GUIDELINE } from './guideline'

/** Wording that announces a discount; also what makes モニター募集 price-led (condition 'discount-nearby'). */
export const DISCOUNT_CUES: Pattern[] = [
  '割引',
  '値引',
  '値下げ',
  '半額',
  /[0-9]+(?:%|パーセント)(?:オフ|off|引)/,
  /[0-9]+割(?:引|オフ|off)/,
  /[0-9,]+万?円(?:オフ|off|引)/,
  '特別価格',
  '無料',
  'お得',
  '激安',
  '格安',
]

export const priceLedRules: PhraseRule[] = [
  {
    kind: 'phrase',
    id: 'price-led/limited-time',
    category: 'price-led',
    severity: 'error',
    title: '今だけ・期間限定',
    patterns: ['今だけ', '今なら', '期間限定', /本日(?:限り|限定)/, /今月(?:限り|限定|中のみ)/, /先着[0-9]+名/, '残りわずか', '数量限定', '人数限定', '早い者勝ち'],
    message:
      '「今だけ」「期間限定」「先着〇名」のように受診を急がせる表現は、費用や時期を強調して誘引する品位を損ねる広告にあたります。通常の費用（標準的な費用の範囲）と治療内容・リスクを記載し、判断に必要な時間を妨げない書き方にしてください。',
    guideline: GUIDELINE.priceLed,
    examples: {
      flagged: [
        '今だけ初回限定価格でご案内しています。',
        '期間限定でエクソソーム点滴をご提供中。',
        '先着10名様に限り、カウンセリングを受け付けます。',
        '今なら幹細胞上清液の点滴がすぐに受けられます。',
      ],
      allowed: [
        '治療期間は通常3〜6か月です。',
        '受付時間は平日10時から18時までです。',
        '予約の変更は前日までにご連絡ください。',
      ],
    },
  },
  {
    kind: 'phrase',
    id: 'price-led/discount',
    category: 'price-led',
    severity: 'error',
    title: '半額・割引',
    patterns: [...DISCOUNT_CUES.filter((cue) => cue !== '無料' && cue !== '特別価格'), '大特価', '最安'],
    message:
      '「半額」「〇%OFF」「割引」のように費用の安さを強調する表現は、品位を損ねる広告にあたります。割引ではなく、通常必要となる費用の範囲（例:「1回 33,000円〜55,000円（税込）、通常3回」）を記載してください。',
    guideline: GUIDELINE.priceLed,
    examples: {
      flagged: [
        '初回は施術料金が半額になります。',
        'ご紹介で全メニュー20%OFF！',
        '２回目以降は１万円引きでご案内します。',
        '激安価格で受けられる幹細胞治療。',
      ],
      allowed: [
        '治療費は自由診療のため全額自己負担となります。',
        '料金には診察料と薬剤費が含まれます。',
        '割引やキャンペーンは行っていません。',
        '保険診療の自己負担は1割から3割です。',
      ],
    },
  },
  {
    kind: 'phrase',
    id: 'price-led/campaign',
    category: 'price-led',
    severity: 'error',
    title: 'キャンペーン',
    patterns: ['キャンペーン', /セール(?!ス)/, '大感謝祭', '記念価格', '特別価格'],
    message:
      '「キャンペーン」「特別価格」などで費用を強調する表現は、品位を損ねる広告にあたります。キャンペーンの告知は掲載せず、標準的な費用の範囲を記載してください。',
    guideline: GUIDELINE.priceLed,
    examples: {
      flagged: [
        '開院記念キャンペーンを実施中です。',
        '夏の美肌セールで点滴をご提供。',
        '期間中は特別価格でご提供します。',
        '春の再生医療キャンペーン開催。',
      ],
      allowed: [
        '料金表はすべて税込価格で表示しています。',
        'お支払いには各種クレジットカードをご利用いただけます。',
        '当院ではキャンペーンは行っておりません。',
      ],
    },
  },
  {
    kind: 'phrase',
    id: 'price-led/monitor-discount',
    category: 'price-led',
    severity: 'error',
    title: 'モニター募集（割引つき）',
    patterns: [/モニター(?:様|さま|さん)?(?:募集|価格|料金|特典|割)/],
    onlyWhen: 'discount-nearby',
    message:
      '「モニター募集」に割引や特典を組み合わせる表現は、費用を強調して誘引する品位を損ねる広告にあたります。モニターの募集を掲載する場合も割引は示さず、治療内容・標準的な費用・リスクを記載してください。',
    guideline: GUIDELINE.priceLed,
    examples: {
      flagged: [
        'モニター募集中！施術料金を30%OFFにします。',
        'モニター価格として通常料金から5万円引きでご案内します。',
        '写真モニターの方はモニター特典で半額になります。',
        '症例モニター募集:モニター料金は通常より2割引です。',
      ],
      allowed: [
        'モニター募集は行っておりません。',
        '臨床研究のモニター募集では、費用や謝礼について書面でご説明します。',
        'モニター価格の設定はなく、すべての方に同じ料金をご案内しています。',
      ],
    },
  },
]
