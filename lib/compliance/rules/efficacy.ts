/**
 * 治療効果の断定 — an outcome stated as certain fact: it disappears, it is cured at the root,
 * it goes back to normal, N years younger, in one session. Said as a report (〜と報告されています)
 * or a possibility it is no assertion (the evidence checks then ask for a citation); fading
 * post-treatment reactions (腫れは数日で消えます) are aftercare information.
 */
import type { PhraseRule } from '../types'
import { GUIDELINE } from './guideline'

const NOT_A_PROMISE = {
  // 腫れや内出血は1〜2週間で消えます: what happens to a side effect.
  sentence: [
    /(?:腫れ|はれ|赤み|あかみ|内出血|むくみ|熱感|かゆみ|発赤|ダウンタイム|かさぶた|注射部位|違和感|あざ|発疹|色素沈着)(?:や|は|が|も|、)/,
  ],
}

export const efficacyRules: PhraseRule[] = [
  {
    kind: 'phrase',
    id: 'efficacy-claims/disappears',
    category: 'efficacy-claims',
    severity: 'error',
    title: '消える・治る・なくなる（断定）',
    patterns: [
      '消える|消す|消せる|消え去る|消し去る|消えうせる|消え失せる|消失|消滅|完治|根治|治る|治す|治せる|よみがえる|蘇る|生まれ変わる|生える|目立たなくなる|すっきり',
      // …がなくなる (disappears), not …かなくなる (no longer does).
      'が|は|も なくなる|無くなる',
      // 根こそぎ改善・跡形もなく消える・目に見えて白くなる: the result asserted whole.
      '根こそぎ|跡形もなく|きれいさっぱり|目に見えて|目に見える … {OUTCOME}|落ちる|減る|白い|細い|なる',
      '進行を止める|進行が止まる|歩けるようになる|予防できる|防げる|防ぐことができる|克服',
      // 再び正座ができるようになります: a lost ability promised back.
      '再び|ふたたび|もう一度 … ように なる',
      '再び|ふたたび|もう一度 … まで に? 回復',
      // 確かな若返り効果 / 若返りを確実ならしめる: the result vouched for.
      '確か な|だ {OUTCOME}|若返り|効果',
      '{OUTCOME}|若返り を|が 確実 なる しめる',
      // 免疫力が高まり…: a body function said to rise.
      '免疫力|免疫機能|自然治癒力|代謝 が|を|も? 高まる|高める|上がる|上げる|アップ|向上',
      // 効果は医学的に証明されています: proof claimed.
      '効果|有効性|効能|効き目 … 証明|実証|立証',
      // 〜の痛みから解放されます: freed from the symptom.
      '痛み|痛|症状|かゆみ|不調|疲れ|薄毛|シミ|しわ|たるみ|ニキビ … から 解放',
      // 施術直後から効果を実感: an immediate result promised.
      '直後から|直後に|すぐに|即日|当日から … 効果|実感|変化|{OUTCOME}',
    ],
    unless: NOT_A_PROMISE,
    exempt: ['hedged', 'checking', 'instruction'],
    message:
      '「シミが消える」「治る」「生まれ変わる」のように治療の結果を事実として言い切る表現は、効果を断定する誇大広告にあたります。「〜の改善が報告されています（出典）」のように根拠を示し、効果には個人差があることを併記してください。',
    guideline: GUIDELINE.efficacy,
  },
  {
    kind: 'phrase',
    id: 'efficacy-claims/root-cause',
    category: 'efficacy-claims',
    severity: 'error',
    title: '根本的に解決・正常に戻す',
    patterns: [
      '根本的に|根本から|根本より … 解決|改善|治す|治る|治療|取り除く|解消|断ち切る|断つ|絶つ|なくす|消す|一掃',
      '正常|元通り|元 … 戻す|戻る',
      '若い頃 … 戻す|戻る|取り戻す',
      '本来 の? … 回復|戻す|戻る|取り戻す|取り戻せる',
      '# 年前 … 取り戻す|戻る',
    ],
    exempt: ['hedged', 'checking', 'instruction'],
    message:
      '「根本的に解決」「正常に戻す」のように、治療で病気や状態が元に戻ると言い切る表現は効果を断定する誇大広告にあたります。治療の目的と、報告されている効果の範囲を出典とともに記載してください。',
    guideline: GUIDELINE.efficacy,
  },
  {
    kind: 'phrase',
    id: 'efficacy-claims/removes-condition',
    category: 'efficacy-claims',
    severity: 'error',
    title: '症状を解消する・老化を食い止める（断定）',
    patterns: [
      '{CONDITION} を|が|も … 解消|食い止める|取り除く|除く|なくす|消し去る|撃退|一掃|ストップ',
      // 薄毛の悩み、当院の治療で解消します: the condition named as a heading, then removed.
      '{CONDITION} 、 … 解消|撃退|一掃',
      '{REGAINED} … 取り戻す|取り戻せる',
    ],
    unless: NOT_A_PROMISE,
    exempt: ['hedged', 'checking', 'instruction'],
    message:
      '「疲労感を解消します」「老化を食い止めます」のように、症状や老化がなくなると言い切る表現は効果を断定する誇大広告にあたります。治療の目的と、報告されている効果の範囲を出典とともに記載し、効果には個人差があることを併記してください。',
    guideline: GUIDELINE.efficacy,
  },
  {
    kind: 'phrase',
    id: 'efficacy-claims/becomes',
    category: 'efficacy-claims',
    severity: 'error',
    title: '小顔になる・美肌になれる（断定）',
    // むくみが取れて小顔になります: the look itself promised (むくみ here is what is treated, so
    // the side-effect reading of NOT_A_PROMISE does not apply).
    patterns: ['小顔|美肌|美白肌|細身|くびれ|二重 に なる|なれる'],
    // 小顔になりたい方へ: what the reader wishes for.
    unless: { after: [/^(?:たい|たく|たけれ|ため|ように|よう)/] },
    exempt: ['hedged', 'checking', 'instruction'],
    message:
      '「小顔になります」「美肌になれます」のように、治療で見た目が必ず変わると言い切る表現は効果を断定する誇大広告にあたります。期待できる変化の範囲を出典とともに記載し、効果には個人差があることを併記してください。',
    guideline: GUIDELINE.efficacy,
  },
  {
    kind: 'phrase',
    id: 'efficacy-claims/effective',
    category: 'efficacy-claims',
    severity: 'error',
    title: '効果的です・有効です（断定）',
    patterns: ['効果的|有効 です|である|。|！|!'],
    exempt: ['hedged', 'checking', 'instruction'],
    message:
      '「〜に効果的です」「有効です」と治療の効果を事実として言い切る表現は、効果を断定する誇大広告にあたります。どのような研究でどの程度の効果が報告されているかを出典とともに記載し、効果には個人差があることを併記してください。',
    guideline: GUIDELINE.efficacy,
  },
  {
    kind: 'phrase',
    id: 'efficacy-claims/numeric-promise',
    category: 'efficacy-claims',
    severity: 'error',
    title: '〇歳若返る・1回で・〇%が実感',
    patterns: [
      '# 歳 … 若い|若く|若返る|若返り',
      'マイナス # 歳',
      /-\s?[0-9]+歳/,
      '1回で|一回で|1度で|一度で|1回の|一度の … 、? … {OUTCOME}|目立たなくなる|なれる|変わる|なくなる|消失|落ちる|減る',
      'たった|わずか # 回|度 で',
      // 打つだけで引き締まる・飲むだけで落ちる: the result promised for no more than the act.
      '@動詞 だけ で 、? … {OUTCOME}|落ちる|減る|引き締まる|細くなる|なる',
      'たった一度|たった1回|たった一回 で|の … {OUTCOME}|変わる|なれる',
      '# %|割|パーセント … 効果を実感|効果|改善|満足|実感',
      '# 倍 … アップ|なる|増える',
      '# か月|ヶ月|カ月|ヵ月|週間|日 … で … 生える|消える|若返る|治る|痩せる|なくなる|変わる|細い|減る|落ちる|下がる',
    ],
    unless: {
      sentence: [/と(?:の)?報告|試験では|研究では|(?:腫れ|赤み|内出血|むくみ|ダウンタイム)/],
    },
    exempt: ['hedged', 'checking', 'instruction'],
    message:
      '「10歳若返る」「1回でシミが消える」「90%が効果を実感」のように、数字で効果を約束する表現は誇大広告にあたります。数字を示すなら研究の条件と出典を明記し、効果には個人差があることを併記してください。',
    guideline: GUIDELINE.efficacy,
  },
]
