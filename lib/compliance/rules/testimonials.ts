/**
 * 体験談・術前術後写真 — patients' own accounts and before/after pictures. Reported when the
 * page does not also carry the treatment's content, price range and risks (condition
 * 'treatment-details-missing': for an article, every compared treatment must have them).
 */
import type { PhraseRule } from '../types'
import { GUIDELINE } from './guideline'

export const testimonialRules: PhraseRule[] = [
  {
    kind: 'phrase',
    id: 'testimonials/patient-voice',
    category: 'testimonials',
    severity: 'error',
    title: '体験談・患者様の声',
    patterns: [
      '体験談',
      /(?:患者|お客|利用者)(?:様|さま|さん)?の(?:声|感想)/,
      '喜びの声',
      '口コミ',
      'クチコミ',
      '体験記',
      '体験レポート',
      /(?:受けた|利用した)方の(?:声|感想)/,
    ],
    onlyWhen: 'treatment-details-missing',
    message:
      '患者の主観に基づく体験談（患者様の声・口コミ）は、治療の効果について誤認を与えるおそれがあります。このページには治療内容・標準的な費用・主なリスクがそろっていないため掲載できません。体験談は削除し、治療内容・費用・リスクと副作用を記載してください。',
    guideline: GUIDELINE.testimonial,
    examples: {
      flagged: [
        '患者様の声:「肌の調子がとても良くなりました」',
        '実際に治療を受けた方の体験談をご紹介します。',
        '口コミで評判の幹細胞点滴。',
        'お客様の声を多数掲載しています。',
      ],
      allowed: [
        '診察では、患者さんのご希望と不安を丁寧に伺います。',
        '治療の内容、費用、リスクについては本ページでご説明しています。',
        '「体験談」の掲載は医療広告ガイドラインで制限されています。',
      ],
    },
  },
  {
    kind: 'phrase',
    id: 'testimonials/before-after',
    category: 'testimonials',
    severity: 'error',
    title: 'ビフォーアフター',
    patterns: [
      'ビフォーアフター',
      'ビフォアフター',
      'ビフォアフ',
      /before(?:and|&)?after/,
      /(?:施術|治療|手術)前後の?(?:写真|画像|比較|変化|症例)/,
      /術前術後の?(?:写真|画像)/,
      '症例写真',
    ],
    onlyWhen: 'treatment-details-missing',
    message:
      '術前術後（ビフォーアフター）の写真等は、同じページに治療内容・標準的な費用・主なリスクや副作用を併記しない限り掲載できません。治療ページの概要、価格、リスク・副作用を入力するか、写真の掲載をやめてください。',
    guideline: GUIDELINE.beforeAfter,
    examples: {
      flagged: [
        'ビフォーアフター写真で効果をご確認ください。',
        '施術前後の写真を掲載しています。',
        'Before/Afterで見る肌の変化。',
        '症例写真はこちら。',
      ],
      allowed: [
        '治療前後に血液検査を行い、体調の変化を確認します。',
        '施術の前後は飲酒を控えてください。',
        '写真の無断転載はご遠慮ください。',
      ],
    },
  },
]
