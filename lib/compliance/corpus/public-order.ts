/** 公序良俗: demeaning words about bodies and looks, and copy that invites people around the law. */
import { allowed, error, flagged, type CorpusCase } from './types'

export const publicOrder: CorpusCase[] = [
  ...flagged(
    [error('public-order')],
    [
      'ブスでもモテ顔に変身できます。',
      'デブ卒業！脂肪溶解注射で理想のボディへ。',
      'ハゲを笑われる毎日にさよならしましょう。',
      '醜い肌のままでいいのですか。',
      'ブサイクな自分を変えたい方へ。',
      '未成年の方も保護者の同意なしで施術できます。',
      '家族や職場にバレずに整形できます。',
      'チビと言われない身長を手に入れましょう。',
    ],
  ),
  ...allowed([
    '薄毛の原因には、遺伝やホルモンの影響などがあります。',
    '肥満症の治療は、食事と運動の見直しから始めます。',
    '未成年の方は保護者の同意書が必要です。',
    '体型に関するお悩みは、医師が丁寧に伺います。',
    '男性型脱毛症（AGA）は進行性の脱毛症です。',
  ]),
]
