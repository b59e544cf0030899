/**
 * The two treatments the demo article compares, as the fictional demo clinic offers them.
 * Facts about secretomes and exosomes come from the source article and are cited where it
 * cites them; what belongs to the clinic (which product it buys and from whom, how it is
 * given, the course, the price) is stated as the clinic's own, concretely, per product.
 *
 * Review rules followed here (the checker's v2 rules and a physician's reading):
 *  - no number about an effect or its duration without a peer-reviewed citation: the source
 *    article gives none for the 3–6 months it mentions, so no duration is stated;
 *  - no disease use of these unapproved self-pay treatments: the source cites no primary
 *    literature for the Parkinson's / stroke / COPD / neurological / autoimmune uses, so
 *    they are left out, and so is wound healing (its only support is the IJBS review, which
 *    the article still cites for exosome biology); the remaining findings are framed as
 *    research, not as what the clinic's product does;
 *  - risk sections state risks only (no "smaller than cell therapy" reassurance) and say why
 *    a contraindication exists;
 *  - no 顕著 / 劇的 / 大幅に / 優れた / 優位性.
 */
import { lexicalDoc, paragraph } from './lexical'
import type { TreatmentSeed } from './types'

const MHLW_NOTICE =
  '国内では2024年7月31日付で、厚生労働省医政局研究開発政策課の事務連絡「幹細胞培養上清液及びエクソソーム等を用いる医療について（周知）」が医療機関向けに出されており、当院はこれを踏まえて以下の事項をお知らせしています。'

const secretomeMechanism = lexicalDoc('treatment:secretome-therapy:mechanism', ({ cite }) => [
  paragraph(
    'セクレトームには、成長因子、サイトカイン、ケモカイン、細胞外基質タンパク質、エクソソームなど、性質の異なる多数の生理活性物質が同時に含まれます。',
    cite('clinic-23c'),
  ),
  paragraph(
    '幹細胞を投与する代わりに、幹細胞が培養中に分泌した物質（培養上清）を精製して用いる、という考え方にもとづく治療です。',
    cite('clinic-roppongi-footwalk'),
  ),
  paragraph(
    '医療機関の説明では、細胞が分泌したときに近い組み合わせで成分が共存するため、複数の成分が協調して働くとされています。この説明を比較試験で確かめた研究は、本ページの参考文献には含まれていません。',
    cite('clinic-cosmedical'),
  ),
])

const exosomeMechanism = lexicalDoc('treatment:exosome-therapy:mechanism', ({ cite }) => [
  paragraph(
    'エクソソームは、受容細胞の膜と相互作用したのち、エンドサイトーシスや膜融合によって、内包するタンパク質・核酸・脂質を細胞の内側へ受け渡します。この送達の性質から、血液脳関門を通過し得るかどうかや、炎症のある組織に集まりやすいかどうかが研究されています。',
    cite('pmc10363204'),
  ),
  paragraph(
    '内包されるマイクロRNA（miRNA）は受容細胞の遺伝子発現を調節し、細胞の分化・増殖・アポトーシスに影響し得ることが報告されています。',
    cite('nano14070639'),
  ),
  paragraph(
    'エクソソームの性質は由来する細胞を反映し、間葉系幹細胞に由来するものについては炎症の調節や組織修復に関わる作用が研究されています。',
    cite('cells10081959'),
  ),
  paragraph(
    '製剤の純度は分離・精製の方法に左右され、超遠心分離、サイズ排除クロマトグラフィー、免疫磁気分離などで、ほかの細胞外小胞や夾雑物を取り除く技術が開発されています。',
    cite('pmc12059991'),
  ),
])

export const treatments: TreatmentSeed[] = [
  {
    key: 'secretome-therapy',
    name: 'セクレトーム療法',
    nameEn: 'Secretome therapy',
    slug: 'secretome-therapy',
    summary:
      '幹細胞を培養した際に得られる培養上清を精製した製剤（成長因子・サイトカイン・エクソソームなどの混合物）を、点滴または皮膚への注射で投与する自由診療です。幹細胞そのものは投与しません。',
    definition:
      'セクレトーム（secretome）は、細胞が細胞外へ分泌するタンパク質などの生理活性物質の総体を指す言葉です。成長因子、サイトカイン、ケモカイン、細胞外基質タンパク質、エクソソームなどの細胞外小胞、酵素や代謝産物といった可溶性因子が含まれ、エクソソームはその構成要素の一つにあたります。',
    sourceCells: 'ヒト脂肪組織由来の間葉系幹細胞（当院が使用する製剤）',
    components: [
      {
        component: 'growth-factors',
        role: '細胞の増殖・分化・遊走を調節するシグナル分子群（VEGF、FGF、EGF、PDGFなど）',
      },
      { component: 'cytokines', role: '抗炎症性（IL-10、TGF-βなど）と炎症性の両方を含み得る' },
      { component: 'chemokines', role: '細胞の遊走の方向を決めるシグナル' },
      {
        component: 'ecm-proteins',
        role: 'コラーゲン、フィブロネクチンなど、組織の足場となるタンパク質',
      },
      { component: 'exosome', role: '構成要素の一つ。直径30〜100nm程度の膜小胞' },
      { component: 'other-soluble-factors', role: '酵素や代謝産物などの可溶性因子' },
    ],
    mechanism: secretomeMechanism,
    sizeStructure:
      '単一の構造体ではなく、可溶性のタンパク質（成長因子、サイトカイン、ケモカインなど）と、エクソソームをはじめとする細胞外小胞が混ざり合った液状の混合物です。成分の種類と量は、由来細胞、培養条件、精製方法によって変わります。',
    // No use is listed: the only source for one (a clinic's page) is not evidence a physician
    // could sign for an unapproved treatment (see the article's own wording instead).
    clinicalApplications: [],
    safety: {
      risks: [
        '製剤が細菌・真菌などに汚染されていた場合、感染症を起こし、重い場合は敗血症に至るおそれがあります。ヒト由来の材料を用いるため、ウイルスなど未知の病原体が伝播する可能性も否定できません。',
        '点滴（静脈内投与）では製剤が直接血液中に入るため、汚染やアレルギーがあった場合に全身の重い反応になりやすく、刺入部の静脈炎や薬液の血管外への漏れが起こることもあります。',
        'アナフィラキシー（血圧の低下や呼吸の苦しさを伴う急激なアレルギー反応）が起こる可能性があります。当院では投与後しばらく院内で経過を観察し、救急対応の準備をしています。',
        '製剤に含まれる成長因子には細胞の増殖や血管新生を促す働きをもつものがあり、体内に腫瘍がある場合にその増殖を後押しする可能性が否定できません。長期的な影響は分かっていません。',
        '含まれる成分の種類と量はドナー、培養条件、精製方法によって製剤ごとに異なり、同じ製剤名でもロットにより違いがあり得ます。',
      ].join('\n'),
      sideEffects: [
        '点滴・注射部位の痛み、腫れ、赤み、内出血',
        '点滴中や点滴後の発熱、悪寒、倦怠感、頭痛',
        '点滴中の血管痛',
        'かゆみ、発疹、じんましん',
      ].join('\n'),
      contraindications: [
        '次の方には行いません。',
        '・悪性腫瘍の治療中の方、悪性腫瘍の既往がある方（成長因子が腫瘍の増殖を後押しするおそれがあるため）',
        '・妊娠中・授乳中の方（胎児・乳児への安全性の情報がないため）',
        '・アナフィラキシーの既往がある方、ヒト由来タンパク質を含む製剤で過敏症を起こしたことがある方',
        '・発熱がある方、治療中の感染症がある方',
        '次の方は、診察のうえで慎重に判断します。',
        '・抗凝固薬・抗血小板薬を服用中の方（点滴・注射部位の出血）',
        '・心臓や腎臓の病気で点滴の水分量に制限がある方',
      ].join('\n'),
    },
    duration: {
      text: '持続期間について、査読を経たデータは本ページの参考文献にありません。個人差があるため、経過は診察で確認します。',
    },
    administration:
      '点滴（静脈内投与）または皮膚への注射（皮内・皮下）で投与します。どちらを選ぶか、量と希釈の方法は、診察のうえで医師が決め、事前に説明します。',
    course: {
      period: '4週間に1回の間隔で行います（体調や経過により医師が調整します）',
      sessions: '3回を目安とし、毎回の投与前に診察で続けるかどうかを決めます',
    },
    regulatory: {
      coverage: 'self-pay',
      approval: 'unapproved',
      unapproved: {
        notice: `本治療で使用する、ヒト脂肪由来間葉系幹細胞の培養上清液を精製・凍結乾燥した製剤は、医薬品医療機器等法にもとづく承認を受けていない未承認医薬品等です。${MHLW_NOTICE}`,
        howObtained:
          '当院は、細胞培養加工施設で製造を行う国内の製造業者から、この製剤を購入しています。ロットごとに、ドナーの感染症検査の記録と、無菌試験・エンドトキシン試験・マイコプラズマ否定試験の成績書を受け取り、医師が確認したものだけを使用します。院内での培養・加工は行っていません。',
        domesticEquivalent:
          '幹細胞の培養上清液を有効成分とし、同一の成分・性能をもつ医薬品等で、国内で承認されたものはありません。',
        overseasSafety:
          '幹細胞の培養上清液を有効成分として諸外国で承認された医薬品は確認できていません。米国食品医薬品局（FDA）は2019年12月6日、エクソソームを含むとうたう未承認製品を投与された患者に重い有害事象が複数報告されたとして注意を呼びかけています（FDA「Public Safety Notification on Exosome Products」）。培養上清液にもエクソソームが含まれるため、当院はこの情報も重大なリスクとして説明しています。',
        reliefSystem:
          '本治療で重い健康被害が生じた場合でも、医薬品副作用被害救済制度の対象にはなりません。',
      },
    },
    price: {
      minJpy: 50000,
      maxJpy: 300000,
      note: '1回あたりの税込価格です。製剤の量と投与方法（点滴か注射か）によって異なり、診察料・検査料は別にかかります。',
    },
    references: [
      'clinic-23c',
      'clinic-roppongi-footwalk',
      'clinic-cosmedical',
      'clinic-apskin',
      'fda-exosome-2019',
      'mhlw-2024-07-31',
    ],
  },
  {
    key: 'exosome-therapy',
    name: 'エクソソーム療法',
    nameEn: 'Exosome therapy',
    slug: 'exosome-therapy',
    summary:
      '幹細胞の培養上清から分離・精製したエクソソーム（細胞外小胞）を主成分とする製剤を、皮膚への注射と塗布で用いる自由診療です。エクソソームはセクレトームに含まれる構成要素の一つです。',
    definition:
      'エクソソーム（exosome）は、細胞が分泌する直径およそ30〜100nmの、脂質二重膜に包まれた小胞です。エンドソームに由来する多胞体（MVB）の内部で形成され、タンパク質、mRNAやmiRNAなどの核酸、脂質、代謝産物を内包して、細胞間の情報伝達を担います。',
    sourceCells: 'ヒト臍帯由来の間葉系幹細胞（当院が使用する製剤）',
    components: [
      { component: 'exosome', role: '主成分。直径30〜100nm程度の脂質二重膜小胞' },
      {
        component: 'tetraspanins',
        role: '膜タンパク質。エクソソームを識別する目印（CD9、CD63、CD81など）',
      },
      {
        component: 'heat-shock-proteins',
        role: '内包される代表的なタンパク質（HSP70、HSP90など）',
      },
      { component: 'exosomal-mrna', role: '受容細胞へ運ばれるタンパク質の設計情報' },
      { component: 'exosomal-mirna', role: '受容細胞の遺伝子発現を調節する短いRNA' },
      { component: 'exosomal-ncrna', role: '遺伝子発現の調節などに関わる非コーディングRNA' },
      { component: 'membrane-lipids', role: '脂質二重膜を構成する脂質' },
      { component: 'signaling-lipids', role: '情報伝達に用いられる脂質性の分子' },
      { component: 'exosomal-metabolites', role: '由来細胞の代謝状態を反映する小分子' },
    ],
    mechanism: exosomeMechanism,
    sizeStructure:
      '直径およそ30〜100nmの球状の小胞で、脂質二重膜に包まれています。エンドソームに由来する多胞体（MVB）の内部で形成され、MVBが細胞膜と融合すると細胞外へ放出されます。',
    clinicalApplications: [
      {
        area: '炎症の調節・組織修復（研究段階）',
        finding:
          '間葉系幹細胞に由来するエクソソームについて、炎症の調節や組織修復に関わる作用が研究されています。病気の治療に用いることは国内で承認されておらず、当院でも病気の治療には用いません。',
        evidenceLevel: 'preclinical',
        references: ['cells10081959', 'nano14070639'],
      },
    ],
    safety: {
      risks: [
        '分離・精製の工程で製剤が細菌などに汚染されていた場合、注射部位の感染や、重い場合は敗血症を起こすおそれがあります。米国では、未承認のエクソソーム製品の投与後に重い有害事象が報告されています。',
        'アナフィラキシーなどの重いアレルギー反応が起こる可能性があります。投与後しばらく院内で経過を観察します。',
        'エクソソームは核酸（miRNAなど）を細胞に受け渡すため、体内の細胞に取り込まれたあと遺伝子の働きにどのような影響が長く残るかは分かっていません。',
        '由来細胞の成長因子などを含むことがあり、体内に腫瘍がある場合にその増殖を後押しする可能性が否定できません。',
        '当院ではこの製剤を点滴（静脈内投与）では使用しません。静脈内に入ると全身に分布し、重いアレルギー反応や汚染による敗血症がより重くなるおそれがあるためです。',
        '製品によって純度（ほかの細胞外小胞やタンパク質の混入）、粒子数、由来細胞が異なり、その測定方法も統一されていません。',
      ].join('\n'),
      sideEffects: [
        '注射部位の赤み、腫れ、痛み、内出血（数日続くことがあります）',
        '注射部位の小さなしこり',
        '塗布した部位のほてり、かゆみ',
        'まれに発熱、倦怠感',
      ].join('\n'),
      contraindications: [
        '次の方には行いません。',
        '・悪性腫瘍の治療中の方、悪性腫瘍の既往がある方（含まれる成長因子や核酸が腫瘍の増殖に影響するおそれを否定できないため）',
        '・妊娠中・授乳中の方（安全性の情報がないため）',
        '・注射する部位の皮膚に感染症や炎症がある方',
        '・アナフィラキシーの既往がある方',
        '次の方は、診察のうえで慎重に判断します。',
        '・免疫抑制薬を使用中の方（感染症が重くなるおそれ）',
        '・ケロイドができやすい方（注射部位）',
      ].join('\n'),
    },
    duration: {
      text: 'どのくらいの期間続くかについて、根拠となるデータは本ページの参考文献にありません。経過は診察で確認します。',
    },
    administration:
      '顔などの皮膚への注射（皮内）と、処置後の皮膚への塗布で用います。点滴（静脈内投与）は行いません。量と部位は診察のうえで医師が決め、事前に説明します。',
    course: {
      period: '2〜4週間に1回の間隔で行います（皮膚の状態により医師が調整します）',
      sessions: '3〜5回を目安とし、毎回の施術前に診察で続けるかどうかを決めます',
    },
    regulatory: {
      coverage: 'self-pay',
      approval: 'unapproved',
      unapproved: {
        notice: `本治療で使用する、ヒト臍帯由来間葉系幹細胞の培養上清からエクソソームを分離・精製した製剤は、医薬品医療機器等法にもとづく承認を受けていない未承認医薬品等です。${MHLW_NOTICE}`,
        howObtained:
          '当院は、国内の製造業者が医療機関向けに製造したこの製剤を購入しています。研究用試薬として販売されている製品は使用しません。ロットごとに、粒子数と粒子径分布の測定結果、エクソソームの目印となる膜タンパク質（CD9・CD63・CD81）の確認結果、無菌試験・エンドトキシン試験の成績書を受け取り、医師が確認したものだけを使用します。',
        domesticEquivalent:
          'エクソソームを有効成分とする医薬品等で、国内で承認されたものはありません。',
        overseasSafety:
          '米国食品医薬品局（FDA）は2019年12月6日、ネブラスカ州でエクソソームを含むとうたう未承認製品を投与された患者に重い有害事象が複数報告されたとして注意を呼びかけ、FDAが承認したエクソソーム製品はないとしています（FDA「Public Safety Notification on Exosome Products」）。諸外国で医薬品として承認された同等の製剤も確認できていません。',
        reliefSystem:
          '未承認の製剤を用いるため、健康被害が生じても医薬品副作用被害救済制度による給付は受けられません。',
      },
    },
    price: {
      minJpy: 80000,
      maxJpy: 300000,
      note: '1回あたりの税込価格です。注射する範囲と製剤の量によって異なり、診察料は別にかかります。',
    },
    references: [
      'pmc10789073',
      'pmc10811273',
      'ijbs-2023-19-1430',
      'pmc10363204',
      'nano14070639',
      'cells10081959',
      'pmc12059991',
      'fda-exosome-2019',
      'mhlw-2024-07-31',
    ],
  },
]
