/**
 * 誇大広告 — overstating: degree words about a result (顕著, 劇的, 圧倒的, 飛躍的, 大幅に),
 * miracle words, "groundbreaking", and copy that plays on fear or despair to make people book.
 */
import type { PhraseRule } from '../types'
import { GUIDELINE } from './guideline'

export const exaggerationRules: PhraseRule[] = [
  {
    kind: 'phrase',
    id: 'exaggeration/degree',
    category: 'exaggeration',
    severity: 'error',
    title: '顕著・劇的・圧倒的・飛躍的・大幅に',
    patterns: [
      '{DEGREE} … {BENEFIT}|{OUTCOME}|若々しい|肌|少ない|向上|高める|変わる|サポート|促す|働きかける|アプローチ',
      '{BENEFIT}|{OUTCOME} … {DEGREE}',
      // 大幅に遅らせる・飛躍的に高める: a degree word on the verb of the effect.
      '{DEGREE} に @動詞',
      '見違える|激変|段違い|桁違い|次元の違う|劇的|飛躍的',
      '驚き の 体験|効果|変化',
    ],
    // 体重が大幅に減少した場合は受診を: a warning sign, not a promise; a report of a study is not a boast.
    unless: { sentence: [/場合は|ときは|時は|と(?:の)?報告|試験では|研究では/] },
    exempt: ['instruction'],
    message:
      '「顕著な」「劇的に」「圧倒的」「飛躍的に」「大幅に」のような程度を強める表現は、効果を誇張する誇大広告にあたります。報告されている変化を数値と出典で示し、効果には個人差があることを併記してください。',
    guideline: GUIDELINE.exaggeration,
  },
  {
    kind: 'phrase',
    id: 'exaggeration/miracle',
    category: 'exaggeration',
    severity: 'error',
    title: '奇跡・夢の・画期的・究極',
    patterns: [
      '奇跡|驚異|神業|ゴッドハンド|神の手|画期的|革命的|究極|極上|至高|完全無欠|完璧|パーフェクト|魔法|即効|効果てきめん',
      '夢の|夢みたい|夢のよう … 治療|施術|点滴|若返り|美肌|効果|技術',
      '確か な 効果|結果',
      'ウソ|うそ|嘘|魔法|夢 の よう|ように',
      'みるみる|見る見る',
      '驚く|驚き ほど|くらい|ばかり',
    ],
    message:
      '「奇跡の」「夢の治療」「画期的」「完璧な」「即効」のような表現は、治療の内容や効果を誇張する誇大広告にあたります。どのような治療で、どの程度の効果が報告されているかを根拠とともに記載してください。',
    guideline: GUIDELINE.exaggeration,
  },
  {
    kind: 'phrase',
    id: 'exaggeration/emotional-appeal',
    category: 'exaggeration',
    severity: 'error',
    title: '不安や諦めにつけ込む表現',
    patterns: [
      '諦める|あきらめる … あなた|貴方|方|人|皆様|必要',
      '最後の望み|最後の選択肢|最後の砦|手遅れ|取り返しがつかない',
      // このシワ、あきらめていませんか？: resignation named to sell.
      /(?:諦|あきら)め(?:て|ちゃって|かけて)?(?:い)?(?:ませんか|ないか)/,
      '悩み|コンプレックス … から 解放',
      '人生 … 変わる',
      'もう悩まない|もう悩まなくて|悩まなくていい|悩む必要はありません|悩む必要はない|悩む必要もありません',
      '自信 … 満ちる|取り戻す',
      'チャンス … 逃す|逃さない|逃さず',
      'お見逃しなく|見逃せない',
      '放置|放っておく|このまま|そのまま … ば|と|たら 、? … 一生|どんどん|手遅れ|取り返し|寝たきり|命に関わる|命にかかわる',
      '取り返し が|の つく ない',
      // 放置すると将来歩けなくなる: a lost ability foretold (将来、変形することがあります is information).
      '放置|放っておく|このまま … ば|と|たら 、? … 将来|いずれ 、? … なくなる',
      'もう 手術|薬|通院|メス … 必要ない|必要ありません|いらない|いりません|不要',
      // 今すぐ治療しないと、10年後にきっと後悔します: regret foretold to whoever waits.
      '治療|施術|受診|対策|ケア する? ない と 、? … 後悔|手遅れ',
    ],
    undeniable: true,
    message:
      '「諦めかけていたあなたへ」「手遅れになる前に」「人生が変わる」のように、不安や諦めの気持ちに訴えて受診を促す表現は誇大広告にあたります。治療の内容、期待できることと限界、リスクを落ち着いた言葉で記載してください。',
    guideline: GUIDELINE.anxiety,
  },
  {
    kind: 'phrase',
    id: 'exaggeration/cutting-edge',
    category: 'exaggeration',
    severity: 'warning',
    title: '最先端・最新鋭（宣伝として）',
    patterns: ['最先端|最新鋭', '次世代 の? 治療|医療|再生医療'],
    // Describing research ("最先端の研究では…") is fine; selling the treatment as 最先端 is not.
    unless: { after: [/^の?(?:研究|分野|領域|知見|技術開発)/] },
    message:
      '治療や設備を「最先端」「最新鋭」と宣伝する表現は誇大広告となるおそれがあります。研究の動向を説明する文脈でなければ、導入時期や機器名など客観的な事実に置き換えてください。',
    guideline: GUIDELINE.exaggeration,
  },
]
