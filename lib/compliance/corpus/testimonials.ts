/**
 * 体験談 (patients' subjective accounts, forbidden even with every disclosure) and
 * 説明のないビフォーアフター (before/after pictures on a page without content, price and risks).
 */
import { allowed, error, flagged, type CorpusCase } from './types'

export const testimonials: CorpusCase[] = [
  ...flagged(
    [error('testimonials')],
    [
      '「1回で肌がつるつるになりました」（40代女性）',
      '「注射が怖かったけれど、受けて本当に良かったです」(50代・男性)',
      '「ほうれい線が薄くなって、友人に若くなったと言われました」（30代 会社員）',
      '患者様の声:「肌の調子がとても良くなりました」',
      '実際に治療を受けた方の体験談をご紹介します。',
      '口コミで評判の幹細胞点滴。',
      'お客様の声を多数掲載しています。',
      '「ひざの痛みが消えて、また旅行に行けるようになりました」と喜びの声をいただいています。',
      '治療を受けたA様（62歳）は「階段の上り下りが楽になった」とおっしゃっています。',
      '多くの患者さまから「もっと早く受ければよかった」という感想をいただいています。',
      'モニター様の体験レポートを公開中です。',
    ],
  ),
  ...flagged(
    [error('before-after')],
    [
      'ビフォーアフター写真で効果をご確認ください。',
      '施術前後の写真を掲載しています。',
      'Before/Afterで見る肌の変化。',
      '症例写真はこちら。',
    ],
    { details: false },
  ),
  ...allowed([
    '診察では、患者さんのご希望と不安を丁寧に伺います。',
    '治療の内容、費用、リスクについては本ページでご説明しています。',
    '「体験談」の掲載は医療広告ガイドラインで制限されています。',
    '治療前後に血液検査を行い、体調の変化を確認します。',
    '施術の前後は飲酒を控えてください。',
    '写真の無断転載はご遠慮ください。',
    '対象は40代女性20名で、12週間の経過を観察した研究です。',
  ]),
  // With the treatment's content, price and risks on the same page, before/after pictures may be shown.
  ...allowed(['施術前後の写真を掲載しています。', '症例写真はこちら。'], { details: true }),
]
