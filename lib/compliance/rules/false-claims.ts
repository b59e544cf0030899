/**
 * 虚偽広告 — what medicine cannot promise: a guaranteed result, 100 %, "anyone", eternal youth.
 * Absolute words count in any script (必ず・かならず・カナラズ, 絶対・ゼッタイ): the analyser reads
 * them as one word. An instruction to the patient (必ず医師の診察を受けてください) is no promise.
 */
import type { PhraseRule } from '../types'
import { GUIDELINE } from './guideline'

export const falseClaimRules: PhraseRule[] = [
  {
    kind: 'phrase',
    id: 'false-claims/guaranteed-result',
    category: 'false-claims',
    severity: 'error',
    title: '必ず・絶対に（結果の保証）',
    patterns: [
      '絶対|必ず|確実|間違いなく … {OUTCOME}|薄く|目立たなく|痩せる|やせる',
      '絶対|必ず … 後悔させない|後悔しない',
      '絶対|必ず|確実 … 失敗しない|失敗しません|失敗のない',
      '失敗しない … 若返り|治療|施術|仕上がり|約束',
      '失敗知らず|失敗ゼロ|失敗なし|失敗率ゼロ',
      // リバウンドは絶対にありません: a bad outcome ruled out absolutely.
      '{HARM}|リバウンド|再発|失敗|後戻り|傷跡 … 絶対|決して … ない|ありません|ございません|起こらない|起こりません|しない|しません',
      /(?:効果|結果|満足)(?:を|は)?[^、。]{0,6}(?:100|百)(?:%|ぱーせんと)?(?:保証|お約束|約束)/,
      /(?:全員|皆様|皆さま|みなさま)(?:が|に|、)?[^。]{0,16}(?:実感|効果|変化|満足|改善)/,
    ],
    exempt: ['instruction'],
    message:
      '「必ず」「絶対に」「確実に」のように結果を保証する表現は、医学上あり得ないため虚偽広告にあたります。期待できる効果の範囲を根拠（出典）とともに記載し、効果には個人差があることを併記してください。',
    guideline: GUIDELINE.falseAd,
  },
  {
    kind: 'phrase',
    id: 'false-claims/absolute-word',
    category: 'false-claims',
    severity: 'error',
    title: '絶対（どの書き方でも）',
    patterns: ['絶対 !禁忌|安静|的|条件|数|値|量|に|服用|厳守|避ける|しない|守る'],
    exempt: ['instruction'],
    message:
      '「絶対」（ゼッタイ・ぜったい）は効果や安全性を断定する言葉として、医療広告では虚偽・誇大広告になります。言い切らずに、期待できることと限界を具体的に記載してください。',
    guideline: GUIDELINE.falseAd,
  },
  {
    kind: 'phrase',
    id: 'false-claims/hundred-percent',
    category: 'false-claims',
    severity: 'error',
    title: '100%',
    patterns: [/(?<![0-9.])(?:100|百)(?:%|ぱーせんと)/],
    // A concentration or composition ("100%培養上清", "濃度100%") is a measurement, not a promise.
    unless: {
      before: [/(?:濃度|純度|含有率|配合率|上清|上清液|原液|天然|成分)(?:は|が)?$/],
      after: [/^(?:の)?(?:培養上清|濃度|原液|純度|由来|配合|含有|使用|天然|果汁|ヒト)/],
    },
    message:
      '成功率・満足度・効果などを「100%」とする表現は医学上あり得ず、虚偽広告にあたります。数値を示す場合は調査期間・対象・出典を明記してください。濃度や含有率の表示であればそのように書いてください（例:「培養上清を100%使用」）。',
    guideline: GUIDELINE.falseAd,
  },
  {
    kind: 'phrase',
    id: 'false-claims/never-fails',
    category: 'false-claims',
    severity: 'error',
    title: '再発率0%・失敗しない〇〇',
    patterns: [
      // 再発率は0%: a bad outcome said never to happen, as a rate.
      /(?:再発|失敗|合併症|副作用|感染|りばうんど|トラブル|とらぶる)(?:の)?(?:発生)?率(?:は|が|も)?[^、。0-9]{0,4}(?:(?<![0-9.])0(?:\.0+)?(?:%|ぱーせんと)|ぜろ)/,
      // 失敗しない二重整形: "never fails" used as a selling attribute of the treatment.
      // (失敗しないために・失敗しないように・失敗しないこと: a purpose or advice, no promise.)
      '失敗しない !ため|よう|こと|コツ|ポイント|方法 @名詞',
    ],
    // 失敗しないクリニック選び: advice on choosing, not a promise about the treatment.
    unless: { after: [/^[^、。]{0,8}(?:選び|選ぶ|えらび|選択|見極め)/] },
    message:
      '「再発率0%」「失敗しない〇〇」のように、悪い結果が起こらないと言い切る表現は医学上あり得ず、虚偽広告にあたります。起こりうる再発・合併症とその頻度（出典）、対処を記載してください。',
    guideline: GUIDELINE.falseAd,
  },
  {
    kind: 'phrase',
    id: 'false-claims/unsupported-rate',
    category: 'false-claims',
    severity: 'error',
    title: '根拠のない満足度・成功率',
    patterns: [
      /(?:満足度|成功率|改善率|リピート率)[^、。0-9]{0,4}[0-9]{2,4}(?:%|ぱーせんと)/,
      /[0-9]{2,4}(?:%|ぱーせんと)の(?:満足度|成功率|改善率)/,
    ],
    // A survey stated with its size or period is data; 「アンケートで」 alone is not.
    unless: { sentence: [/n ?=|[0-9]+(?:名|人|件)|[0-9]{4}年|報告|試験|研究/] },
    message:
      '調査方法や対象の示されない満足度・成功率は、客観的に検証できないため虚偽広告にあたります。数値を載せるなら調査の時期・対象・方法・出典を明記するか、削除してください。',
    guideline: GUIDELINE.falseAd,
  },
  {
    kind: 'phrase',
    id: 'false-claims/anyone',
    category: 'false-claims',
    severity: 'error',
    title: 'どんな症例でも・誰でも',
    patterns: [
      'どんな|どのような|いかなる … 症例|症状|病状|方|人|肌|肌質|ケース|薄毛 … でも|にも … {OUTCOME}|成功|対応',
      '誰|どなた|皆様|みなさま|全員 … でも|にも|が … {OUTCOME}|効く|実感',
      '年齢に関係なく|年齢を問わず … 誰|どなた|{OUTCOME}',
      'すべての方|全ての方|すべての人|全ての人|あらゆる方|あらゆる人 … {OUTCOME}|効く|実感|おすすめ|お勧め',
      '万能',
    ],
    exempt: ['instruction'],
    message:
      '「どんな症例でも」「誰にでも効く」のように適応や効果を無条件に約束する表現は虚偽広告にあたります。適応となる条件、適応とならない方（禁忌）、効果に個人差があることを記載してください。',
    guideline: GUIDELINE.falseAd,
  },
  {
    kind: 'phrase',
    id: 'false-claims/immortality',
    category: 'false-claims',
    severity: 'error',
    title: '不老不死・効果が一生続く',
    patterns: [
      '不老不死|不老長寿|半永久',
      '永遠の若さ',
      '老化を止める|老化が止まる|老化をストップ',
      '老化 そのもの … 止める|止まる|ストップ',
      '年を取らない|歳を取らない|年をとらない|歳をとらない',
      '二度と … 老けない|老けません|老けることはない',
      '効果 が|は? 永久|永遠|一生',
      '永久|永遠|一生 に? 続く|持続|もつ|持つ',
      // ムダ毛が一生生えてこなくなります: never coming back, promised.
      '永久|永遠|一生|生涯|二度と … 生える て? くる? ない|ません',
      '永久|永遠|一生|生涯|二度と … 再発 する? ない|ません',
      '永久|永遠|一生|生涯|二度と … 戻る こと は|も? ない|ありません|ございません',
    ],
    message:
      '「不老不死」「効果が一生続く」のような表現は医学上あり得ず、虚偽広告にあたります。期待できる変化とその持続期間の目安（例:「6〜12か月程度とされています」）を、根拠とともに記載してください。',
    guideline: GUIDELINE.falseAd,
  },
]
