/**
 * 比較優良広告 — claiming to be better than other clinics, or the best. Forbidden even when
 * true (a ranking cannot be verified objectively by the reader).
 */
import type { PhraseRule } from '../types'
import { GUIDELINE } from './guideline'

export const superiorityRules: PhraseRule[] = [
  {
    kind: 'phrase',
    id: 'superiority/top-rank',
    category: 'superiority',
    severity: 'error',
    title: '日本一・県内一',
    patterns: [
      // 一 followed by 円/律/部/般/帯/時/度 is another word: 市内一円, 全国一律, 国内一部…
      /(?:日本|世界|業界|県内|府内|都内|道内|市内|区内|町内|地域|国内|全国|東洋|アジア)一(?![円律部般帯時度])/,
      /(?:日本|世界|業界|県内|府内|都内|道内|市内|区内|地域|国内|全国)で?一番/,
    ],
    message:
      '「日本一」「県内一」などの表現は、事実であっても他の医療機関より優れていると示す比較優良広告にあたります。症例数などを示す場合は「2023年の当院での実施件数:〇件」のように自院の客観的な事実だけを記載してください。',
    guideline: GUIDELINE.superiority,
    examples: {
      flagged: [
        '症例数は日本一を誇ります。',
        '県内一の実績を持つ再生医療クリニックです。',
        '世界で一番選ばれている幹細胞治療。',
        '日 本 一の技術力でお応えします。',
      ],
      allowed: [
        '料金は全国一律で、税込で表示しています。',
        '市内一円から送迎バスをご利用いただけます。',
        '国内一部の医療機関で臨床研究が行われています。',
      ],
    },
  },
  {
    kind: 'phrase',
    id: 'superiority/number-one',
    category: 'superiority',
    severity: 'error',
    title: 'No.1・ナンバーワン',
    patterns: [
      /(?<![a-z0-9])no1(?![0-9])/,
      'ナンバーワン',
      /ナンバー1(?![0-9])/,
      /(?:人気|満足度|売上|症例数|ランキング|口コミ|評価)(?:第)?1位/,
      '一番人気',
    ],
    // A journal issue ("Vol.12 No.1", "第3巻 No.1") is bibliographic, not a ranking.
    unless: { before: [/vol[0-9]+/, '巻'] },
    message:
      '「No.1」「ナンバーワン」「ランキング1位」は他の医療機関との比較で優良性を示す比較優良広告にあたります。順位や評価ではなく、治療内容・費用・リスクなど客観的な事実を記載してください。',
    guideline: GUIDELINE.superiority,
    examples: {
      flagged: [
        '地域No.1の症例数。',
        '満足度ＮＯ．１のエクソソーム点滴。',
        '口コミ評価ナンバーワンのクリニックです。',
        '人気ランキング1位の再生医療メニュー。',
      ],
      allowed: [
        '再生医療学会誌 Vol.12 No.1 に掲載された総説を参照しています。',
        '日本人の死因の第1位はがんです。',
        'ステップ1:カウンセリングで治療の流れをご説明します。',
        'IL-1やIL-6などのサイトカインが含まれます。',
      ],
    },
  },
  {
    kind: 'phrase',
    id: 'superiority/best',
    category: 'superiority',
    severity: 'error',
    title: '最高の・最高峰',
    patterns: [
      '最高の',
      '最高峰',
      '最高品質',
      '最高級',
      '最高水準',
      '最上級',
      '最良の',
      /最も(?:優れ|すぐれ|効果的|効果が高|効果の高|信頼|安全)/,
      '最強',
      'トップクラス',
      '他に類を見ない',
    ],
    message:
      '「最高の」「最高峰」などの最上級の表現は比較優良広告にあたります。使用する材料や設備の事実（例:「〇〇の基準に沿って培養しています」）を具体的に記載してください。',
    guideline: GUIDELINE.superiority,
    examples: {
      flagged: [
        '最高の技術で理想の肌へ導きます。',
        '再生医療の最高峰と呼ばれる治療です。',
        '最高品質の培養上清を使用しています。',
        '最も効果的なアンチエイジング治療です。',
      ],
      allowed: [
        '血中濃度が最高値に達するまでの時間は約2時間です。',
        '最大で5回まで投与することがあります。',
        '最も多い副作用は注射部位の痛みです。',
        'ご自身に合った治療法を医師と相談して選ぶことが大切です。',
      ],
    },
  },
  {
    kind: 'phrase',
    id: 'superiority/vs-other-clinics',
    category: 'superiority',
    severity: 'error',
    title: '他院より',
    patterns: [
      /他(?:院|の(?:クリニック|医院|病院|医療機関))(?:よりも?|と比べ|に比べ|と比較して|以上|を圧倒|とは違|とは異なり|とは一線)/,
      /他院では(?:受けられ|うけられ|でき|不可能)/,
      'どこよりも',
    ],
    message:
      '「他院より」「他のクリニックと比べて」のように他の医療機関と比較して優良性を示す表現は比較優良広告にあたります。比較はせず、自院で提供する治療の内容・費用・リスクを記載してください。',
    guideline: GUIDELINE.superiority,
    examples: {
      flagged: [
        '他院よりも低価格で高品質な治療を提供します。',
        '他のクリニックと比べて症例数が多いのが特長です。',
        '他院では受けられない独自の幹細胞治療です。',
        'どこよりも丁寧なカウンセリングを心がけています。',
      ],
      allowed: [
        '他院で治療を受けている方は、受診時にお知らせください。',
        '他の医療機関からの紹介状がなくても受診できます。',
        'セクレトームはエクソソームよりも多くの種類の成分を含みます。',
        '他院との併用については医師にご相談ください。',
      ],
    },
  },
  {
    kind: 'phrase',
    id: 'superiority/only-one',
    category: 'superiority',
    severity: 'error',
    title: '唯一の・当院だけ',
    patterns: ['唯一の', '唯一無二', /(?:日本|国内|県内|世界|地域)で?唯一/, /当院(?:だけ|でしか|のみ)/, 'ここでしか'],
    unless: { after: ['でなく', 'ではなく', 'ならず'] },
    message:
      '「唯一の」「当院だけ」のような表現は他の医療機関との比較で優良性を示す比較優良広告にあたります。自院で提供している治療の内容を、比較せずに記載してください。',
    guideline: GUIDELINE.superiority,
    examples: {
      flagged: [
        '国内で唯一、この治療を提供しているクリニックです。',
        '当院だけのオリジナル培養上清です。',
        '唯一無二の再生医療をご提案します。',
        'この施術は当院でしか受けられません。',
      ],
      allowed: [
        '当院だけでなく、他の医療機関でも同様の治療が行われています。',
        '治療方針は当院の医師が診察のうえ決定します。',
        '予約はお電話またはウェブサイトから受け付けています。',
      ],
    },
  },
]
