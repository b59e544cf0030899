/**
 * 安全性の断定 — safe, painless, free of side effects or risks, said outright or softly
 * (副作用リスクは非常に少ない, 高い安全性が確保された, 拒絶反応なしに); the safety of an
 * unapproved product asserted (海外で安全性が確認されている); and reassurance inside the risk
 * section, which is there to state the risks.
 */
import type { PhraseRule } from '../types'
import { GUIDELINE } from './guideline'

/** The risk section and the overseas-safety disclosure: reassurance there is an error, hedged or not. */
const RISK_SECTIONS = ['safety', 'regulatory.unapproved.overseasSafety']

export const safetyClaimRules: PhraseRule[] = [
  {
    kind: 'phrase',
    id: 'safety-claims/safe',
    category: 'safety-claims',
    severity: 'error',
    title: '安全・安心安全（断定）',
    patterns: [
      '安全 な|だ|です|でし|。|！|!',
      '安全である|安全に受けられる|安全に受けていただける|安全に投与できる|安全に使用できる',
      '安心安全|安全安心|安心・安全|安全・安心',
      '安全性 が|の|は|も? 高い|抜群|確保|保証|証明|実証|確認|確立|折り紙付き|お墨付き|万全',
      '安全性 … 万全',
      '高い|抜群の 安全性',
      // 安全性はすでに確立されています: established as a fact (確立していない is denied by the grammar).
      '安全性 が|は|も … 確立|証明|実証|保証|確保',
      '体にやさしい|体に優しい|体への害',
      // どなたでも安心して受けられる: reassurance about the treatment itself.
      '安心 して|で … 受けられる|受ける|受けていただける|お受けいただける|受診できる|治療できる|施術できる',
    ],
    unless: {
      after: [
        /^[^、。]{0,12}(?:よう|ように|ため|ために)(?:[、,]|に|、|$|丁寧|十分|しっかり)/,
        /^(?:とは|では|性に関する|性の情報|かどうか|を確認|を高め|に配慮|のため|を守|確保法|性確保法)/,
      ],
      sentence: [
        /安全性(?:を|の)(?:確認|確保|評価|検証)(?:する|し|の)?(?:ため|ために)|安全性を確認してから|安全確保法|安全性確保法|安全性の確保等/,
      ],
    },
    exempt: ['checking', 'instruction'],
    message:
      '「安全な治療」「安全性が高い」のように安全性を断定する表現は、リスクや副作用のある医療では誤認を招くため広告できません。主なリスク・副作用を具体的に記載し、安全性については「〜と報告されています（出典）」と根拠を示して書いてください。',
    guideline: GUIDELINE.safety,
  },
  {
    kind: 'phrase',
    id: 'safety-claims/no-harm',
    category: 'safety-claims',
    severity: 'error',
    title: '副作用なし・リスクなし・痛くない',
    patterns: [
      '{HARM}|{PASSING_REACTION}|痛み|ダウンタイム … ない|なし|無し|なく|ありません|ございません|ゼロ|フリー|いらない|いりません|不要|無用|起こりません|起こらない',
      'ノーリスク|リスクフリー|無痛|ノーダウンタイム|ダウンタイムゼロ|ダメージレス',
      // 副作用を惹起せしめる懸念は皆無: none at all, said formally.
      '{HARM}|懸念|心配|不安|おそれ|恐れ|リスク … 皆無',
      // 傷跡が残る心配は一切ありません: a worry ruled out.
      '心配|不安|恐れ|おそれ … ない|ありません|ございません|いらない|いりません|無用|不要',
      // 心配はいりません: read by the dictionary as 心配・入り・ません.
      '心配|不安 はいる ます ん',
      '心配|不安 はいる ない',
      '痛い ない',
      '害 は|が|も? ない|ありません',
    ],
    unless: {
      after: [/^(?:か|かどうか|場合|ように|よう|ため)/],
      sentence: [
        /無痛分娩/,
        // 重大なリスクが明らかになっていない可能性: the risk is unknown, not absent.
        /(?:リスク|副作用|危険性|合併症|有害事象)(?:は|が|も)?(?:まだ|いまだ|未だ)?(?:十分に?)?(?:明らか|わか|分か|知られ|解明され|確認され|確立され)/,
      ],
    },
    exempt: ['checking', 'instruction'],
    message:
      '「副作用なし」「リスクはありません」「痛くない」は、起こりうる副作用やリスクを否定する誤認を招く表現で、広告できません。起こりうる主な副作用（例:注射部位の腫れ・内出血、発熱、アレルギー反応）とその頻度・対処を記載してください。',
    guideline: GUIDELINE.safety,
  },
  {
    kind: 'phrase',
    id: 'safety-claims/played-down',
    category: 'safety-claims',
    severity: 'error',
    title: '副作用・リスクは非常に少ない（軽く見せる）',
    patterns: [
      '{HARM} … {LOW}',
      '体|身体|からだ|お体|お身体|肌|お肌 … 負担 … {LOW}|ない|なく|ありません|かからない|かかりません',
      '{HARM} … 大幅 に? 軽減|低減|減る',
      '{HARM} … 極めて|非常に 低い|少ない|まれ',
      '{HARM} … ほとんど 起こらない|起こりません|起きない|起きません',
      // 腫れはほとんど出ません: a reaction said hardly to occur.
      '{HARM}|{PASSING_REACTION} … ほとんど|ほぼ|まず 出ない|出ません|生じない|生じません|起こらない|起こりません|起きない|起きません',
    ],
    hedged: { severity: 'warning', strictPaths: RISK_SECTIONS },
    // リスクを最小限に抑えるため…: what the clinic does, not a claim about the treatment.
    // …低いとされていますが、ゼロではありません: a reported figure, taken back in the same sentence.
    unless: {
      after: [/^[^、。]{0,10}(?:ため|ように|よう)/],
      sentence: [
        /(?:とされて|と報告されて|と考えられて)[^。]{0,8}(?:が|けれど|ものの)、?[^。]{0,24}(?:ゼロではありません|ゼロではない|ないわけではありません|ないわけではない|否定できません|否定できない)/,
      ],
    },
    message:
      '「副作用リスクは非常に少ない」「リスクが大幅に軽減」のように副作用やリスクを小さく見せる表現は、安全性を断定する誤認を招きます。起こりうる副作用とリスクを具体的に記載し、頻度を示すなら出典を付けてください。リスクの欄では安心させる言い方をせず、事実だけを書いてください。',
    guideline: GUIDELINE.safety,
  },
  {
    kind: 'phrase',
    id: 'safety-claims/reassurance-in-risks',
    category: 'safety-claims',
    severity: 'error',
    title: 'リスク欄での「心配ありません」',
    patterns: [
      '心配 … ない|ありません|いらない|いりません|無用|不要|及びません|及ばない',
      '安心 … ください|いただける|できる',
      // 重いトラブルは一件も起きておりません: the record offered as reassurance.
      '一件|一例|一人 も … 起きる|起こる|出る|発生|報告 … ない|ません|ありません',
      '問題 … ない|ありません',
      '大丈夫|気にする必要',
      '気にする … 必要 は? ない|ありません|ございません',
      // 日常生活への影響はまったくありません / 実際に起こることはありません: ruled out.
      '影響 は|も? まったく|全く|一切 ない|ありません|ございません',
      '起こる こと は|も ない|ありません|ございません',
    ],
    onlyPaths: RISK_SECTIONS,
    message:
      'リスク・副作用の欄で「心配ありません」「問題ありません」と安心させる表現は、リスクの説明を打ち消して誤認を招きます。起こりうることとその対処だけを事実として記載してください。',
    guideline: GUIDELINE.safety,
  },
]
