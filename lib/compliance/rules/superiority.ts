/**
 * 比較優良広告 — better than other clinics, or the best: forbidden even when true. Also
 * superiority said without 最 or No.1 (優れた, 優位性, 他院とは比較にならない).
 */
import type { PhraseRule } from '../types'
import { GUIDELINE } from './guideline'

const REPORTED = { sentence: [/と(?:の)?報告|試験では|研究では|群(?:と|に)比べ|群より/] }

export const superiorityRules: PhraseRule[] = [
  {
    kind: 'phrase',
    id: 'superiority/top-rank',
    category: 'superiority',
    severity: 'error',
    title: '日本一・地域で一番',
    patterns: [
      /(?:日本|世界|業界|県内|府内|都内|道内|市内|区内|町内|地域|国内|全国|東洋|アジア|関東|関西|九州)\s?一(?![円律部般帯時度定])/,
      /(?:日本|世界|業界|県内|府内|都内|道内|市内|区内|地域|国内|全国|関東|関西)で?(?:一番|いちばん|1番)/,
      /(?:業界|地域|国内|県内|都内|日本|世界|全国|えりあ)(?:で|の)*(?:随一|屈指|有数|指折り|とっぷ(?!ぺーじ))/,
      /(?:数ある|多くの|全国の)[^、。]{0,10}(?:中で|なかで)[^、。]{0,8}(?:最も|一番|いちばん)/,
    ],
    message:
      '「日本一」「地域で一番」などの表現は、事実であっても他の医療機関より優れていると示す比較優良広告にあたります。実績を示すなら「2023年の当院での実施件数:〇件」のように自院の客観的な事実だけを記載してください。',
    guideline: GUIDELINE.superiority,
  },
  {
    kind: 'phrase',
    id: 'superiority/number-one',
    category: 'superiority',
    severity: 'error',
    title: 'No.1・ランキング1位',
    patterns: [
      /(?<![a-z0-9])no\s?\.?\s?1(?![0-9])/,
      /なんばーわん|なんばー1(?![0-9])/,
      /(?:人気|満足度|売上|症例数|ランキング|口コミ|評価|実績)(?:で|の)?(?:第)?1位/,
      '一番 人気',
    ],
    // A journal issue ("Vol.12 No.1", "第3巻 No.1") is bibliographic, not a ranking.
    unless: { before: [/vol\s?\.?\s?[0-9]+\s?,?\s?$|巻\s?,?\s?$/] },
    message:
      '「No.1」「ナンバーワン」「ランキング1位」は他の医療機関との比較で優良性を示す比較優良広告にあたります。順位や評価ではなく、治療内容・費用・リスクなど客観的な事実を記載してください。',
    guideline: GUIDELINE.superiority,
  },
  {
    kind: 'phrase',
    id: 'superiority/best',
    category: 'superiority',
    severity: 'error',
    title: '最高・最上級',
    patterns: [
      '最高 !値|血中|濃度|気温|血圧|血糖',
      '最高峰|最高級|最高品質|最高水準|最上級|最良|最強|最善',
      '最も|もっとも|一番 優れる|効果|効く|信頼|安全|選ぶ|選ばれる|人気|実績',
      'トップクラス|トップレベル|パイオニア|先駆者|草分け|最大級|最大規模|屈指|有数',
      '他に類を見ない|右に出る|追随を許さない|追随を許しません',
    ],
    unless: REPORTED,
    message:
      '「最高の」「最も効果的」「トップクラス」などの最上級の表現は比較優良広告にあたります。使用する材料や設備の事実（例:「〇〇の基準に沿って培養しています」）を具体的に記載してください。',
    guideline: GUIDELINE.superiority,
  },
  {
    kind: 'phrase',
    id: 'superiority/vs-others',
    category: 'superiority',
    severity: 'error',
    title: '他院より・他院とは比較にならない',
    patterns: [
      '{OTHERS} … 比較にならない|比べものにならない|比べ物にならない|負けない|及ばない',
      '{OTHERS} … より|比べる|比較|違う|異なる|一線|上回る|勝る|勝つ|差|追随',
      '{OTHERS} … 満足できなかった|満足できない|効果がなかった|効果のなかった|効果が出なかった|感じられなかった|実感できなかった|感じられない|実感できない',
      // 他院では断られた症例も、当院なら: the others refused, so this clinic is better.
      '{OTHERS} … 断る|断られる|見放す|見放される',
      // 他院で「無理」と言われた方も: the others gave up, so this clinic is better.
      '{OTHERS} … 無理|難しい|不可能|できない 」? と 言う れる た 方',
      '{OTHERS} … では受けられない|では受けられません|ではできない|では不可能|真似のできない|真似できない|まねできない|真似のできません',
      'どこよりも|どこにも負けない|ほかでは真似|他では真似|ほかでは受けられない|他では受けられない',
      '{OTHERS} の # 倍',
      '{OTHERS} の 半分|半額|倍|数倍',
      '{COMPETITOR}|大学病院|大病院|専門病院|大手 … 負けない|劣らない|引けを取らない|ひけをとらない|比較にならない|比べものにならない|比べ物にならない',
      // 一般的な美容外科よりも: other clinics named generically.
      '他|他の|ほかの|一般的な|一般の|通常の|普通の|よその {COMPETITOR} … より|よりも|比べる|比べて|比較 、? … 優れる|勝る|勝つ|上回る|高い|良い|負けない|違う',
    ],
    message:
      '「他院より」「他院とは比較にならない」のように他の医療機関と比べて優れていると示す表現は比較優良広告にあたります。比較はせず、自院で提供する治療の内容・費用・リスクを記載してください。',
    guideline: GUIDELINE.superiority,
  },
  {
    kind: 'phrase',
    id: 'superiority/only-one',
    category: 'superiority',
    severity: 'error',
    title: '唯一・当院だけ',
    patterns: ['唯一', '当院だけ|当院のみ|ここだけ', '当院でしか|ここでしか|他では … ない|ません'],
    unless: { after: [/^(?:で|に)?(?:なく|はなく|ならず|でなく|ではなく)/] },
    message:
      '「唯一の」「当院だけ」のような表現は他の医療機関との比較で優良性を示す比較優良広告にあたります。自院で提供している治療の内容を、比較せずに記載してください。',
    guideline: GUIDELINE.superiority,
  },
  {
    kind: 'phrase',
    id: 'superiority/superior',
    category: 'superiority',
    severity: 'error',
    title: '優れた・優位性',
    patterns: ['優れる|すぐれる|優位性|優位|勝る|まさる|上回る|群を抜く|一線を画す|一線を画する'],
    unless: { ...REPORTED, after: [/^(?:(?:て|で)(?:いる|いない)|である|だ|な)?(?:か|かどうか)/] },
    message:
      '「優れた」「優位性がある」「上回る」のように他の治療や医療機関より優れていると示す表現は、比較優良広告・誇大広告にあたります。何がどう違うのかを、比較した研究の出典とともに客観的に記載してください。',
    guideline: GUIDELINE.superiority,
  },
]
