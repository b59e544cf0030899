/**
 * Thirty searches a visitor of the demo site might type, each with the published documents
 * that answer it (`collection:slug` of the demo content, seed/data), most relevant first.
 * Written by reading the demo content, not from what the search returns. `npm run
 * search:eval` and tests/int/search-ranking.int.spec.ts score both matching strategies on them.
 */
export type SearchQueryCase = { query: string; expected: string[]; note?: string }

const ARTICLE = 'articles:secretome-vs-exosome'
const SECRETOME = 'treatments:secretome-therapy'
const EXOSOME = 'treatments:exosome-therapy'

export const searchQueries: SearchQueryCase[] = [
  { query: 'エクソソーム', expected: ['components:exosome', EXOSOME, ARTICLE] },
  { query: 'セクレトーム', expected: [SECRETOME, ARTICLE] },
  { query: 'セクレトームとエクソソームの違い', expected: [ARTICLE, 'references:clinic-23c'] },
  { query: 'エクソソーム療法の副作用', expected: [EXOSOME], note: 'particles and a compound noun' },
  { query: 'セクレトーム療法 価格', expected: [SECRETOME] },
  {
    query: '成長因子',
    expected: [
      'components:growth-factors',
      'components:vegf',
      'components:fgf',
      'components:egf',
      'components:pdgf',
    ],
  },
  { query: 'VEGF', expected: ['components:vegf', 'components:growth-factors'] },
  { query: '血管内皮増殖因子', expected: ['components:vegf'] },
  { query: '抗炎症 サイトカイン', expected: ['components:il-10', 'components:cytokines'] },
  { query: 'IL-10', expected: ['components:il-10', 'components:cytokines'] },
  { query: 'TGF-β', expected: ['components:tgf-beta', 'components:cytokines'] },
  {
    query: '炎症性サイトカイン',
    expected: ['components:inflammatory-cytokines', 'components:cytokines'],
  },
  { query: 'ケモカイン', expected: ['components:chemokines'] },
  { query: 'コラーゲン', expected: ['components:collagen', 'components:ecm-proteins'] },
  { query: '細胞外基質', expected: ['components:ecm-proteins', 'components:fibronectin'] },
  { query: 'マイクロRNA', expected: ['components:exosomal-mirna'] },
  { query: 'miRNA', expected: ['components:exosomal-mirna'] },
  { query: 'テトラスパニン CD63', expected: ['components:tetraspanins'] },
  { query: '熱ショックタンパク質', expected: ['components:heat-shock-proteins'] },
  { query: '脂質二重膜', expected: ['components:membrane-lipids', 'components:exosome', EXOSOME] },
  { query: '臍帯由来の幹細胞', expected: [EXOSOME] },
  { query: '脂肪由来 幹細胞', expected: [SECRETOME] },
  { query: '点滴で投与', expected: [SECRETOME] },
  { query: '未承認医薬品', expected: [SECRETOME, EXOSOME] },
  { query: '副作用被害救済制度', expected: [SECRETOME, EXOSOME] },
  { query: 'アナフィラキシー', expected: [SECRETOME, EXOSOME] },
  { query: '妊娠中', expected: [SECRETOME, EXOSOME] },
  { query: 'エクソメア', expected: ['components:exomeres'] },
  {
    query: '代謝産物',
    expected: [
      'components:secreted-metabolites',
      'components:exosomal-metabolites',
      'components:other-soluble-factors',
    ],
  },
  { query: 'exosome products', expected: ['references:fda-exosome-2019'] },
]
