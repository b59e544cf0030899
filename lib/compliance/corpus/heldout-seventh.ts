/**
 * Held-out batch 7: headings and short titles (〜とは？, 〜の方へ, 〜ならお任せ), image alt text and
 * photo captions (症例写真 with and without the explanation), doctor and clinic profile lines
 * (経歴, 所属学会, 資格, 件数, 受賞), kanji-heavy formal wording and katakana-heavy beauty copy,
 * violations carried by an adjective or adverb, approximate numbers (約, 程度, 以上, 割), and
 * negative statements, both compliant and violating. Written before the rules were read and run
 * once before any change: 49 of its 65 must-flag sentences were caught (75.4 %) and 1 of its
 * 68 must-pass sentences was flagged. The rules were then generalised (corpus/seventh-round.ts);
 * the sentences the checker still reads differently from their labels are listed below.
 */
import { allowed, error, flagged, warning, type CorpusCase, type KnownMiss } from './types'

export const heldoutSeventhFlagged: CorpusCase[] = [
  // 治療効果の断定 — headings, adjectives and formal style
  ...flagged(
    [error('efficacy-claims')],
    [
      '確かな若返り効果をお約束します。',
      '１回の照射で確実にシミが消えます。',
      '本療法は真皮の賦活を促し、肌の若返りを確実ならしめるものであります。',
      '1回で必ず実感できる小顔効果',
      'たった１回でクマが消える理由とは？',
    ],
  ),
  // 虚偽広告 — absolute or impossible promises
  ...flagged(
    [error('false-claims')],
    [
      '【絶対バレない】自然な仕上がりの二重術',
      '一度の施術で、効果は一生続きます。',
      '成功率100％の豊胸手術',
      'リバウンドすることは絶対にありません。',
    ],
  ),
  // 比較優良広告 — headings, profiles and awards
  ...flagged(
    [error('superiority')],
    [
      '二重整形なら当院にお任せ！地域No.1の実績',
      '全国トップクラスの症例数を誇る院長が執刀',
      '斯界の第一人者たる院長が、自ら執刀いたします。',
      '当院の糸リフトは、他院の糸リフトより長持ちします。',
      '口コミ満足度ランキング第１位（2024年）',
      '「ベストドクター」に選ばれた日本屈指の注入技術',
    ],
  ),
  // 誇大広告 — adjectives, loanword hype and fear
  ...flagged(
    [error('exaggeration')],
    [
      '驚異的な再生力で、肌が根本から生まれ変わります。',
      '圧倒的な満足度を誇る、当院いちばん人気の施術です。',
      '奇跡の若返り点滴',
      'そのたるみ、放置すると取り返しのつかないことになります。',
      'エイジングケアの常識を覆す、革命的リジュビネーション',
      '見違えるほど劇的なリフトアップを実現',
    ],
  ),
  // 安全性の断定 — adverbs, loanwords, negatives and formal wording
  ...flagged(
    [error('safety-claims')],
    [
      'ほぼノーリスクで受けられる糸リフト',
      'ノーダウンタイムだから、施術直後からメイクもOK',
      '痛みは一切ありません。',
      '副作用を惹起せしめる懸念は皆無であります。',
      'ダメージレスな照射で、肌トラブルの心配はございません。',
      '痛くない・腫れない医療脱毛',
    ],
  ),
  ...flagged(
    [error('safety-claims')],
    [
      'いずれも一時的な症状ですので、ご心配には及びません。',
      '当院ではこれまで、重いトラブルは一件も起きておりません。',
    ],
    { field: 'safety.risks' },
  ),
  // 公的機関の承認を装う表示
  ...flagged(
    [error('official-endorsement')],
    [
      '厚生労働省認可の幹細胞治療',
      '本療法は、国の認可を得たる先進的治療法であります。',
      '厚労省のお墨付きを得たＧＬＰ－１ダイエット',
    ],
  ),
  // 自由診療を保険診療と誤認させる表示
  ...flagged(
    [error('insurance')],
    [
      '【保険適用】幹細胞点滴で疲れにくい体へ',
      '保険証をお持ちいただければ、ＡＧＡ治療も３割負担で受けられます。',
      '健康保険が使えるから、美容点滴も気軽に始められます。',
    ],
  ),
  // 体験談 — headings, captions and review scores
  ...flagged(
    [error('testimonials')],
    [
      '【患者様の喜びの声】「鏡を見るのが毎朝楽しみになりました」',
      '治療を終えた患者様からいただいたお手紙（「長年のコンプレックスが消えました」）',
      'Googleの口コミで★4.8の高評価をいただいています',
    ],
  ),
  // 術前術後の写真 — alt text and captions with no explanation on the page
  ...flagged(
    [error('before-after')],
    [
      '二重埋没法　施術前と施術後の比較写真',
      'ほうれい線ヒアルロン酸注入 Before/After（注入1か月後）',
      '症例写真：医療ハイフ３回目終了時のフェイスラインの変化',
      'ビフォー・アフター｜太もも脂肪吸引（術後３か月）',
    ],
    { details: false },
  ),
  // 公序良俗に反する表現
  ...flagged(
    [error('public-order')],
    [
      'ブスは罪。二重にして人生を取り戻そう。',
      'デブは自己管理ができない証拠です。今すぐ医療ダイエットを。',
      '彼を夢中にさせるセクシーなバストへ',
    ],
  ),
  // 費用を前面に出した誘引
  ...flagged(
    [error('price-led')],
    [
      '【期間限定】ボトックス 初回980円',
      'ワンコイン５００円で医療脱毛をお試し',
      '今月末まで全メニュー半額！お早めに',
    ],
  ),
  // 物品・ポイントによる誘引
  ...flagged(
    [error('incentives')],
    [
      'ご来院の方全員にオリジナル美容液をプレゼント',
      'カウンセリング予約でＡｍａｚｏｎギフト券１，０００円分進呈',
      '施術ごとに代金の10％をポイント還元',
    ],
  ),
  // 著名人の利用・推薦
  ...flagged(
    [error('celebrity')],
    [
      '人気女優も通う美肌点滴',
      '来院された人気タレントの方と院長の記念写真',
      '有名インフルエンサー御用達の小顔ボトックス',
    ],
  ),
  // 広告できない資格・肩書
  ...flagged(
    [error('qualifications')],
    [
      '院長　薬剤メーカー認定ヒアルロン酸注入指導医',
      '日本抗加齢医学会認定のアンチエイジング専門医が診察します',
      '医療ダイエット認定医によるサポート',
      '糸リフト指導医在籍',
    ],
  ),
  // 未承認の自由診療に疾患名を適応として掲げる表示
  ...flagged(
    [error('unapproved-use')],
    [
      '対象疾患：糖尿病、脳梗塞後遺症、認知症',
      '適応：アトピー性皮膚炎、花粉症、慢性疲労症候群',
      '適応：各種がんの再発予防',
    ],
    { field: 'clinicalApplications' },
  ),
  // 根拠のない効果量・持続期間の数値（概数・範囲）
  ...flagged([warning('evidence')], ['効果の持続期間は約２年以上です。'], {
    field: 'duration.text',
    support: 'none',
  }),
  ...flagged([warning('evidence')], ['１回の照射で、およそ７割前後の減毛が見込めます。'], {
    support: 'clinic',
  }),
  ...flagged(
    [warning('evidence')],
    ['３か月の治療で、ウエストは平均5cm程度のサイズダウンが期待できます。'],
    { support: 'none' },
  ),
  ...flagged([warning('evidence')], ['２回目までに約８割の方で毛穴の目立ちが改善しています。'], {
    support: 'clinic',
  }),
]

export const heldoutSeventhAllowed: CorpusCase[] = [
  // 中立的な見出し
  ...allowed([
    'ヒアルロン酸注入とは？',
    '眼瞼下垂でお悩みの方へ',
    '施術当日の流れ',
    '料金表（すべて税込）',
    '起こりうる副作用・リスクについて',
    '二重まぶたのご相談は当院へ',
    'ほくろ除去の方法と、それぞれの特徴',
    'ダウンタイムの過ごし方',
    '医師・スタッフ紹介',
    'シミの種類と治療法の選び方',
    '自由診療と保険診療の違いについて',
  ]),
  // 画像の代替テキスト・キャプション（説明を伴うもの、症例写真でないもの）
  ...allowed([
    '当院の待合室の様子',
    '施術に使用する高周波治療機器の外観',
    '症例写真　施術内容：二重埋没法（３点留め）／費用：１１０，０００円（税込）／主なリスク：腫れ、内出血、左右差、糸の緩み',
    '施術前と施術後の比較写真です。治療内容・費用・リスクと副作用は、写真の下に記載しています。',
    '院長による診察の様子（イメージ）',
    '図：皮膚の断面とレーザーが届く深さのイメージ',
    '写真は施術から１か月後のもので、結果には個人差があります。',
  ]),
  // 医師・クリニックの経歴と実績（事実の記載）
  ...allowed([
    '2008年　〇〇大学医学部卒業',
    '日本形成外科学会認定　形成外科専門医',
    '日本皮膚科学会認定　皮膚科専門医',
    '所属学会：日本美容外科学会（JSAPS）、日本形成外科学会',
    '医学博士（〇〇大学大学院医学研究科）',
    '麻酔科標榜医（厚生労働大臣許可）',
    '２０２３年１月〜１２月の眼瞼下垂手術件数：３１２件',
    '〇〇大学病院形成外科に10年間勤務した後、2018年に当院を開業しました。',
    '常勤医師２名、看護師６名の体制で診療を行っています。',
    '院長は日本皮膚科学会の会員として、学術集会での発表も行っています。',
  ]),
  ...allowed(['２０２２年の当院における医療脱毛の延べ施術件数は、約４，６００件です。'], {
    support: 'none',
  }),
  // 硬い文語調・カタカナの多い美容表現（中立）
  ...allowed([
    '当院は、地域住民の健康増進に資することを企図し、平成十二年に開設されたものであります。',
    '本治療の適否につきましては、診察の上、医師が判断いたします。',
    'エイジングケアを目的とした自由診療のメニューです。',
    'ハイドレーション（保湿）を目的とした点滴で、効果の感じ方には個人差があります。',
    'リジュビネーションとは、肌の若々しさを取り戻すことを目的とした治療の総称です。',
    '「ノーダウンタイム」と表現されることがありますが、実際には赤みや腫れが出る場合があります。',
  ]),
  ...allowed(['ブースター（導入剤）を併用する場合は、別途５，５００円を申し受けます。'], {
    field: 'price.note',
  }),
  // 形容詞・副詞になりうる語の中立的な使い方
  ...allowed([
    '加齢とともに、皮膚の再生力は少しずつ低下していきます。',
    '患者様の満足度を高めるため、待ち時間の短縮に取り組んでいます。',
    '若返り効果の程度は、年齢や肌の状態によって異なります。',
    'リスクがまったくない治療は存在しません。',
    '確かな診断のため、初診時には血液検査を行います。',
    '圧倒的に多いご相談は、目の下のたるみに関するものです。',
  ]),
  // 害のない数値（時間・回数・料金・文献に基づく持続期間）
  ...allowed(
    [
      '施術時間は約30分（麻酔の時間を除く）です。',
      '抜糸は術後約１週間で行います。',
      'ご予約から施術までは、通常10日前後お待ちいただいております。',
    ],
    { support: 'none' },
  ),
  ...allowed(['通院の目安は、２〜３週間おきに５回程度です。']),
  ...allowed(['効果の持続期間は、一般的に６〜１２か月程度と報告されています。'], {
    field: 'duration.text',
  }),
  ...allowed(
    [
      '料金：１回44,000円（税込）、５回コース198,000円（税込）',
      '麻酔クリームの使用は、１回あたり３，３００円（税込）です。',
      '再診料は1,100円（税込）です。２回目以降のカウンセリングに費用はかかりません。',
    ],
    { field: 'price.note' },
  ),
  // 約束しないこと・行わないことを述べる否定文
  ...allowed([
    '当院では、治療の効果を保証することはできません。',
    '治療の効果には個人差があり、十分な効果を実感できない場合もあります。',
    '痛みがまったくないわけではありませんので、必要に応じて麻酔を使用します。',
    'カウンセリング当日に契約を迫るようなことは一切いたしません。',
    'モニター募集や、口コミの投稿を条件とした割引は行っておりません。',
    '本治療は自由診療のため、健康保険は適用されません。',
    '他院で受けた施術の修正についても、まずは診察の上でご相談ください。',
    '本治療に使用する医薬品は、日本国内では承認されていません。',
    '入手経路：医師の判断のもと、国内の代理店を通じて輸入しています。',
    '当院は再生医療等安全性確保法に基づき、再生医療等提供計画を厚生労働省に提出しています。',
  ]),
  ...allowed(
    [
      '副作用が生じないことをお約束するものではありません。',
      'ダウンタイムがゼロというわけではなく、数日間は赤みが残ることがあります。',
      '国内で承認されている同一成分の医薬品はなく、諸外国での重大なリスクが明らかになっていない可能性があります。',
      '腫れや内出血が１〜２週間ほど続くことがあります。',
      'まれに感染が起こることがあり、その場合は抗菌薬の内服などの処置が必要になります。',
    ],
    { field: 'safety.risks' },
  ),
  // 承認済み製剤・保険診療・美容上の悩みとしての適応
  ...allowed(['使用する製剤は、眉間のしわの治療薬として国内で承認を受けたものです。'], {
    treatment: 'approved-self-pay',
  }),
  ...allowed(['保険診療で行う巻き爪の治療について'], { treatment: 'insurance' }),
  ...allowed(['適応：ほうれい線、マリオネットラインなど、加齢による顔のしわ・くぼみ'], {
    field: 'clinicalApplications',
  }),
]

/**
 * Sentences of this batch the checker does not read as labelled, kept in the evaluation (they
 * count there) and left out of the per-sentence tests, each with the reason.
 */
export const heldoutSeventhKnownMisses: KnownMiss[] = [
  {
    text: '１回の照射で確実にシミが消えます。',
    why: 'Reported as false-claims (a guaranteed result), which by design covers the overlapping efficacy claim the label names.',
  },
  {
    text: '1回で必ず実感できる小顔効果',
    why: 'Reported as false-claims (必ず), which covers the overlapping efficacy claim the label names.',
  },
  {
    text: '【絶対バレない】自然な仕上がりの二重術',
    why: 'Reported as public-order (treatment kept secret from others); 絶対 followed by a negated verb is read as denied, so no false-claims finding.',
  },
  {
    text: '斯界の第一人者たる院長が、自ら執刀いたします。',
    why: '第一人者 is reported as a title that cannot be advertised (qualifications) rather than as superiority.',
  },
  {
    text: '彼を夢中にさせるセクシーなバストへ',
    why: 'セクシー alone is not read as sexual wording (it is common and neutral in beauty copy); エロい and 男性ウケ are.',
  },
  {
    text: '適応：ほうれい線、マリオネットラインなど、加齢による顔のしわ・くぼみ',
    why: 'Labelled acceptable (a cosmetic concern, no disease); the checker asks every listed use of an unapproved 自由診療 treatment for research framing and primary literature, which is the stricter reading.',
  },
]
