/**
 * Safety claims — asserting that a treatment is safe, painless or free of side effects and
 * risks, or that the state approved an unapproved treatment. Every treatment has risks; the
 * page must state them instead.
 */
import type { PhraseRule } from '../types'
import { GUIDELINE } from './guideline'

/** Quantifiers that make "no side effects" even stronger: ほとんどない, 一切ない. */
const NONE = '(?:ほとんど|一切|まったく|全く)?(?:ない|なし|無し|無い|ありません|ございません|ゼロ|0(?![0-9]))'
/** A check, not a claim: 副作用がないか確認します / 痛みがない場合でも. */
const CHECKING = [/か(?!ら)/, '場合']

export const safetyClaimRules: PhraseRule[] = [
  {
    kind: 'phrase',
    id: 'safety-claims/safe',
    category: 'safety-claims',
    severity: 'error',
    title: '安全（断定）',
    // Only 安全 used as a claim (安全な／安全です／安心・安全…). 「安全性」 on its own —
    // 安全性に関する情報, 安全性が確立されていない — is the vocabulary of honest disclosure.
    patterns: [
      /安全(?:な|です|でした|だ(?!け)|で(?!は|な)|。|!|$|かつ|性が高|性の高|に受けられ|にうけられ)/,
      /安全に(?:投与|施術|治療|使用)(?:でき|可能|が可能)/,
      '安心安全',
      '安全安心',
    ],
    // The risk section and the overseas-safety disclosure talk about safety by design.
    skipPaths: ['safety', 'regulatory.unapproved.overseasSafety'],
    message:
      '「安全な治療」「安全です」のように安全性を断定する表現は、リスクや副作用のある医療では誤認を招くため広告できません。主なリスク・副作用を具体的に記載し、安全性については「〜と報告されています（出典）」と根拠を示して書いてください。',
    guideline: GUIDELINE.exaggeration,
    examples: {
      flagged: [
        '当院の幹細胞治療は安全です。',
        '自己由来の細胞を使うため安全な治療です。',
        '安心・安全な再生医療をご提供します。',
        '安全性の高い培養上清のみを使用しています。',
        '自己由来の成分なので安全に投与できます。',
      ],
      allowed: [
        '安全性に関する情報は、下記の「リスク・副作用」をご確認ください。',
        '長期的な安全性はまだ確立されていません。',
        '安全な治療とは言い切れない点もあります。',
        '安全に配慮し、無菌環境で細胞を培養しています。',
        '安全に治療を行うため、事前に血液検査を行います。',
      ],
    },
  },
  {
    kind: 'phrase',
    id: 'safety-claims/no-side-effects',
    category: 'safety-claims',
    severity: 'error',
    title: '副作用なし',
    patterns: [new RegExp(`副作用(?:が|は|も|の|の心配が|の心配は|の心配も|の心配)?${NONE}`), '副作用フリー'],
    unless: { after: CHECKING },
    message:
      '「副作用なし」「副作用の心配はありません」は誤認を招く表現で、広告できません。起こりうる主な副作用（例:注射部位の腫れ・内出血、発熱、アレルギー反応）とその頻度・対処を記載してください。',
    guideline: GUIDELINE.falseAd,
    examples: {
      flagged: [
        '自分の細胞を使うので副作用はありません。',
        '副作用なしで若返りが期待できます。',
        '副作用の心配がない治療です。',
        '副作用が一切ない点滴療法。',
      ],
      allowed: [
        '副作用がないわけではありません。',
        '主な副作用として、注射部位の腫れや内出血があります。',
        '投与後は副作用がないか30分間経過を観察します。',
        '重い副作用が起きた場合は、速やかに当院へご連絡ください。',
      ],
    },
  },
  {
    kind: 'phrase',
    id: 'safety-claims/painless',
    category: 'safety-claims',
    severity: 'error',
    title: '痛くない・痛みなし',
    patterns: [/痛く(?:ない|ありません|なかった)/, new RegExp(`痛み(?:が|は|も|の|の心配が|の心配は)?${NONE}`), /無痛(?!分娩)/],
    unless: { after: CHECKING },
    message:
      '「痛くない」「痛みなし」のような表現は、感じ方に個人差がある中で誤認を招くため広告できません。施術中・施術後に痛みや違和感が出ることがあること、麻酔などの対処を記載してください。',
    guideline: GUIDELINE.exaggeration,
    examples: {
      flagged: [
        '注射はほとんど痛くないのでご安心ください。',
        '痛みのない点滴治療です。',
        '麻酔を使うので痛みはありません。',
        '無痛で受けられる再生医療。',
      ],
      allowed: [
        '注射の際に痛みを感じることがあります。',
        '痛みがないとは言い切れません。',
        '施術後に痛みがないか、翌日お電話で確認します。',
        '痛みの感じ方には個人差があります。',
      ],
    },
  },
  {
    kind: 'phrase',
    id: 'safety-claims/no-risk',
    category: 'safety-claims',
    severity: 'error',
    title: 'リスクなし',
    patterns: [new RegExp(`リスク(?:が|は|も|の)?${NONE}`), 'ノーリスク', new RegExp(`危険性?(?:が|は|も|の)?${NONE}`)],
    unless: { after: CHECKING },
    message:
      '「リスクなし」「ノーリスク」は医療では事実に反し、広告できません。感染、内出血、アレルギー反応など起こりうる主なリスクを具体的に記載してください。',
    guideline: GUIDELINE.falseAd,
    examples: {
      flagged: [
        'ノーリスクで受けられるアンチエイジング。',
        '自己細胞なので感染のリスクはありません。',
        'リスクなしで若返りを目指せます。',
        '危険性は一切ありません。',
      ],
      allowed: [
        'リスクがないわけではありません。',
        '主なリスクとして感染、内出血、アレルギー反応があります。',
        'リスクの有無を診察で確認します。',
        'アレルギーのリスクがないか、事前に問診で確認します。',
      ],
    },
  },
  {
    kind: 'phrase',
    id: 'safety-claims/approval-claim',
    category: 'safety-claims',
    severity: 'error',
    title: '国が認めた（未承認なのに）',
    patterns: [
      /国(?:が|の|に)(?:認め|認可|承認|お墨付き)/,
      /(?:厚生労働省|厚労省)(?:が|の|に)?(?:認め|認可|承認|お墨付き)/,
      '承認済み',
      '認可済み',
      '国内承認',
      /公的に(?:認め|承認)/,
    ],
    // The five unapproved-drug disclosures talk about approval status by design.
    skipPaths: ['regulatory'],
    unless: {
      after: [
        /を?(?:受けて|得て)(?:いな|おりませ|いませ)/,
        /(?:を受けた|された)?(?:もの|治療|医薬品|製剤)?では(?:ない|ありません|ございません)/,
        /されて(?:いな|おりませ|いませ)/,
      ],
    },
    onlyWhen: 'unapproved-treatment',
    message:
      'この治療（または比較している治療）は国内で未承認です。「国が認めた」「厚労省認可」「承認済み」のような表現は虚偽広告にあたります。未承認医薬品等であることと、その入手経路・国内の承認医薬品等の有無・諸外国での安全性情報・救済制度の対象外であることを記載してください。',
    guideline: GUIDELINE.falseAd,
    examples: {
      flagged: [
        '厚生労働省が認めた成分を使用しています。',
        '国の認可を受けた治療法です。',
        '承認済みの製剤を使用しているので安心です。',
        '厚労省認可の施設で製造しています。',
      ],
      allowed: [
        '本治療に用いる培養上清は、国内で承認された医薬品ではありません。',
        '厚生労働省の承認を受けていない未承認医薬品等を使用します。',
        '再生医療等提供計画を厚生労働大臣に提出しています。',
        '国が認めた治療法ではありません。',
      ],
    },
  },
]
