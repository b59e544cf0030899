/**
 * Seventh round: sentences written with the rules that held-out batch 7 (heldout-seventh.ts)
 * led to — its misses said other ways, and the acceptable sentences each change must leave
 * alone. Labels written by hand, like the rest of the corpus.
 */
import { allowed, error, flagged, warning, type CorpusCase } from './types'

export const seventhRound: CorpusCase[] = [
  ...flagged([error('efficacy-claims')], ['確かな美肌効果を実感できる点滴です。']),
  ...flagged(
    [error('safety-claims')],
    ['ダウンタイムゼロの注射です。', '感染のリスクは皆無です。'],
  ),
  ...flagged(
    [error('safety-claims')],
    ['一時的な腫れなので、ご心配には及びません。', 'これまで重い合併症は一例も起きていません。'],
    { field: 'safety.risks' },
  ),
  ...flagged([error('insurance')], ['健康保険が使えるから安心です。']),
  ...flagged([error('celebrity')], ['通院している有名モデルも多数。']),
  ...flagged([warning('evidence')], ['平均3cmのサイズダウンが期待できます。'], { support: 'none' }),
  ...allowed([
    '確かなことは、まだ分かっていません。',
    '効果の確かな根拠は、まだ十分ではありません。',
    'ダウンタイムは数日から1週間程度です。',
    'ご来院の際は、保険証は不要です（自由診療）。',
    '来院時にモデル撮影のご協力をお願いする場合があります。',
  ]),
  ...allowed(['施術時間は約30分です。'], { support: 'none' }),
  ...allowed(
    [
      '重い合併症は一例も起きていないわけではありません。',
      '合併症が起きた場合は、一度も自己判断で中止しないでください。',
    ],
    { field: 'safety.risks' },
  ),
]
