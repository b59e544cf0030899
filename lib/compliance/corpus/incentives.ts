/** 品位を損ねる広告（医療と関係のない誘引）: points, gifts, perks for booking, reviewing or referring. */
import { allowed, error, flagged, type CorpusCase } from './types'

export const incentives: CorpusCase[] = [
  ...flagged(
    [error('incentives')],
    [
      'ご来院の方全員にスキンケアセットをプレゼント。',
      '施術ごとにポイントが貯まり、次回から使えます。',
      'ご予約の方に限り、美容液を進呈します。',
      'お友達をご紹介いただくと商品券を差し上げます。',
      '口コミを投稿すると次回の施術で使えるクーポンがもらえます。',
      'SNSでシェアしていただいた方に特典をご用意しています。',
      'ご契約でAmazonギフト券5,000円分をお渡しします。',
      '点滴1回につき10%のポイント還元があります。',
    ],
  ),
  ...flagged(
    [error('incentives'), error('price-led')],
    ['今ならご成約でキャッシュバックを実施中です。'],
  ),
  ...allowed([
    '治療のポイントは、投与の間隔を守ることです。',
    '施術前に確認していただきたいポイントをまとめました。',
    'ご予約はお電話またはウェブサイトから受け付けています。',
    '他院からのご紹介状がなくても受診できます。',
    '3つのポイントで違いを整理します。',
  ]),
]
