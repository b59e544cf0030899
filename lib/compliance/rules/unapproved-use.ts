/**
 * 未承認医薬品等の適応 in running text: a summary or FAQ answer that names the diseases an
 * unapproved 自由診療 treatment is "indicated" for (〜に適応がございます, 【適応疾患】…). The
 * clinical-application rows are checked with their references in ../claims.ts.
 */
import type { PhraseRule } from '../types'
import { UNAPPROVED_USE } from './evidence'

export const unapprovedUseRules: PhraseRule[] = [
  {
    kind: 'phrase',
    id: 'unapproved-use/indication-in-text',
    category: 'unapproved-use',
    severity: 'error',
    title: '適応疾患・〜に適応があります（未承認の自由診療）',
    patterns: [
      '適応疾患|適応症|適応症状',
      '適応 が|も|と? ある|ござる|なる|いたす',
      // 変形性関節症の治療としてご利用いただけます: offered as the treatment of a disease.
      '治療 として も? ご? 利用|使用|提供|おすすめ|お勧め|行う|実施',
    ],
    // 適応外, 適応となるかどうか, 適応となる方は診察で…: eligibility, decided by the doctor.
    unless: { after: [/^[^、。]{0,3}(?:外|方|患者|かどうか|か(?:は|を|も)?(?:判断|診察|確認))/] },
    exempt: ['hedged', 'checking', 'instruction'],
    onlyWhen: ['unapproved-treatment', 'self-pay'],
    message: UNAPPROVED_USE.message,
    guideline: UNAPPROVED_USE.guideline,
  },
]
