/**
 * 体験談 — patients' subjective accounts of a treatment's effect are forbidden, with or without
 * the other disclosures: 患者様の声, 口コミ, a quoted first-person account with an age tag.
 * 術前術後の写真（ビフォーアフター）— allowed only next to the treatment's content, price and
 * risks (condition 'treatment-details-missing').
 */
import type { PhraseRule } from '../types'
import { GUIDELINE } from './guideline'

export const testimonialRules: PhraseRule[] = [
  {
    kind: 'phrase',
    id: 'testimonials/patient-voice',
    category: 'testimonials',
    severity: 'error',
    title: '体験談・患者様の声・口コミ',
    patterns: [
      '体験談|体験記|体験レポート|口コミ|クチコミ|喜びの声|感謝の声',
      '患者|お客|利用者|モニター|受けた方|受けられた方|患者様|患者さま|お客様 … の声|の感想|の体験',
      '声|感想 … いただく|頂く|届く|寄せる|いただける',
      // 「通ってよかった」の声: a quoted voice.
      '」 の お? 声',
      // 【患者様からのメッセージ】: patients' words, under another heading.
      '患者|患者様|患者さま|お客|お客様|お客さま|利用者|モニター … から … メッセージ|お手紙|手紙|レビュー|コメント',
      '# 歳|代 … おっしゃる|話す|喜ぶ',
      '」 と … 好評|評判|大好評|喜ぶ|おっしゃる',
    ],
    // 口コミを投稿 (an incentive scheme) is another finding.
    // ご感想をお寄せください: asking for feedback.
    // 患者さまの声を聞きながら: listening to patients is no account of theirs.
    unless: {
      after: [
        /^(?:を?投稿)/,
        /^(?:て|って)?(?:ください|下さい)/,
        /^(?:を|に)?(?:聞|伺|うかが|耳を|大切|反映|もと|活か|生か|参考)/,
      ],
    },
    message:
      '患者の主観に基づく体験談（患者様の声・口コミ・感想）は、個々の感じ方を効果として示し誤認を与えるため、限定解除の要件を満たしていても広告できません。体験談は削除し、治療内容・費用・リスクと副作用を記載してください。',
    guideline: GUIDELINE.testimonial,
  },
  {
    kind: 'phrase',
    id: 'testimonials/quoted-account',
    category: 'testimonials',
    severity: 'error',
    title: '年代・性別つきの「〜でした」',
    patterns: [
      // 「…ました」（40代女性） / 「…」40代女性
      /」\s?[（(]?\s?[0-9０-９]{1,2}\s?(?:代|歳|才)[^)）。]{0,12}[)）]?/,
      /」\s?[（(][^)）]{0,10}(?:女性|男性|主婦|会社員|様|さん)[)）]/,
      // 〇〇様（42歳・会社員）「…」: the tag before the quote.
      /[（(]\s?[0-9０-９]{1,2}\s?(?:代|歳|才)[^)）]{0,12}[)）]\s?「/,
      /^「[^」]{2,80}(?:ました|でした|です|ません|なった|れた|です！|ました！)[！!]?」/,
      // …は、「杖なしで歩けるようになった」と話してくださいました: a patient's words reported.
      /」\s?と(?:話|はな|おっしゃ|仰|語|かた|喜|よろこ|笑顔|嬉しそう|うれしそう)/,
      // 「…よくなった」という方が多くいらっしゃいます: patients' words, reported.
      /」\s?(?:という|といった|との)(?:方|患者|お客|声|感想|喜び|嬉しい|うれしい)/,
      // 30代の患者様より「…なりました」: a patient named as the speaker of an account.
      /(?:患者|お客|利用者|受診者|来院者)(?:様|さま|さん)?(?:より|から)[、,]?「[^」]{2,80}(?:ました|でした|なった|った|れた|です)[！!]?」/,
    ],
    message:
      '「〜でした」（40代女性）のような、患者が効果を語る体験談は広告できません。削除し、治療内容・費用・リスクと副作用を記載してください。',
    guideline: GUIDELINE.testimonial,
  },
  {
    kind: 'phrase',
    id: 'before-after/without-details',
    category: 'before-after',
    severity: 'error',
    title: '説明のないビフォーアフター',
    patterns: [
      /びふぉーあふたー|びふぉあふたー|びふぉあふ|before\s?(?:&|and|\/)?\s?after/,
      /(?:施術|治療|手術|術)前後の?[おご]?(?:写真|画像|比較|変化|症例)/,
      /(?:施術|治療|手術|術)前(?:と|や|・|、)(?:施術|治療|手術|術)?後の?(?:写真|画像|比較|変化|症例)/,
      // 開始前と6か月後の頭頂部写真 / 矯正前・矯正後の歯並びの変化
      /(?:矯正|開始|照射|投与|服用)前(?:と|や|・|、)?[^。、]{0,8}後の?[^。]{0,10}(?:写真|画像|比較|変化)/,
      /比較(?:写真|画像)/,
      /術前術後の?(?:写真|画像)/,
      '症例 写真',
    ],
    onlyWhen: ['treatment-details-missing'],
    message:
      '術前術後（ビフォーアフター）の写真等は、同じページに治療内容・標準的な費用・主なリスクや副作用を併記しない限り掲載できません。治療ページの概要、価格、リスク・副作用を入力するか、写真の掲載をやめてください。',
    guideline: GUIDELINE.beforeAfter,
  },
]
