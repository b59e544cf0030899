/**
 * The two treatments the demo article compares. Every field of the contract is filled from the
 * source article's facts, rewritten; clinic-specific items (course, price, how the product is
 * obtained) are clearly marked as demo / clinic-set values.
 *
 * Wording rules (医療広告ガイドライン): no superlatives or guarantees; effect statements are
 * phrased as reports / research and carry references; risks are stated plainly.
 */
import { lexicalDoc, paragraph } from './lexical'
import type { TreatmentKey, TreatmentSeed, UnapprovedDisclosureSeed } from './types'

const MHLW_CONTEXT =
  '2024年7月31日付で厚生労働省から、幹細胞培養上清液やエクソソーム等を用いた治療に関連する通知等が示されています。当院はその趣旨を踏まえ、以下の情報をお知らせしています（デモ表記：文書名と内容は厚生労働省の公表資料でご確認ください）。'

const COMMON_COURSE = {
  period: '1〜3か月ごとの実施を目安とし、治療期間は診察のうえ医師と相談して決定します（当院設定・デモ）',
  sessions: '回数は経過を確認しながら医師と相談して決定します（当院設定・デモ）',
}

function unapprovedDisclosure(productName: string): UnapprovedDisclosureSeed {
  return {
    notice: `本治療で使用する${productName}は、医薬品医療機器等法にもとづく承認を受けていない未承認医薬品等です。${MHLW_CONTEXT}`,
    howObtained: `${productName}は、院内で幹細胞を培養して得た培養上清を精製して調製するか、国内の加工業者から購入しており、医師の判断と責任のもとで使用しています（デモ表記：実際の入手経路は医療機関ごとに記載してください）。`,
    domesticEquivalent: `${productName}と同一の成分・性能をもつ、国内で承認された医薬品等はありません。`,
    overseasSafety:
      '同等の製剤が諸外国で医薬品として承認されているとの情報は確認できていません（当院調べ・デモ）。海外においても安全性に関する情報は十分に蓄積されておらず、重大な副作用を含む未知のリスクがあり得ます。',
    reliefSystem:
      '本治療によって重い健康被害が生じた場合でも、公的な医薬品副作用被害救済制度の対象にはなりません。',
  }
}

const secretomeMechanism = lexicalDoc('treatment:secretome-therapy:mechanism', ({ cite }) => [
  paragraph(
    'セクレトームには、成長因子、サイトカイン、ケモカイン、細胞外基質タンパク質、エクソソームなど、性質の異なる多数の生理活性物質が同時に含まれます。',
    cite('clinic-23c'),
  ),
  paragraph(
    'これらは細胞が分泌したときに近い組み合わせで存在するため、複数の経路に並行して働きかけ、単一の成分では得にくい相乗的な作用が生じ得ると考えられています。',
    cite('clinic-cosmedical'),
  ),
  paragraph(
    '皮膚の領域では、成長因子とサイトカインが協調し、コラーゲン産生、血管新生、炎症の調節に同時に関わるという説明がなされています。ただし、この説明は主に医療機関の情報にもとづくもので、比較試験による検証は限られています。',
    cite('clinic-apskin'),
  ),
  paragraph(
    'セクレトームに含まれるエクソソームは、内包するタンパク質や核酸を受け手の細胞へ届け、創傷治癒、免疫調節、組織の再生といった生理的なプロセスに関与すると報告されています。',
    cite('ijbs-2023-19-1430'),
  ),
])

const exosomeMechanism = lexicalDoc('treatment:exosome-therapy:mechanism', ({ cite }) => [
  paragraph(
    'エクソソームは標的となる細胞の膜と相互作用し、エンドサイトーシスや膜融合によって、内包するタンパク質・核酸・脂質を細胞の内側へ届けます。',
    cite('ijbs-2023-19-1430'),
    cite('pmc10363204'),
  ),
  paragraph(
    'この送達の仕組みから、血液脳関門を通過し得る性質や、炎症のある組織に集まりやすい性質が研究されており、神経疾患や自己免疫疾患への応用が検討されています。現時点では主に基礎研究の段階です。',
    cite('pmc10363204'),
  ),
  paragraph(
    '内包されるマイクロRNA（miRNA）は受け手の細胞の遺伝子発現を調節し、細胞の分化・増殖・アポトーシスに影響することで、組織の修復や再生に関わると考えられています。',
    cite('nano14070639'),
  ),
  paragraph(
    'エクソソームの性質は由来する細胞を反映します。間葉系幹細胞由来のものでは抗炎症作用や組織修復に関わる作用が、神経幹細胞由来のものでは神経の保護や再生に関わる作用が報告されています。',
    cite('cells10081959'),
  ),
  paragraph(
    '製剤の純度は分離・精製の方法に左右されます。超遠心分離、サイズ排除クロマトグラフィー、免疫磁気分離などで、ほかの細胞外小胞や夾雑物を取り除く技術の開発が進められています。',
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
      '幹細胞を培養した際に得られる培養上清を精製し、細胞が分泌した成長因子・サイトカイン・ケモカイン・エクソソームなどの混合物を投与する自由診療です。幹細胞そのものは投与しません。',
    definition:
      'セクレトーム（secretome）は、細胞が細胞外へ分泌するタンパク質などの生理活性物質の総体を指す言葉です。成長因子、サイトカイン、ケモカイン、細胞外基質タンパク質、エクソソームなどの細胞外小胞、酵素や代謝産物といった可溶性因子が含まれ、エクソソームはその構成要素の一つにあたります。',
    sourceCells: '間葉系幹細胞などの幹細胞（由来組織や培養条件は製剤によって異なります）',
    components: [
      { component: 'growth-factors', role: '細胞の増殖・分化・遊走を調節するシグナル分子群（VEGF、FGF、EGF、PDGFなど）' },
      { component: 'cytokines', role: '抗炎症性（IL-10、TGF-βなど）と炎症性の両方を含み、免疫・炎症反応を調節する' },
      { component: 'chemokines', role: '細胞の遊走の方向を決めるシグナル' },
      { component: 'ecm-proteins', role: 'コラーゲン、フィブロネクチンなど、組織の足場となるタンパク質' },
      { component: 'exosome', role: '構成要素の一つ。内包分子を受け手の細胞へ運ぶ直径30〜100nm程度の膜小胞' },
      { component: 'other-soluble-factors', role: '酵素や代謝産物などの可溶性因子' },
    ],
    mechanism: secretomeMechanism,
    sizeStructure:
      '単一の構造体ではなく、可溶性のタンパク質（成長因子、サイトカイン、ケモカインなど）と、直径30〜100nm程度のエクソソームをはじめとする細胞外小胞が混ざり合った液状の混合物です。成分の比率は由来細胞、培養条件、精製方法によって変わります。',
    // Uses of this unapproved treatment are described in the article as unverified reports; none is
    // backed by research literature in the references, so none is listed as a clinical application.
    clinicalApplications: [],
    safety: {
      risks: [
        '長期的な安全性は確立していません。',
        '幹細胞そのものは投与しない治療ですが、腫瘍形成を含め、成長因子などが体内に与える長期的な影響は十分に分かっていません。',
        '由来細胞（ドナー）、培養条件、精製・保管の方法によって、製剤の品質や含まれる成分にばらつきがあります。',
        'ヒト由来の材料を用いるため、ウイルスなどの感染症が伝播する可能性を完全には否定できません。',
      ].join('\n'),
      sideEffects: [
        '注射・点滴部位の痛み、腫れ、赤み、内出血',
        '発熱、倦怠感、頭痛、悪寒',
        'かゆみや発疹などのアレルギー反応（まれにアナフィラキシーなどの重いアレルギー反応）',
        '点滴中の血管痛や気分不良',
      ].join('\n'),
      contraindications: [
        '次に該当する方は治療をお受けいただけないか、慎重な判断が必要です（当院の基準・デモ）。',
        '・妊娠中または授乳中の方',
        '・悪性腫瘍の治療中の方、または悪性腫瘍の既往がある方',
        '・重いアレルギーの既往がある方',
        '・発熱や活動性の感染症がある方',
        '・その他、医師が適当でないと判断した方',
      ].join('\n'),
    },
    duration: {
      text: '定期的な投与を続けた場合に、変化が3〜6か月程度続いたとする報告があります。個人差が大きく、比較試験による裏付けは限られています。',
      monthsMin: 3,
      monthsMax: 6,
    },
    administration:
      '目的と製剤に応じて、点滴（静脈内投与）、局所注射（皮内・皮下への注入など）、塗布（処置後の皮膚への外用など）の中から医師が方法を選びます。投与量や希釈の方法は製剤と医療機関によって異なるため、事前の説明でご確認ください。',
    course: COMMON_COURSE,
    regulatory: {
      coverage: 'self-pay',
      approval: 'unapproved',
      unapproved: unapprovedDisclosure('幹細胞培養上清液（セクレトーム）製剤'),
    },
    price: {
      minJpy: 50000,
      maxJpy: 300000,
      note: '1回あたりの税込価格（デモ値）。製剤の種類・量・投与方法によって異なり、診察料・検査料は別途かかります。',
    },
    references: [
      'clinic-23c',
      'clinic-roppongi-footwalk',
      'clinic-cosmedical',
      'clinic-apskin',
      'ijbs-2023-19-1430',
    ],
  },
  {
    key: 'exosome-therapy',
    name: 'エクソソーム療法',
    nameEn: 'Exosome therapy',
    slug: 'exosome-therapy',
    summary:
      '幹細胞の培養上清から分離・精製したエクソソーム（細胞外小胞）を主成分とする製剤を投与する自由診療です。エクソソームはセクレトームに含まれる構成要素の一つです。',
    definition:
      'エクソソーム（exosome）は、細胞が分泌する直径およそ30〜100nmの、脂質二重膜に包まれた小胞です。エンドソームに由来する多胞体（MVB）の内部で形成され、タンパク質、mRNAやmiRNAなどの核酸、脂質、代謝産物を内包して、細胞間の情報伝達を担います。',
    sourceCells: '間葉系幹細胞など（神経幹細胞に由来するものも研究されています）',
    components: [
      { component: 'exosome', role: '主成分。直径30〜100nm程度の脂質二重膜小胞' },
      { component: 'small-exosomes', role: '直径60〜80nm程度の集団として報告されるサブタイプ（製剤中の比率は分離・精製法で異なる）' },
      { component: 'large-exosomes', role: '直径90〜120nm程度の集団として報告されるサブタイプ（製剤中の比率は分離・精製法で異なる）' },
      { component: 'exomeres', role: '直径50nm未満の粒子として報告される集団（分類は研究途上）' },
      { component: 'tetraspanins', role: '膜タンパク質。エクソソームを識別するマーカー（CD9、CD63、CD81など）' },
      { component: 'heat-shock-proteins', role: '内包される代表的なタンパク質（HSP70、HSP90など）' },
      { component: 'exosomal-mrna', role: '受け手の細胞へ運ばれるタンパク質の設計情報' },
      { component: 'exosomal-mirna', role: '受け手の細胞の遺伝子発現を調節する短いRNA' },
      { component: 'exosomal-ncrna', role: '遺伝子発現の調節などに関わる非コーディングRNA' },
      { component: 'membrane-lipids', role: '脂質二重膜を構成する脂質' },
      { component: 'signaling-lipids', role: '情報伝達に用いられる脂質性の分子' },
      { component: 'exosomal-metabolites', role: '由来細胞の代謝状態を反映する小分子' },
    ],
    mechanism: exosomeMechanism,
    sizeStructure:
      '直径およそ30〜100nmの球状の小胞で、脂質二重膜に包まれています。エンドソームに由来する多胞体（MVB）の内部で形成され、MVBが細胞膜と融合すると細胞外へ放出されます。サイズによってsmall exosomes（60〜80nm）、large exosomes（90〜120nm）、exomeres（50nm未満）に分ける報告もあります。',
    clinicalApplications: [
      {
        area: '神経疾患（血液脳関門の通過）',
        finding:
          '血液脳関門を通過し得る性質や、炎症のある組織に集まりやすい性質が研究されており、神経疾患や自己免疫疾患への応用が検討されている段階です。',
        evidenceLevel: 'preclinical',
        references: ['pmc10363204'],
      },
      {
        area: '抗炎症・組織修復（間葉系幹細胞由来）',
        finding:
          '間葉系幹細胞由来のエクソソームについて、抗炎症作用や組織修復に関わる作用が報告されています。主に基礎研究の段階の知見で、臨床的な有用性は確立していません。',
        evidenceLevel: 'preclinical',
        references: ['cells10081959', 'nano14070639'],
      },
      {
        area: '神経保護（神経幹細胞由来）',
        finding:
          '神経幹細胞由来のエクソソームについて、神経の保護や再生に関わる作用が報告されています。臨床的な有用性は確立していません。',
        evidenceLevel: 'preclinical',
        references: ['cells10081959'],
      },
      {
        area: '創傷治癒・免疫調節',
        finding:
          'エクソソームを介した細胞間の情報伝達が、創傷治癒、免疫調節、組織の再生といった生理的なプロセスに関わると報告されています。',
        evidenceLevel: 'preclinical',
        references: ['ijbs-2023-19-1430'],
      },
    ],
    safety: {
      risks: [
        '長期的な安全性は確立していません。体内での分布や長期的なふるまいも十分に解明されていません。',
        '幹細胞そのものは投与しない治療ですが、内包される核酸などが体内に与える長期的な影響は分かっていません。',
        '分離・精製方法の標準化は途上であり、製剤ごとに純度、粒子数、由来細胞、含まれる成分にばらつきがあります。',
        'ヒト由来の材料を用いるため、ウイルスなどの感染症が伝播する可能性を完全には否定できません。',
      ].join('\n'),
      sideEffects: [
        '注射・点滴部位の痛み、腫れ、赤み、内出血',
        '発熱、倦怠感、頭痛、悪寒',
        'かゆみや発疹などのアレルギー反応（まれにアナフィラキシーなどの重いアレルギー反応）',
        '点滴中の血管痛や気分不良',
      ].join('\n'),
      contraindications: [
        '次に該当する方は治療をお受けいただけないか、慎重な判断が必要です（当院の基準・デモ）。',
        '・妊娠中または授乳中の方',
        '・悪性腫瘍の治療中の方、または悪性腫瘍の既往がある方',
        '・重いアレルギーの既往がある方',
        '・発熱や活動性の感染症がある方',
        '・その他、医師が適当でないと判断した方',
      ].join('\n'),
    },
    duration: {
      text: '持続期間について確立したデータはなく、参考にした文献・資料にも具体的な記載はありません。個人差があります。',
    },
    administration:
      '目的と製剤に応じて、点滴（静脈内投与）、局所注射（皮内・皮下への注入など）、塗布（処置後の皮膚への外用など）の中から医師が方法を選びます。投与量（粒子数）や希釈の方法は製剤と医療機関によって異なるため、事前の説明でご確認ください。',
    course: COMMON_COURSE,
    regulatory: {
      coverage: 'self-pay',
      approval: 'unapproved',
      unapproved: unapprovedDisclosure('エクソソーム製剤'),
    },
    price: {
      minJpy: 80000,
      maxJpy: 300000,
      note: '1回あたりの税込価格（デモ値）。製剤の種類・量・投与方法によって異なり、診察料・検査料は別途かかります。',
    },
    references: [
      'pmc10789073',
      'pmc10811273',
      'ijbs-2023-19-1430',
      'pmc10363204',
      'nano14070639',
      'cells10081959',
      'pmc12059991',
    ],
  },
]

export const treatmentsByKey: Record<TreatmentKey, TreatmentSeed> = Object.fromEntries(
  treatments.map((t) => [t.key, t]),
) as Record<TreatmentKey, TreatmentSeed>
