/**
 * Held-out batch 8: copy from clinics other than aesthetic ones — dental (インプラント,
 * ホワイトニング, 矯正), orthopedic and regenerative (PRP, 幹細胞 for 膝), IV therapy (高濃度
 * ビタミンC, NAD+), hair (AGA), ED and GLP-1 diet medicine — with statistics and rankings in
 * disguise, payment plans and offers, refund guarantees, rhetorical questions and calls to action,
 * and claims reported from doctors, media or authorities; plus compliant counterparts (dated counts
 * with a source, neutral loan and refund wording, pressure-free consultations, insurance wording).
 * Written before the rules were read, run once before any change: 58 of its 71 must-flag
 * sentences were caught (81.7 %) and none of its 57 must-pass sentences was flagged. The rules
 * were then generalised (corpus/eighth-round.ts); the sentences still read differently from
 * their labels are listed below.
 */
import { allowed, error, flagged, warning, type CorpusCase, type KnownMiss } from './types'

export const heldoutEighthFlagged: CorpusCase[] = [
  // 比較優良広告 — rankings, "largest", "only", disguised as statistics.
  ...flagged(
    [error('superiority')],
    [
      '地域最大級の設備を誇るインプラントセンターで、難しい症例にも対応します。',
      '県内で唯一、自己脂肪由来幹細胞による膝の再生医療を受けられるクリニックです。',
      '近隣の歯科医院からの紹介率No.1、地域の先生方にも信頼されています。',
      'AGA治療の症例数は業界トップクラス、累計５万件を突破しました。',
      '地域の皆さまに選ばれ続けて10年、信頼度ナンバーワンの矯正歯科です。',
      '他院で「インプラントは無理」と断られた方も、当院の技術なら治療が可能です。',
      '全国でも屈指の点滴メニュー数を揃えた、日本最大級の点滴療法クリニックです。',
    ],
  ),
  // 虚偽広告 — absolute or impossible promises, including guarantees backed by refunds.
  ...flagged(
    [error('false-claims')],
    [
      '必ず発毛します。半年で効果がなければ治療費を全額返金いたします。',
      '一生抜けない、絶対に失敗しないインプラント治療をお約束します。',
      '一度の注射で、すり減った膝の軟骨が完全に元どおりに再生します。',
      'GLP-1ダイエットなら、誰でも100％リバウンドせずに痩せられます。',
      '当院のホワイトニングは、二度と色が戻ることはありません。',
    ],
  ),
  // 誇大広告 — sensational or fear-inducing wording, doctors "amazed".
  ...flagged(
    [error('exaggeration')],
    [
      '医師も驚くほどの回復力を引き出す、奇跡の再生医療です。',
      '膝の痛みを放置していると、一生歩けなくなるかもしれません。手遅れになる前にご相談を。',
      '歯周病を放っておくと、歯を失うだけでなく命に関わる病気を招きます。今すぐ検診を！',
      '薄毛で悩んでいませんか？このままでは数年後には取り返しがつかなくなります。',
      '打つだけでみるみる痩せる、魔法のようなダイエット注射が登場しました。',
      '疲れ知らずの体を手に入れる、驚異の若返り点滴です。',
    ],
  ),
  // 効果の断定
  ...flagged(
    [error('efficacy-claims')],
    [
      'PRP注射を受ければ、長年の膝の痛みがすっきり消えます。',
      '高濃度ビタミンC点滴で免疫力が高まり、風邪をひかない体になります。',
      'お薬を飲み始めて３か月で、髪がしっかり生えそろいます。',
      'マウスピース矯正で、ガタガタの歯並びがきれいにまっすぐ整います。',
      'NAD+点滴で細胞が若返り、慢性的な疲れが解消されます。',
      'ED治療薬を服用すれば、自信を取り戻せます。',
    ],
  ),
  // 安全性の断定
  ...flagged(
    [error('safety-claims')],
    [
      '静脈内鎮静法を用いるため、インプラント手術の痛みはまったくありません。',
      'GLP-1は副作用のない安全なお薬ですので、初めての方でも安心です。',
      '当院のホワイトニングは歯を一切傷つけない、安全な方法です。',
      '点滴は体にやさしく、どなたでもリスクなく受けていただけます。',
    ],
  ),
  ...flagged(
    [error('safety-claims')],
    [
      'ご自身の血液から作るため、副作用の心配はほとんどありません。',
      '内服薬のみの治療なので、体への負担やリスクは特にございません。',
    ],
    { field: 'safety.risks' },
  ),
  // 公的機関の認可・推奨をほのめかす
  ...flagged(
    [error('official-endorsement')],
    [
      '厚生労働省に認められた、安心の幹細胞治療です。',
      '国も推奨している最先端の高濃度ビタミンC点滴療法を受けられます。',
      '日本医師会推薦のダイエット点滴プログラムです。',
      '厚労省お墨付きの再生医療で、膝の悩みを根本から解決しましょう。',
    ],
  ),
  // 自由診療を保険適用であるかのように示す
  ...flagged(
    [error('insurance')],
    [
      'AGA治療も保険が使えるので、毎月の負担を抑えて続けられます。',
      '保険証をお持ちいただければ、ホワイトニングも３割負担で受けられます。',
      'GLP-1ダイエットは健康保険の適用対象です。',
    ],
  ),
  // 体験談・口コミ評価・満足度
  ...flagged(
    [error('testimonials')],
    [
      'Googleの口コミ評価★4.9、たくさんの患者さまから高い評価をいただいています。',
      '患者満足度98％！「通ってよかった」の声が当院の自慢です。',
      'インプラントにしてから、お肉もせんべいも何でも噛めるようになったと嬉しいお声が届いています。',
      '【利用者の声】「半年で８キロ減って、健康診断の数値もよくなりました」（４０代男性）',
    ],
  ),
  // 術前術後写真 — no explanation of treatment, cost or risks on the page.
  ...flagged(
    [error('before-after')],
    [
      '【症例写真】ホワイトニング施術前／３回施術後の比較をご覧ください。',
      'AGA治療 開始前と６か月後の頭頂部写真',
      '矯正前・矯正後の歯並びの変化を写真で紹介しています。',
    ],
    { details: false },
  ),
  // 費用を強調した広告
  ...flagged(
    [error('price-led')],
    [
      '【初回限定】GLP-1ダイエット１か月分が通常29,800円のところ9,800円！',
      '今月中のご予約で、オフィスホワイトニングが半額になります。',
      'インプラント１本９８，０００円の激安価格でご提供中です。',
      'AGA治療を始めるなら今！初月0円キャンペーンは今週末まで。',
      'モニター募集中！NAD+点滴をモニター価格50％OFFで受けられます。受けないと損！',
      '月々たったの２，９８０円で、理想の歯並びが手に入ります。今すぐ予約！',
    ],
  ),
  // 物品・金銭・ポイントによる誘引
  ...flagged(
    [error('incentives')],
    [
      'お友だちをご紹介いただくと、お二人にそれぞれ5,000円分のAmazonギフト券をプレゼント。',
      '矯正治療をご契約の方全員に、電動歯ブラシを差し上げます。',
      '点滴１回ごとに１０％のポイントを還元、次回の治療にご利用いただけます。',
      '治療後にアンケートへご回答いただいた方へ３，０００円キャッシュバック！',
      'LINE友だち登録で、ED治療薬の処方時にQUOカードをお送りします。',
    ],
  ),
  // 著名人の利用・推薦
  ...flagged(
    [error('celebrity')],
    [
      'プロ野球選手も通う、膝と肘の再生医療クリニックです。',
      '人気YouTuberも実際に受けたGLP-1ダイエットを、当院でもご用意しています。',
      '有名女優も愛用しているホワイトニングと同じ方法で施術します。',
    ],
  ),
  // 届出のない資格・称号
  ...flagged(
    [error('qualifications')],
    [
      '院長は審美歯科専門医として、多くの治療を手がけてきました。',
      'AGA専門医が一人ひとりに合った発毛プランをご提案します。',
      '点滴療法専門医の資格を持つ医師が担当します。',
      '日本抗加齢医学会専門医による、エイジングケア外来です。',
    ],
  ),
  // 未承認の自由診療に疾患名を適応として記載
  ...flagged(
    [error('unapproved-use')],
    [
      '幹細胞治療の対象疾患：変形性膝関節症、半月板損傷、関節リウマチ',
      'NAD+点滴の適応：慢性疲労症候群、うつ病、パーキンソン病',
      '高濃度ビタミンC点滴：がん、アトピー性皮膚炎、慢性疲労',
    ],
    { field: 'clinicalApplications' },
  ),
  ...flagged(
    [error('unapproved-use')],
    ['エクソソーム点滴は、脳梗塞の後遺症やアルツハイマー型認知症の治療としても行っています。'],
  ),
  // 効果・持続期間の数値に論文の裏付けがない
  ...flagged(
    [warning('evidence')],
    ['PRP注射の効果は約１２か月持続します。', '当院の発毛実感率は96.5％です。'],
    { support: 'clinic' },
  ),
  ...flagged(
    [warning('evidence')],
    [
      'NAD+点滴で疲労感が平均40％軽減したというデータがあります。',
      '３か月で平均７．２kgの減量を達成しています。',
    ],
    { support: 'none' },
  ),
  ...flagged([warning('evidence')], ['効果の持続期間：約２〜３年（個人差があります）'], {
    field: 'duration.text',
    support: 'none',
  }),
]

export const heldoutEighthAllowed: CorpusCase[] = [
  // Factual counts and clinic information.
  ...allowed([
    '2023年1月から12月までに当院で実施したインプラント埋入手術は１２０件でした（当院調べ）。',
    '2022年4月〜2023年3月の期間に、当院ではPRP療法を８５件行いました。',
    '当院は１９９８年に開院し、地域の歯科診療を行っています。',
    '診療時間は平日９時から１８時、土曜日は１３時までです。',
    'ご予約はお電話またはWEB予約フォームから承ります。',
    '駐車場は５台分ございます。',
    'キャンセルの際は、前日までにご連絡ください。',
    'カウンセリングは約30分で、医師が直接担当します。',
    '初診時には問診とレントゲン撮影を行います。',
    'オンライン診療にも対応しており、処方したお薬はご自宅へ配送します。',
    'ED治療薬の処方には、医師の診察が必要です。',
    '友人やご家族とご一緒のご来院も歓迎しています。',
  ]),
  // Consultations and questions without pressure.
  ...allowed([
    '無料カウンセリングを行っています。ご相談のみでも構いません。',
    'カウンセリング当日に契約をお決めいただく必要はありません。',
    '歯並びについて気になることがあれば、お気軽にご相談ください。',
    '膝の痛みが続く場合は、まず整形外科で診察を受けることをおすすめします。',
    '抜け毛が気になり始めたら、早めに医療機関へご相談ください。',
    'インプラントが適さない場合には、ブリッジや入れ歯など他の治療法もご提案します。',
    '体重管理については食事療法と運動療法を基本とし、必要に応じて薬物療法を検討します。',
    '治療効果や必要な期間には個人差があります。',
    '当院では、治療前に費用の総額を書面でご説明しています。',
  ]),
  // Payment, loans and refunds stated neutrally.
  ...allowed([
    '医療ローンをご利用いただけます。審査がありますので、詳しくは受付でお尋ねください。',
    'お支払いは現金のほか、各種クレジットカードと分割払いに対応しています。',
    '月々のお支払い額は、治療費の総額と分割回数によって異なります。',
    '医療ローンを利用した場合、分割手数料が加わるため支払総額は一括払いより多くなります。',
    '施術前のキャンセルは全額返金いたします。施術後の返金には応じかねますのでご了承ください。',
    'コース途中で解約される場合は、未施術分から所定の手数料を差し引いて返金いたします。',
    'ホワイトニングは自由診療のため、費用は全額自己負担となります。',
    'インプラント治療の費用は、１本あたり３５万〜４５万円（税込）です。',
    '本治療は保険診療の対象外です。',
    'ED治療は保険適用外の自由診療です。',
  ]),
  ...allowed(
    [
      '価格はすべて税込表示です。',
      '再診料として別途１，１００円がかかります。',
      '点滴１回16,500円（税込）。初回のみ、血液検査代5,500円が別途必要です。',
      '分割払いの回数は３回から６０回までお選びいただけます。',
    ],
    { field: 'price.note' },
  ),
  // Insurance wording for insurance-covered treatments.
  ...allowed(
    [
      'むし歯や歯周病の治療には健康保険が適用されます。',
      '変形性膝関節症に対するヒアルロン酸の関節内注射は、保険診療で行っています。',
      '高血圧症や脂質異常症の治療は保険診療で行っています。',
      '禁煙外来は、一定の条件を満たす場合に健康保険が適用されます。',
      '当院は厚生労働省の定める施設基準を満たした保険医療機関です。',
    ],
    { treatment: 'insurance' },
  ),
  // Qualifications that may be advertised.
  ...allowed([
    '院長は日本整形外科学会認定の整形外科専門医です。',
    '日本皮膚科学会認定 皮膚科専門医が診察を担当します。',
    '日本歯周病学会認定の歯周病専門医が在籍しています。',
  ]),
  // Required disclosures for unapproved self-pay treatments, and sourced statements.
  ...allowed([
    '高濃度ビタミンC点滴は、国内で承認された効能・効果に基づく治療ではありません。',
    'GLP-1受容体作動薬を美容・痩身目的で使用することは、国内では承認されていない用途です。',
    '未承認医薬品等を用いた治療は、医薬品副作用被害救済制度の対象外となります。',
    '入手経路：医師の判断のもと、個人輸入により入手しています。',
    '国内では、同一の成分や性能を有する承認医薬品はありません。',
    '諸外国における安全性等に係る情報：重大なリスクが明らかになっていない可能性があります。',
    '本治療は、再生医療等安全性確保法に基づき、特定認定再生医療等委員会の審査を経て厚生労働省に計画を提出しています。',
    '日本整形外科学会の診療ガイドラインでは、変形性膝関節症に対して運動療法が推奨されています。',
    'ホワイトニング後の色の戻りには個人差があり、定期的なメンテナンスをおすすめしています。',
    '写真の症例：４０代女性、オフィスホワイトニング３回、費用総額６６，０００円（税込）、一時的に知覚過敏が出ることがあります。',
  ]),
  ...allowed(
    [
      '主な副作用として、吐き気、便秘、下痢、低血糖などがあります。',
      '施術後、数日間は注射部位に痛みや腫れが出ることがあります。',
      'フィナステリドでは、性欲減退や肝機能障害などの副作用が報告されています。',
    ],
    { field: 'safety.risks' },
  ),
  ...allowed(['マウスピース矯正の治療期間は、一般的に１年半から２年半程度です。'], {
    field: 'duration.text',
  }),
]

/**
 * Sentences of this batch the checker does not read as labelled, kept in the evaluation (they
 * count there) and left out of the per-sentence tests, each with the reason.
 */
export const heldoutEighthKnownMisses: KnownMiss[] = [
  {
    text: '一度の注射で、すり減った膝の軟骨が完全に元どおりに再生します。',
    why: 'Reported as efficacy-claims: the corpus labels 完全に with a result as an efficacy claim (「ひざの痛みは完全に消失します」), not as a guarantee.',
  },
  {
    text: 'マウスピース矯正で、ガタガタの歯並びがきれいにまっすぐ整います。',
    why: '整う names both what a treatment is for (歯並びを整える治療) and its result; it is not read as a claim on its own.',
  },
  {
    text: 'ED治療薬を服用すれば、自信を取り戻せます。',
    why: 'Reported as exaggeration (an appeal to regained confidence) rather than as an efficacy claim.',
  },
]
