/** 品位を損ねる広告（医療と関係のない誘引）— points, gifts and perks for booking, reviewing or referring. */
import type { PhraseRule } from '../types'
import { GUIDELINE } from './guideline'

export const incentiveRules: PhraseRule[] = [
  {
    kind: 'phrase',
    id: 'incentives/gift',
    category: 'incentives',
    severity: 'error',
    title: 'ポイント・プレゼント・特典',
    patterns: [
      '{GIFT}',
      'ポイント … 貯まる|たまる|付与|還元|進呈|プレゼント|倍|付く|つく|もらえる|差し上げる|使える',
      '紹介 … 円|ポイント|{GIFT}|割引',
      '投稿|シェア|登録 … {GIFT}|もらえる|割引|ポイント',
    ],
    unless: {
      after: [/^(?:価格|料金)/],
      sentence: [/紹介状|ご紹介します|ご紹介いたします|医療機関を(?:ご)?紹介/],
    },
    message:
      '「プレゼント」「ポイント還元」「紹介特典」のように、医療の内容と関係のない物や金銭的な利益で受診を誘う表現は、品位を損ねる広告にあたります。特典の告知は掲載せず、治療の内容・費用・リスクを記載してください。',
    guideline: GUIDELINE.incentives,
  },
]
