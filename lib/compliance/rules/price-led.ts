/**
 * 品位を損ねる広告（費用を強調した広告）— luring with price: time-limited or first-time prices,
 * discounts, campaigns, "try it" prices. The standard price itself must be shown (限定解除);
 * selling on it must not.
 */
import type { Pattern, PhraseRule } from '../types'
import { GUIDELINE } from './guideline'

/** Wording that announces a discount; also what makes モニター募集 price-led. */
export const DISCOUNT_CUES: Pattern[] = [
  /割引|値引|値下げ|半額|特別価格|特別料金|お得|激安|格安|大特価|特価|最安|破格/,
  /[0-9]+\s?(?:%|ぱーせんと)\s?(?:おふ|off|引)/,
  /[0-9]+割(?:引|おふ|off)/,
  /[0-9,]+万?円(?:おふ|off|引)/,
  // 他院より安い料金: cheaper than other clinics.
  /(?:他院|他の(?:くりにっく|医院|病院)|ほかの(?:くりにっく|医院|病院)|一般的な[^、。]{0,6}|相場)(?:より|よりも|と比べて|に比べて)[^、。]{0,6}(?:安い|安く|安価|りーずなぶる|お手頃)/,
]

export const priceLedRules: PhraseRule[] = [
  {
    kind: 'phrase',
    id: 'price-led/limited',
    category: 'price-led',
    severity: 'error',
    title: '今だけ・期間限定・初回限定・お試し価格',
    patterns: [
      /今だけ|今なら|期間限定|数量限定|人数限定|早い者勝ち|残りわずか|本日(?:限り|限定)|先着[0-9０-９]+名/,
      /初回(?:限定|体験|特別|お試し|価格|料金)|お試し(?:価格|料金|点滴|施術|体験)|体験価格|ワンコイン/,
      /(?:今月|今週|[0-9０-９]{1,2}月)(?:末|[0-9０-９]{1,2}日)?(?:まで|限り|限定|中のみ)/,
      /(?:たった|わずか)[^、。]{0,8}[0-9０-９,]+円/,
      /(?:ご予約|ご成約|お申し込み|お申込み)(?:特典|限定)(?:価格|料金)?/,
    ],
    unless: {
      // 2023年4月から2024年3月までの1年間: a period of figures, not a deadline.
      before: [/から(?:[0-9０-９]{2,4}年)?$/],
      sentence: [/キャンセル|受付|予約の変更|までにご連絡|返金/],
    },
    message:
      '「今だけ」「初回限定」「お試し価格」「今月末まで」のように時期や条件で価格を強調して受診を急がせる表現は、品位を損ねる広告にあたります。通常の費用（標準的な費用の範囲）と治療内容・リスクを記載し、判断に必要な時間を妨げない書き方にしてください。',
    guideline: GUIDELINE.priceLed,
  },
  {
    kind: 'phrase',
    id: 'price-led/discount',
    category: 'price-led',
    severity: 'error',
    title: '割引・半額・激安・キャンペーン',
    patterns: [...DISCOUNT_CUES, /きゃんぺーん|せーる(?!す)|大感謝祭|記念価格/],
    unless: {
      after: [/^(?:や|・)?(?:きゃんぺーん|割引)?(?:は|を)?(?:行って|実施して)(?:い|おり)ません/],
    },
    message:
      '「半額」「〇%OFF」「割引」「キャンペーン」のように費用の安さを強調する表現は、品位を損ねる広告にあたります。割引ではなく、通常必要となる費用の範囲（例:「1回 33,000円〜55,000円（税込）、通常3回」）を記載してください。',
    guideline: GUIDELINE.priceLed,
  },
]
