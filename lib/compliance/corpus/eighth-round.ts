/**
 * Eighth round: sentences written with the rules that held-out batch 8 (heldout-eighth.ts)
 * led to — its misses said other ways, and the acceptable sentences each change must leave
 * alone. Labels written by hand, like the rest of the corpus.
 */
import { allowed, error, flagged, type CorpusCase } from './types'

export const eighthRound: CorpusCase[] = [
  ...flagged([error('superiority')], ['地域最大級の美容皮膚科です。']),
  ...flagged([error('false-claims')], ['一度治療すれば、二度と黄ばみが戻ることはありません。']),
  ...flagged([error('official-endorsement')], ['日本医師会推薦の点滴です。']),
  ...flagged([error('testimonials')], ['「来てよかった」のお声をいただいています。']),
  ...flagged([error('celebrity')], ['オリンピック選手も通うクリニックです。']),
  ...flagged([error('safety-claims')], ['安全な方法で行います。']),
  ...flagged([error('before-after')], ['治療開始前と3か月後の写真をご覧ください。'], {
    details: false,
  }),
  ...allowed([
    '最大で3回まで施術できます。',
    '全身の健康のために、定期的な歯科検診をおすすめします。',
    '学会で発表された研究では、効果が報告されています。',
    '「よかった」という言葉は、患者様の主観です。',
    '治療開始前と3か月後の写真を、費用とリスクの説明とともに掲載しています。',
    '治療の方法は、診察で決めます。',
  ]),
  ...allowed(['この治療には健康保険が使えますので、保険証をお持ちください。'], {
    treatment: 'insurance',
  }),
]
