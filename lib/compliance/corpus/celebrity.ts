/** 著名人の推薦: celebrities, models, idols or influencers said to use, visit or recommend the clinic. */
import { allowed, error, flagged, type CorpusCase } from './types'

export const celebrity: CorpusCase[] = [
  ...flagged(
    [error('celebrity')],
    [
      '多くの芸能人が通うクリニックです。',
      '有名人も愛用する幹細胞点滴。',
      'モデルやタレントが指名する人気のドクターです。',
      'K-POPアイドルも受けている話題の美肌治療。',
      '人気インフルエンサーが絶賛したエクソソーム点滴です。',
      '女優の〇〇さんも当院で施術を受けています。',
      '著名人御用達のアンチエイジングクリニック。',
      'プロスポーツ選手も信頼を寄せる再生医療です。',
    ],
  ),
  ...allowed([
    'マウスモデルでは炎症を抑える作用が報告されています。',
    '動物モデルを用いた研究が中心で、ヒトでの効果は確立していません。',
    '診療モデルの一例として、治療の流れをご紹介します。',
    '料金のモデルケースを下記に示します。',
  ]),
]
