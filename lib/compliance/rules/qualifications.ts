/**
 * 広告できない専門医・資格 — only specialist qualifications notified to the Ministry (the 日本専門医
 * 機構's and the societies' notified 専門医) may be advertised. 認定医・指導医, titles from
 * associations and academies, made-up specialties (再生医療専門医) and titles like 名医 may not.
 */
import type { PhraseRule } from '../types'
import { GUIDELINE } from './guideline'

/** Specialties whose 専門医 qualification is notified (the prefix before 専門医). */
const NOTIFIED_SPECIALTY =
  /(?:^|(?<=[のはがもをにで、。\s・（(「／/])|(?<=認定|学会))(?:総合内科|内科|外科|小児科|産婦人科|精神科|皮膚科|眼科|耳鼻咽喉科|泌尿器科|整形外科|脳神経外科|形成外科|麻酔科|放射線科|救急科|病理|臨床検査|リハビリテーション科|総合診療|消化器病|循環器|呼吸器|血液|内分泌代謝科|糖尿病|腎臓|肝臓|アレルギー|感染症|老年病|脳神経内科|神経内科|リウマチ|乳腺|心臓血管外科|呼吸器外科|消化器外科|小児外科|気管食道科|大腸肛門病|超音波|細胞診|透析|頭痛|漢方|核医学|生殖医療|婦人科腫瘍|周産期|消化器内視鏡|内分泌外科|美容外科|歯周病|口腔外科|小児歯科|歯科麻酔|歯科放射線|がん薬物療法|心療内科|ペインクリニック|手外科|脊椎脊髄外科|放射線治療|放射線診断|熱傷|集中治療|新生児|小児神経|てんかん|臨床遺伝|輸血|緩和医療|老年精神医学|認知症)$/

export const qualificationRules: PhraseRule[] = [
  {
    kind: 'phrase',
    id: 'qualifications/not-advertisable',
    category: 'qualifications',
    severity: 'error',
    title: '認定医・指導医・団体認定の肩書き',
    patterns: [
      /認定医|指導医|認定(?:どくたー|ドクター|医師)|すぺしゃりすと認定|認定すぺしゃりすと/,
      /(?:協会|あかでみー|アカデミー|研究会|連盟|機構(?<!専門医機構))[^、。]{0,6}認定/,
      /認定[^、。専]{0,12}(?:マイスター|マスター|アドバイザー|インストラクター|トレーナー|コンシェルジュ|カウンセラー)/,
    ],
    message:
      '「〇〇認定医」「指導医」や、協会・アカデミー等が認定した肩書きは、厚生労働省に届出のある専門性資格ではないため広告できません。広告できるのは届出のある団体の「〇〇専門医」です。医師の経歴は、勤務歴や取得した届出資格など客観的な事実で記載してください。',
    guideline: GUIDELINE.qualifications,
  },
  {
    kind: 'phrase',
    id: 'qualifications/unknown-specialty',
    category: 'qualifications',
    severity: 'error',
    title: '届出のない「〇〇専門医」',
    patterns: [/専門医(?!機構)/],
    // Preceded by a notified specialty (形成外科専門医), or by nothing specific (専門医が担当します).
    unless: { before: [NOTIFIED_SPECIALTY, /(?:^|[のはがもをにで、。\s・（(「])$/] },
    message:
      'この「〇〇専門医」は、厚生労働省に届出のある専門性資格の名称ではありません。届出のある資格（例:「日本皮膚科学会認定 皮膚科専門医」）だけを正式名称で記載してください。',
    guideline: GUIDELINE.qualifications,
  },
  {
    kind: 'phrase',
    id: 'qualifications/superlative-title',
    category: 'qualifications',
    severity: 'error',
    title: '名医・カリスマ・第一人者・権威',
    patterns: [
      '名医|スーパードクター|第一人者|権威|スペシャリスト|エキスパート|達人',
      'カリスマ 医師|ドクター|美容外科医|院長',
    ],
    message:
      '「名医」「カリスマドクター」「第一人者」「権威」のような肩書きは、客観的に検証できず他の医師より優れていると誤認させるため広告できません。経歴・届出のある専門医資格など、客観的な事実で記載してください。',
    guideline: GUIDELINE.qualifications,
  },
]
