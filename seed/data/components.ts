/**
 * Components (成分) named by the source article: what a secretome contains, the exosome and
 * its cargo, and the exomere.
 *
 * `partOf` uses keys: { relationTo: 'components' | 'treatments', key }. Category docs
 * (成長因子, サイトカイン …) are part of the secretome treatment; named molecules are part of
 * their category; the exosome's cargo is part of the exosome. The exomere is a secreted
 * particle without a lipid membrane, so it is part of the secretome, not of the exosome.
 *
 * The source article's size subtypes of exosomes (60–80 nm, 90–120 nm, < 50 nm) carry no
 * citation and contradict its own 30–100 nm, so they are not modelled.
 *
 * `functions` describe biology in neutral terms (関わる・調節する), not treatment outcomes.
 * References are given only where the source article cites one for the statement: the
 * categories it names in its secretome definition (23c.jp), the exosome's structure and
 * biogenesis (PMC10789073, PMC10811273) and miRNA (Nanomaterials 14(7):639).
 */
import type { ComponentKey, ComponentSeed, PartOfLink } from './types'

const SECRETOME: PartOfLink = { relationTo: 'treatments', key: 'secretome-therapy' }
const partOfComponent = (key: ComponentKey): PartOfLink => ({ relationTo: 'components', key })

export const components: ComponentSeed[] = [
  // ------------------------------------------------------------ growth factors
  {
    key: 'growth-factors',
    name: '成長因子',
    nameEn: 'Growth factors',
    slug: 'growth-factors',
    kind: 'growth-factor',
    examples: [{ name: 'VEGF' }, { name: 'FGF' }, { name: 'EGF' }, { name: 'PDGF' }],
    functions:
      '細胞表面の受容体に結合し、細胞の増殖・分化・遊走といった振る舞いを調節するタンパク質の総称です。幹細胞の分泌物には複数の成長因子が同時に含まれ、セクレトームの主要な構成要素とされています。',
    partOf: [SECRETOME],
    references: ['clinic-23c'],
  },
  {
    key: 'vegf',
    name: '血管内皮増殖因子（VEGF）',
    nameEn: 'Vascular endothelial growth factor (VEGF)',
    slug: 'vegf',
    kind: 'growth-factor',
    examples: [{ name: 'VEGF-A' }],
    functions:
      '血管内皮細胞に作用し、新しい血管がつくられる過程（血管新生）や血管の透過性の調節に関わる成長因子です。',
    partOf: [partOfComponent('growth-factors')],
    references: [],
  },
  {
    key: 'fgf',
    name: '線維芽細胞増殖因子（FGF）',
    nameEn: 'Fibroblast growth factor (FGF)',
    slug: 'fgf',
    kind: 'growth-factor',
    examples: [{ name: 'FGF-2（bFGF）' }],
    functions:
      '線維芽細胞や血管内皮細胞など多くの細胞の増殖・分化に関わる成長因子のファミリーです。組織の構築や血管新生のシグナルにも関与します。',
    partOf: [partOfComponent('growth-factors')],
    references: [],
  },
  {
    key: 'egf',
    name: '上皮成長因子（EGF）',
    nameEn: 'Epidermal growth factor (EGF)',
    slug: 'egf',
    kind: 'growth-factor',
    examples: [{ name: 'EGF' }],
    functions:
      '表皮細胞などの上皮系細胞の増殖や分化に関わる成長因子で、EGF受容体を介してシグナルを伝えます。',
    partOf: [partOfComponent('growth-factors')],
    references: [],
  },
  {
    key: 'pdgf',
    name: '血小板由来成長因子（PDGF）',
    nameEn: 'Platelet-derived growth factor (PDGF)',
    slug: 'pdgf',
    kind: 'growth-factor',
    examples: [{ name: 'PDGF-BB' }],
    functions: '線維芽細胞や平滑筋細胞などの間葉系細胞の増殖・遊走に関わる成長因子です。',
    partOf: [partOfComponent('growth-factors')],
    references: [],
  },

  // ------------------------------------------------------------ cytokines / chemokines
  {
    key: 'cytokines',
    name: 'サイトカイン',
    nameEn: 'Cytokines',
    slug: 'cytokines',
    kind: 'cytokine',
    examples: [{ name: 'IL-10' }, { name: 'TGF-β' }, { name: '炎症性サイトカイン' }],
    functions:
      '細胞同士の情報伝達に用いられる小さなタンパク質の総称で、免疫や炎症の反応を調節します。セクレトームには炎症を鎮める方向に働くもの（IL-10、TGF-βなど）と、炎症を起こす方向に働くものの両方が含まれ得ます。',
    partOf: [SECRETOME],
    references: ['clinic-23c'],
  },
  {
    key: 'il-10',
    name: 'インターロイキン-10（IL-10）',
    nameEn: 'Interleukin-10 (IL-10)',
    slug: 'il-10',
    kind: 'cytokine',
    examples: [{ name: 'IL-10' }],
    functions:
      '代表的な抗炎症性サイトカインで、マクロファージなどによる炎症性サイトカインの産生を調節します。',
    partOf: [partOfComponent('cytokines')],
    references: [],
  },
  {
    key: 'tgf-beta',
    name: 'トランスフォーミング増殖因子β（TGF-β）',
    nameEn: 'Transforming growth factor beta (TGF-β)',
    slug: 'tgf-beta',
    kind: 'cytokine',
    examples: [{ name: 'TGF-β1' }],
    functions:
      '免疫反応の調節に関わる抗炎症性のサイトカインであると同時に、細胞外基質の産生や組織のリモデリングにも関与する多機能な因子です。',
    partOf: [partOfComponent('cytokines')],
    references: [],
  },
  {
    key: 'inflammatory-cytokines',
    name: '炎症性サイトカイン',
    nameEn: 'Pro-inflammatory cytokines',
    slug: 'inflammatory-cytokines',
    kind: 'cytokine',
    examples: [{ name: 'IL-1β' }, { name: 'IL-6' }, { name: 'TNF-α' }],
    functions:
      '炎症反応を起こしたり強めたりする方向に働くサイトカインです。セクレトームの組成は由来細胞や培養条件で変わるため、これらが含まれる割合も製剤によって異なります。',
    partOf: [partOfComponent('cytokines')],
    references: [],
  },
  {
    key: 'chemokines',
    name: 'ケモカイン',
    nameEn: 'Chemokines',
    slug: 'chemokines',
    kind: 'chemokine',
    examples: [{ name: 'CCL2（MCP-1）' }, { name: 'CXCL12（SDF-1）' }],
    functions:
      '細胞の遊走（移動）の方向を決めるシグナルとして働くサイトカインの一群で、免疫細胞などを特定の部位へ呼び寄せます。',
    partOf: [SECRETOME],
    references: ['clinic-23c'],
  },

  // ------------------------------------------------------------ extracellular matrix
  {
    key: 'ecm-proteins',
    name: '細胞外基質タンパク質',
    nameEn: 'Extracellular matrix proteins',
    slug: 'ecm-proteins',
    kind: 'ecm-protein',
    examples: [{ name: 'コラーゲン' }, { name: 'フィブロネクチン' }],
    functions: '細胞の外側で組織の骨組みをつくり、細胞の接着や形態の維持に関わるタンパク質群です。',
    partOf: [SECRETOME],
    references: [],
  },
  {
    key: 'collagen',
    name: 'コラーゲン',
    nameEn: 'Collagen',
    slug: 'collagen',
    kind: 'ecm-protein',
    examples: [{ name: 'I型コラーゲン' }, { name: 'III型コラーゲン' }],
    functions: '皮膚や結合組織の主要な構造タンパク質で、組織に張力と形を与えます。',
    partOf: [partOfComponent('ecm-proteins')],
    references: [],
  },
  {
    key: 'fibronectin',
    name: 'フィブロネクチン',
    nameEn: 'Fibronectin',
    slug: 'fibronectin',
    kind: 'ecm-protein',
    examples: [{ name: 'フィブロネクチン' }],
    functions:
      '細胞と細胞外基質をつなぐ糖タンパク質で、インテグリンを介した細胞の接着や移動に関わります。',
    partOf: [partOfComponent('ecm-proteins')],
    references: [],
  },

  // ------------------------------------------------------------ other soluble factors
  {
    key: 'other-soluble-factors',
    name: 'その他の可溶性因子',
    nameEn: 'Other soluble factors',
    slug: 'other-soluble-factors',
    kind: 'other',
    examples: [{ name: '酵素' }, { name: '代謝産物' }],
    functions:
      '成長因子やサイトカイン以外に細胞が分泌する可溶性の物質で、酵素や代謝産物などが含まれます。',
    partOf: [SECRETOME],
    references: [],
  },
  {
    key: 'secreted-enzymes',
    name: '分泌酵素',
    nameEn: 'Secreted enzymes',
    slug: 'secreted-enzymes',
    kind: 'enzyme',
    examples: [{ name: 'マトリックスメタロプロテアーゼ（MMP）' }],
    functions: '細胞外で化学反応を担う酵素で、細胞外基質の分解・再構築などに関わるものがあります。',
    partOf: [partOfComponent('other-soluble-factors')],
    references: [],
  },
  {
    key: 'secreted-metabolites',
    name: '分泌される代謝産物',
    nameEn: 'Secreted metabolites',
    slug: 'secreted-metabolites',
    kind: 'metabolite',
    examples: [{ name: '小分子の代謝産物' }],
    functions:
      '細胞の代謝の結果として細胞外に放出される小分子で、周囲の細胞の代謝状態に影響し得ます。',
    partOf: [partOfComponent('other-soluble-factors')],
    references: [],
  },

  // ------------------------------------------------------------ exosome and subtypes
  {
    key: 'exosome',
    name: 'エクソソーム',
    nameEn: 'Exosome',
    slug: 'exosome',
    kind: 'extracellular-vesicle',
    examples: [{ name: '間葉系幹細胞由来エクソソーム' }, { name: '神経幹細胞由来エクソソーム' }],
    size: { minNm: 30, maxNm: 100 },
    functions:
      '細胞が分泌する直径およそ30〜100nmの小胞で、脂質二重膜の内側にタンパク質、RNAなどの核酸、脂質を含みます。エンドソームに由来する多胞体（MVB）の中で形成されて細胞外へ放出され、細胞間の情報伝達を担います。セクレトームの構成要素の一つです。',
    partOf: [SECRETOME],
    references: ['pmc10789073', 'pmc10811273'],
  },
  {
    key: 'exomeres',
    name: 'エクソメア',
    nameEn: 'Exomeres',
    slug: 'exomeres',
    kind: 'other',
    examples: [{ name: 'exomere' }],
    functions:
      '細胞が分泌する微小な粒子の一種で、脂質二重膜をもちません。エクソソームの亜型として紹介されることもありますが、膜に包まれた小胞ではない点でエクソソームとは異なるため、本サイトではエクソソームに含めず、別の分泌粒子として扱います。',
    partOf: [SECRETOME],
    references: [],
  },

  // ------------------------------------------------------------ exosome cargo
  {
    key: 'heat-shock-proteins',
    name: '熱ショックタンパク質',
    nameEn: 'Heat-shock proteins',
    slug: 'heat-shock-proteins',
    kind: 'protein',
    examples: [{ name: 'HSP70' }, { name: 'HSP90' }],
    functions:
      '他のタンパク質の折りたたみを助ける分子シャペロンで、エクソソームに含まれる代表的なタンパク質の一つです。',
    partOf: [partOfComponent('exosome')],
    references: [],
  },
  {
    key: 'tetraspanins',
    name: 'テトラスパニン',
    nameEn: 'Tetraspanins',
    slug: 'tetraspanins',
    kind: 'protein',
    examples: [{ name: 'CD9' }, { name: 'CD63' }, { name: 'CD81' }],
    functions:
      '膜を4回貫通する膜タンパク質のファミリーで、エクソソームの膜に多く存在し、エクソソームを識別する目印（マーカー）としても使われます。',
    partOf: [partOfComponent('exosome')],
    references: [],
  },
  {
    key: 'exosomal-mrna',
    name: 'mRNA（メッセンジャーRNA）',
    nameEn: 'Messenger RNA (mRNA)',
    slug: 'exosomal-mrna',
    kind: 'nucleic-acid',
    examples: [{ name: 'mRNA' }],
    functions: 'タンパク質の設計情報を運ぶRNAで、エクソソームに含まれる核酸の一つです。',
    partOf: [partOfComponent('exosome')],
    references: [],
  },
  {
    key: 'exosomal-mirna',
    name: 'miRNA（マイクロRNA）',
    nameEn: 'MicroRNA (miRNA)',
    slug: 'exosomal-mirna',
    kind: 'nucleic-acid',
    examples: [{ name: 'miRNA' }],
    functions:
      '20数塩基ほどの短いRNAで、標的となるmRNAに結合して遺伝子の発現を調節します。エクソソームを介して受容細胞に届き、細胞の分化・増殖・アポトーシスなどの調節に関わると考えられています。',
    partOf: [partOfComponent('exosome')],
    references: ['nano14070639'],
  },
  {
    key: 'exosomal-ncrna',
    name: '非コーディングRNA',
    nameEn: 'Non-coding RNA',
    slug: 'exosomal-ncrna',
    kind: 'nucleic-acid',
    examples: [{ name: 'lncRNA' }, { name: 'circRNA' }],
    functions:
      'タンパク質に翻訳されないRNAの総称で、遺伝子発現の調節などに関わるものがエクソソームに含まれています。',
    partOf: [partOfComponent('exosome')],
    references: [],
  },
  {
    key: 'membrane-lipids',
    name: '膜構成脂質',
    nameEn: 'Membrane lipids',
    slug: 'membrane-lipids',
    kind: 'lipid',
    examples: [
      { name: 'コレステロール' },
      { name: 'スフィンゴミエリン' },
      { name: 'ホスファチジルセリン' },
    ],
    functions:
      'エクソソームの脂質二重膜をつくる脂質で、小胞の安定性や受容細胞との相互作用に関わります。',
    partOf: [partOfComponent('exosome')],
    references: [],
  },
  {
    key: 'signaling-lipids',
    name: 'シグナル分子としての脂質',
    nameEn: 'Signaling lipids',
    slug: 'signaling-lipids',
    kind: 'lipid',
    examples: [{ name: 'エイコサノイド（プロスタグランジンなど）' }],
    functions:
      '細胞内外の情報伝達に用いられる脂質性の分子で、エクソソームの内容物の一部として運ばれることがあります。',
    partOf: [partOfComponent('exosome')],
    references: [],
  },
  {
    key: 'exosomal-metabolites',
    name: '代謝産物（小分子化合物）',
    nameEn: 'Metabolites (small molecules)',
    slug: 'exosomal-metabolites',
    kind: 'metabolite',
    examples: [{ name: '小分子化合物' }],
    functions:
      'エクソソームに内包される低分子の代謝産物で、由来細胞の代謝状態を反映すると考えられています。',
    partOf: [partOfComponent('exosome')],
    references: [],
  },
]
