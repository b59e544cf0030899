/**
 * Every rule of the checker. To see which words are forbidden, read the file of the category:
 *   false-claims.ts   虚偽広告        絶対安全, 必ず治る, どんな症例でも, 100%, 不老不死
 *   superiority.ts    比較優良広告    日本一, No.1, 最高の, 他院より, 唯一の
 *   exaggeration.ts   誇大広告        確実に, 画期的, 究極の, 奇跡の, 最先端, 効果抜群
 *   safety-claims.ts  安全性の断定    安全です, 副作用なし, 痛くない, リスクなし, 国が認めた
 *   price-led.ts      費用の強調      今だけ, 半額, キャンペーン, 期間限定, モニター募集+割引
 *   testimonials.ts   体験談・写真    体験談, 患者様の声, ビフォーアフター
 *   disclosure.ts     限定解除        費用・期間・回数・リスク・副作用・連絡先・未承認の5項目
 *   evidence.ts       根拠            出典のない効果の記述、商業サイトだけの出典
 */
import type { PhraseRule, RequirementRule, Rule } from '../types'
import { disclosureRules } from './disclosure'
import { evidenceRules } from './evidence'
import { exaggerationRules } from './exaggeration'
import { falseClaimRules } from './false-claims'
import { priceLedRules } from './price-led'
import { safetyClaimRules } from './safety-claims'
import { superiorityRules } from './superiority'
import { testimonialRules } from './testimonials'

export const phraseRules: PhraseRule[] = [
  ...falseClaimRules,
  ...superiorityRules,
  ...exaggerationRules,
  ...safetyClaimRules,
  ...priceLedRules,
  ...testimonialRules,
  ...evidenceRules,
]

export const requirementRules: RequirementRule[] = disclosureRules

export const rules: Rule[] = [...phraseRules, ...requirementRules]

export {
  disclosureRules,
  evidenceRules,
  exaggerationRules,
  falseClaimRules,
  priceLedRules,
  safetyClaimRules,
  superiorityRules,
  testimonialRules,
}
