/** 保険適用の誤認: a 自由診療 page that suggests public insurance pays, or that the price is as if it did. */
import { allowed, error, flagged, type CorpusCase } from './types'

export const insurance: CorpusCase[] = [
  ...flagged(
    [error('insurance')],
    [
      'この治療は保険が適用されます。',
      '健康保険が使えるので費用の負担が少なく済みます。',
      '保険適用で受けられる再生医療です。',
      '自由診療ですが、保険診療と同じ料金で受けられます。',
      '保険が効くので3割負担で受けられます。',
      '医療費控除を使えば実質無料で受けられます。',
      '保険診療並みの価格で幹細胞治療が受けられます。',
      '各種保険の対象となる治療です。',
    ],
  ),
  ...allowed([
    '本治療は公的医療保険が適用されない自由診療です。',
    '保険は使えず、費用は全額自己負担となります。',
    '保険診療ではありません。',
    '治療費は医療費控除の対象となる場合があります。詳しくは税務署にお問い合わせください。',
    '保険適用外の治療のため、費用は全額自己負担です。',
  ]),
  // On an insurance-covered treatment, the statement is true.
  ...allowed(['この治療は保険が適用されます。', '健康保険が使えます。'], {
    treatment: 'insurance',
  }),
]
