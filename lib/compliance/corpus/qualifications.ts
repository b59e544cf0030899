/** 広告できない専門医・資格: titles that are not a notified specialist qualification, and superlative titles. */
import { allowed, error, flagged, type CorpusCase } from './types'

export const qualifications: CorpusCase[] = [
  ...flagged(
    [error('qualifications')],
    [
      '院長は再生医療専門医です。',
      'アンチエイジング専門医が担当します。',
      '日本美容再生アカデミー認定医が在籍しています。',
      '幹細胞治療認定医による施術です。',
      'エクソソーム療法のスペシャリスト認定を受けた医師が担当します。',
      '〇〇学会指導医の院長が診察します。',
      '美容点滴の名医として知られる医師です。',
      'テレビでも話題のカリスマドクターが施術します。',
      '再生医療の第一人者である院長が担当します。',
    ],
  ),
  ...allowed([
    '院長は日本専門医機構認定の形成外科専門医です。',
    '担当医は日本皮膚科学会認定の皮膚科専門医です。',
    '院長は医師免許取得後、大学病院の形成外科で10年間診療に従事しました。',
    '麻酔科専門医が全身管理を行います。',
  ]),
]
