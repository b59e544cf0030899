/** 著名人の推薦 — celebrities, models, idols or influencers said to use, visit or recommend the clinic. */
import type { PhraseRule } from '../types'
import { GUIDELINE } from './guideline'

export const celebrityRules: PhraseRule[] = [
  {
    kind: 'phrase',
    id: 'celebrity/endorsement',
    category: 'celebrity',
    severity: 'error',
    title: '芸能人・モデルが通う',
    patterns: [
      '{FAMOUS} … {PATRONISE}',
      '{FAMOUS} … が|も|は 、 … {PATRONISE}',
      '{FAMOUS} 御用達|ご用達|行きつけ',
      // 来院された人気タレントの方: the visit named first.
      '来院|通院|愛用 する? れる? た? … {FAMOUS}',
    ],
    // 動物モデル, マウスモデル, モデルケース: research and examples, not people.
    unless: {
      before: [/(?:動物|まうす|らっと|疾患|実験|診療|料金|ひと|ヒト|細胞|事業)$/],
      // モデル撮影・モデル募集: patients photographed for the clinic's pages, not famous people.
      after: [/^(?:けーす|事業|実験|撮影|募集)/],
    },
    message:
      '芸能人・モデル・インフルエンサーなど著名人が通っている・推薦していると示す表現は、著名人との関連性を強調して他の医療機関より優れているとの誤認を与えるため、広告できません。削除し、治療の内容・費用・リスクを記載してください。',
    guideline: GUIDELINE.celebrity,
  },
]
