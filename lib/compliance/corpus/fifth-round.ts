/**
 * Fifth round: sentences written with the rules that held-out batch 5 (heldout-fifth.ts) led
 * to — the wording it missed, said other ways, and the acceptable sentences each new rule must
 * leave alone. Labels written by hand, like the rest of the corpus.
 */
import { allowed, error, flagged, type CorpusCase } from './types'

export const fifthRound: CorpusCase[] = [
  ...flagged(
    [error('false-claims')],
    ['永久脱毛なので、二度と毛が生えてきません。', '効果が続くので、一生再発しません。'],
  ),
  ...flagged(
    [error('superiority')],
    [
      '他院で「無理」と言われた方も、当院ではお断りしません。',
      '他院で難しいと言われた方もご相談ください。',
      '大学病院とは比べ物にならないほど待ち時間が短いです。',
    ],
  ),
  ...flagged(
    [error('exaggeration')],
    ['シミを放っておくと後悔しますよ。今すぐケアしないと手遅れに。'],
  ),
  ...flagged([error('efficacy-claims')], ['当院の点滴で、美肌になれます。']),
  ...flagged([error('insurance')], ['健康保険をご利用いただけます。']),
  ...flagged([error('testimonials')], ['お客様からのレビューをご紹介します。']),
  ...flagged([error('celebrity')], ['インスタグラマーさんにも大好評です。']),
  ...flagged([error('incentives')], ['ご来院の方に旅行券が当たる抽選会を実施中です。']),
  ...flagged([error('public-order')], ['セクシーでエロいボディラインへ。']),
  ...flagged([error('qualifications')], ['美容点滴協会認定 点滴アドバイザー在籍']),
  ...flagged([error('unapproved-use')], ['適応疾患：変形性膝関節症、関節リウマチ']),
  ...allowed([
    '小顔になりたい方へ、当院の施術内容とリスクをご説明します。',
    '治療の適応となる方は、診察と検査の結果から医師が判断します。',
    'この製品について、国内で承認された適応はありません。',
    'エクソソームの研究は進んでいますが、適応外の使用には注意が必要です。',
    '肥満の方は、手術ができないことがあります。',
    '院長から患者様へのメッセージ',
    'お風呂にはいっていただいて構いません。',
    '後悔しないために、治療の前に十分ご相談ください。',
    '長期的な副作用は、まだ十分に分かっていません。',
    '成功率：未公表　再発：あり',
    '健康保険は利用できません（自由診療）。',
    '他院で治療が難しいと言われた場合は、紹介状をお持ちください。',
    '一生再発しないとは言えません。',
    '日本形成外科学会認定 形成外科専門医',
  ]),
]
