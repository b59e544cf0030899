/**
 * 限定解除 — what a page advertising a 自由診療 must carry, and the five extra disclosures for
 * an unapproved drug or device (2024年3月改正). Checked on the treatment itself, or on every
 * treatment an article compares. Examples are values an editor might type into the field.
 */
import type { RequirementRule } from '../types'
import { GUIDELINE } from './guideline'

const EMPTY_TEXT = ['', '   ', '未定']

export const disclosureRules: RequirementRule[] = [
  {
    kind: 'requirement',
    id: 'disclosure/treatment-content',
    category: 'disclosure',
    severity: 'error',
    title: '治療等の内容',
    appliesTo: 'self-pay',
    subject: 'treatment',
    item: '治療等の内容',
    fields: ['summary', 'definition', 'administration'],
    valueType: 'text',
    message:
      '自由診療の限定解除要件である「治療等の内容」が記載されていません。「概要（summary）」または「定義（definition）」に、どのような治療かを具体的に入力してください。',
    guideline: GUIDELINE.disclosure,
    examples: {
      flagged: ['', '   ', '準備中'],
      allowed: [
        'ご自身の脂肪から採取した幹細胞を培養し、その培養上清を点滴で投与する治療です。',
        '培養上清から精製したエクソソームを、皮膚に注入する治療です。',
        '1回あたり約30分の点滴で投与します。',
      ],
    },
  },
  {
    kind: 'requirement',
    id: 'disclosure/price',
    category: 'disclosure',
    severity: 'error',
    title: '標準的な費用',
    appliesTo: 'self-pay',
    subject: 'treatment',
    item: '標準的な費用',
    fields: ['price.minJpy', 'price.maxJpy'],
    valueType: 'number',
    message:
      '自由診療の限定解除要件である「標準的な費用」が記載されていません。「価格」の最低額・最高額（price.minJpy / price.maxJpy）に、通常必要となる費用の範囲を税込の円で入力してください。',
    guideline: GUIDELINE.disclosure,
    examples: {
      flagged: ['', '0', '応相談'],
      allowed: ['33000', '165000', '550000'],
    },
  },
  {
    kind: 'requirement',
    id: 'disclosure/period',
    category: 'disclosure',
    severity: 'error',
    title: '治療期間',
    appliesTo: 'self-pay',
    subject: 'treatment',
    item: '治療期間',
    fields: ['course.period'],
    valueType: 'text',
    message:
      '自由診療の限定解除要件である「治療期間」が記載されていません。「治療期間（course.period）」に、通常必要となる期間の目安（例:約3か月）を入力してください。',
    guideline: GUIDELINE.disclosure,
    examples: {
      flagged: EMPTY_TEXT,
      allowed: ['約3か月', '6か月（2週間ごとに通院）', '初回から効果判定まで約12週間'],
    },
  },
  {
    kind: 'requirement',
    id: 'disclosure/sessions',
    category: 'disclosure',
    severity: 'error',
    title: '治療回数',
    appliesTo: 'self-pay',
    subject: 'treatment',
    item: '治療回数',
    fields: ['course.sessions'],
    valueType: 'text',
    message:
      '自由診療の限定解除要件である「治療回数」が記載されていません。「回数（course.sessions）」に、通常必要となる回数（例:3〜5回）を入力してください。',
    guideline: GUIDELINE.disclosure,
    examples: {
      flagged: ['', '-', 'TBD'],
      allowed: ['3回', '通常5〜6回（2〜4週間間隔）', '1回（必要に応じて追加）'],
    },
  },
  {
    kind: 'requirement',
    id: 'disclosure/risks',
    category: 'disclosure',
    severity: 'error',
    title: '主なリスク',
    appliesTo: 'self-pay',
    subject: 'treatment',
    item: '主なリスク',
    fields: ['safety.risks'],
    valueType: 'text',
    message:
      '自由診療の限定解除要件である「主なリスク」が記載されていません。「リスク（safety.risks）」に、感染・アレルギー反応など起こりうる主なリスクを入力してください。',
    guideline: GUIDELINE.disclosure,
    examples: {
      flagged: ['', 'なし', '未定'],
      allowed: [
        '感染、内出血、アレルギー反応が起こる可能性があります。',
        '培養上清に含まれる成分の長期的な影響は十分に分かっていません。',
        '注射部位に感染が起こることがあります。',
      ],
    },
  },
  {
    kind: 'requirement',
    id: 'disclosure/side-effects',
    category: 'disclosure',
    severity: 'error',
    title: '主な副作用',
    appliesTo: 'self-pay',
    subject: 'treatment',
    item: '主な副作用',
    fields: ['safety.sideEffects'],
    valueType: 'text',
    message:
      '自由診療の限定解除要件である「主な副作用」が記載されていません。「副作用（safety.sideEffects）」に、発熱・注射部位の腫れなど主な副作用を入力してください。',
    guideline: GUIDELINE.disclosure,
    examples: {
      flagged: ['', '  ', '-'],
      allowed: [
        '投与後に一時的な発熱やだるさが出ることがあります。',
        '注射部位の腫れ、赤み、内出血が数日続くことがあります。',
        'まれに頭痛や吐き気が起こることがあります。',
      ],
    },
  },
  {
    kind: 'requirement',
    id: 'disclosure/contact',
    category: 'disclosure',
    severity: 'error',
    title: '問い合わせ先',
    appliesTo: 'self-pay',
    subject: 'site',
    item: '問い合わせ先',
    fields: ['phone', 'email', 'url'],
    valueType: 'text',
    message:
      '自由診療の限定解除要件である「問い合わせ先」が記載されていません。サイト設定の「連絡先」に電話番号・メールアドレス・問い合わせページのURLのいずれか（contact.phone / contact.email / contact.url）を入力してください。',
    guideline: GUIDELINE.disclosure,
    examples: {
      flagged: EMPTY_TEXT,
      allowed: ['03-1234-5678', 'info@clinic.example.jp', 'https://clinic.example.jp/contact'],
    },
  },
  {
    kind: 'requirement',
    id: 'disclosure/unapproved-notice',
    category: 'disclosure',
    severity: 'error',
    title: '未承認医薬品等であること',
    appliesTo: 'unapproved',
    subject: 'treatment',
    item: '未承認医薬品等であること',
    fields: ['regulatory.unapproved.notice'],
    valueType: 'text',
    message:
      '未承認医薬品等を用いる治療には「未承認医薬品等であること」の明示が必要です。「未承認である旨（regulatory.unapproved.notice）」に、使用する医薬品等が医薬品医療機器等法上の承認を受けていないことを入力してください。',
    guideline: GUIDELINE.unapprovedDisclosure,
    examples: {
      flagged: EMPTY_TEXT,
      allowed: [
        '本治療で使用する培養上清は、医薬品医療機器等法上の承認を受けていない未承認医薬品等です。',
        '使用するエクソソーム製剤は国内で承認されていません。',
        '本治療は未承認医薬品等を用いた自由診療です。',
      ],
    },
  },
  {
    kind: 'requirement',
    id: 'disclosure/unapproved-how-obtained',
    category: 'disclosure',
    severity: 'error',
    title: '入手経路等',
    appliesTo: 'unapproved',
    subject: 'treatment',
    item: '入手経路等',
    fields: ['regulatory.unapproved.howObtained'],
    valueType: 'text',
    message:
      '未承認医薬品等を用いる治療には「入手経路等」の明示が必要です。「入手経路（regulatory.unapproved.howObtained）」に、製造元や医師の判断による輸入・院内調製などの入手方法を入力してください。',
    guideline: GUIDELINE.unapprovedDisclosure,
    examples: {
      flagged: EMPTY_TEXT,
      allowed: [
        '国内の細胞培養加工施設で製造されたものを、医師の責任のもと購入しています。',
        '当院の医師の判断により、海外の製造元から個人輸入しています。',
        '当院の細胞培養加工施設で調製しています。',
      ],
    },
  },
  {
    kind: 'requirement',
    id: 'disclosure/unapproved-domestic-equivalent',
    category: 'disclosure',
    severity: 'error',
    title: '国内の承認医薬品等の有無',
    appliesTo: 'unapproved',
    subject: 'treatment',
    item: '国内の承認医薬品等の有無',
    fields: ['regulatory.unapproved.domesticEquivalent'],
    valueType: 'text',
    message:
      '未承認医薬品等を用いる治療には「国内の承認医薬品等の有無」の明示が必要です。「国内の承認医薬品等（regulatory.unapproved.domesticEquivalent）」に、同一の成分・性能をもつ国内承認品があるかどうかを入力してください。',
    guideline: GUIDELINE.unapprovedDisclosure,
    examples: {
      flagged: EMPTY_TEXT,
      allowed: [
        '同一の成分や性能を有する国内承認医薬品等はありません。',
        '国内で承認されている同等の医薬品はありません。',
        '同じ目的で承認されている国内の医薬品はありません。',
      ],
    },
  },
  {
    kind: 'requirement',
    id: 'disclosure/unapproved-overseas-safety',
    category: 'disclosure',
    severity: 'error',
    title: '諸外国における安全性等に係る情報',
    appliesTo: 'unapproved',
    subject: 'treatment',
    item: '諸外国における安全性等に係る情報',
    fields: ['regulatory.unapproved.overseasSafety'],
    valueType: 'text',
    message:
      '未承認医薬品等を用いる治療には「諸外国における安全性等に係る情報」の明示が必要です。「諸外国での安全性情報（regulatory.unapproved.overseasSafety）」に、海外での承認状況や重大なリスクの報告の有無を入力してください。',
    guideline: GUIDELINE.unapprovedDisclosure,
    examples: {
      flagged: EMPTY_TEXT,
      allowed: [
        '米国・欧州を含む主要国で承認されている国はなく、安全性に関する十分な情報はありません。',
        '海外では臨床試験が行われていますが、承認には至っていません。',
        '諸外国で重大な副作用の報告は確認されていませんが、長期の安全性は確立されていません。',
      ],
    },
  },
  {
    kind: 'requirement',
    id: 'disclosure/unapproved-relief-system',
    category: 'disclosure',
    severity: 'error',
    title: '医薬品副作用被害救済制度の対象外であること',
    appliesTo: 'unapproved',
    subject: 'treatment',
    item: '医薬品副作用被害救済制度の対象外であること',
    fields: ['regulatory.unapproved.reliefSystem'],
    valueType: 'text',
    message:
      '未承認医薬品等を用いる治療には「医薬品副作用被害救済制度の対象外であること」（重い副作用が起きても公的な救済を受けられないこと）の明示が必要です。「救済制度（regulatory.unapproved.reliefSystem）」に入力してください。',
    guideline: GUIDELINE.unapprovedDisclosure,
    examples: {
      flagged: EMPTY_TEXT,
      allowed: [
        '万一重篤な副作用が起きた場合でも、医薬品副作用被害救済制度の対象にはなりません。',
        '本治療は医薬品副作用被害救済制度の救済対象外です。',
        '国の医薬品副作用被害救済制度による救済は受けられません。',
      ],
    },
  },
]
