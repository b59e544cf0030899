/**
 * Every wording rule of the checker, one file per family. To see what a family forbids, read its file:
 *   false-claims.ts    虚偽広告          必ず治る, 絶対（ゼッタイ）, 100%, 誰でも, 不老不死
 *   superiority.ts     比較優良広告      日本一, No.1, 最高の, 他院より, 唯一, 優れた・優位性
 *   exaggeration.ts    誇大広告          顕著・劇的・圧倒的・大幅に, 奇跡・画期的・完璧, 不安をあおる表現
 *   efficacy.ts        治療効果の断定    消える・治る, 根本的に解決・正常に戻す, 〇歳若返る・1回で
 *   safety-claims.ts   安全性の断定      安全です, 副作用なし, リスクは非常に少ない, リスク欄の「心配ありません」
 *   endorsement.ts     公的な承認の誤認  厚労省認可, FDA承認, 学会推奨（未承認なのに）
 *   insurance.ts       保険適用の誤認    保険が使える, 保険診療と同じ料金（自由診療なのに）
 *   testimonials.ts    体験談・写真      患者様の声, 「〜でした」（40代女性）, 説明のないビフォーアフター
 *   public-order.ts    公序良俗          容姿をおとしめる言葉, 保護者の同意なし
 *   price-led.ts       品位（費用）      今だけ, 初回限定, お試し価格, 半額, キャンペーン
 *   incentives.ts      品位（誘引）      ポイント, プレゼント, 紹介特典
 *   celebrity.ts       著名人の推薦      芸能人・モデルが通う
 *   qualifications.ts  専門医・資格      認定医, 届出のない〇〇専門医, 名医・第一人者
 *   disclosure.ts      限定解除          費用・期間・回数・リスク・副作用・連絡先・未承認の5項目
 *   evidence.ts        根拠・未承認の適応（文をまたぐ確認は ../claims.ts）
 *   unapproved-use.ts  未承認の適応      〜に適応があります, 【適応疾患】（未承認の自由診療の本文）
 */
import type { PhraseRule, RequirementRule, Rule } from '../types'
import { celebrityRules } from './celebrity'
import { disclosureRules } from './disclosure'
import { efficacyRules } from './efficacy'
import { endorsementRules } from './endorsement'
import { exaggerationRules } from './exaggeration'
import { falseClaimRules } from './false-claims'
import { incentiveRules } from './incentives'
import { insuranceRules } from './insurance'
import { priceLedRules } from './price-led'
import { publicOrderRules } from './public-order'
import { qualificationRules } from './qualifications'
import { safetyClaimRules } from './safety-claims'
import { superiorityRules } from './superiority'
import { testimonialRules } from './testimonials'
import { unapprovedUseRules } from './unapproved-use'

export const phraseRules: PhraseRule[] = [
  ...falseClaimRules,
  ...superiorityRules,
  ...exaggerationRules,
  ...efficacyRules,
  ...safetyClaimRules,
  ...endorsementRules,
  ...insuranceRules,
  ...testimonialRules,
  ...publicOrderRules,
  ...priceLedRules,
  ...incentiveRules,
  ...celebrityRules,
  ...qualificationRules,
  ...unapprovedUseRules,
]

export const requirementRules: RequirementRule[] = disclosureRules

export const rules: Rule[] = [...phraseRules, ...requirementRules]
