/**
 * Sixth round: sentences written with the rules that held-out batch 6 (heldout-sixth.ts) led
 * to — its misses said other ways, and the acceptable sentences each change must leave alone.
 * Labels written by hand, like the rest of the corpus.
 */
import { allowed, error, flagged, type CorpusCase } from './types'

export const sixthRound: CorpusCase[] = [
  ...flagged(
    [error('efficacy-claims')],
    ['点滴を続けると免疫力がアップします。', '関節の痛みが和らぎ、再び走れるまでに回復します。'],
  ),
  ...flagged([error('safety-claims')], ['衛生管理は万全で、安全性も万全です。']),
  ...flagged(
    [error('safety-claims')],
    ['赤みが出ても、気にする必要はありません。', '日常生活への影響は一切ありません。'],
    { field: 'safety.risks' },
  ),
  ...flagged(
    [error('exaggeration')],
    ['肌のハリをそのままにしておくと、取り返しのつかないことになります。'],
  ),
  ...flagged(
    [error('superiority')],
    ['他のクリニックで効果を実感できなかった方も、当院なら違いを感じていただけます。'],
  ),
  ...flagged([error('false-claims')], ['老化そのものをストップさせる点滴です。']),
  ...flagged([error('official-endorsement')], ['厚労省のお墨付きを得た治療です。']),
  ...flagged([error('insurance')], ['保険でカバーできる治療です。']),
  ...flagged([error('unapproved-use')], ['糖尿病の治療としてご提供しています。']),
  ...allowed([
    '免疫力を高める効果が期待されていますが、確立はしていません。',
    '痛みが少ないことが、安全であることを意味するわけではありません。',
    '副作用がないとは言えません。',
    '2022年1月から2023年12月までの2年間で、延べ150件の施術を行いました。',
    '厚生労働省に再生医療等提供計画を届け出ています。',
  ]),
  ...allowed(
    [
      '妊娠中の方への影響はわかっていません。',
      '重い副作用が起こることはまれですが、報告があります。',
    ],
    { field: 'safety.risks' },
  ),
]
