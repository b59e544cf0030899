/** The public surface of lib/compliance. */
import { describe, expect, it } from '@jest/globals'

import * as compliance from '@/lib/compliance'
import { canSubmit, checkDocument, rules, summarize, type Finding } from '@/lib/compliance'
import {
  article,
  citation,
  contact,
  paragraph,
  reference,
  richText,
  treatment,
  unapprovedTreatment,
} from './fixtures'

describe('lib/compliance API', () => {
  it('exports checkDocument, summarize and the rules', async () => {
    expect(typeof compliance.checkDocument).toBe('function')
    expect(typeof compliance.summarize).toBe('function')
    expect(Array.isArray(compliance.rules)).toBe(true)
    expect(compliance.rules.length).toBeGreaterThanOrEqual(40)
  })

  it('a finding carries rule, severity, path, span, message and guideline section', async () => {
    const [finding] = await checkDocument({
      collection: 'treatments',
      doc: treatment({ summary: '当院は日本一の実績です。' }),
      siteContact: contact,
    })
    expect(finding).toEqual({
      ruleId: 'superiority/top-rank',
      category: 'superiority',
      severity: 'error',
      path: 'summary',
      span: { text: '日本一', start: 3, end: 6 },
      message: expect.stringContaining('比較優良広告'),
      guideline: '医療広告ガイドライン 第3の1(2) 比較優良広告',
    })
  })

  it('summarize() counts errors and warnings; canSubmit() is false while errors remain', async () => {
    const findings = await checkDocument({
      collection: 'treatments',
      doc: treatment({
        summary: '最先端の治療で、副作用はありません。肌の再生を促進します。',
        references: [],
      }),
      siteContact: contact,
    })
    expect(summarize(findings)).toEqual({ errors: 1, warnings: 2 })
    expect(canSubmit(findings)).toBe(false)
    expect(canSubmit(findings.filter((f) => f.severity === 'warning'))).toBe(true)
    expect(summarize([])).toEqual({ errors: 0, warnings: 0 })
  })

  it('findings come in document order', async () => {
    const doc = article({
      title: '最高の再生医療',
      lead: '今だけの比較記事',
      body: richText(paragraph('日本一の症例数。'), paragraph('ビフォーアフターも掲載。')),
    })
    const findings = await checkDocument({
      collection: 'articles',
      doc,
      treatments: [treatment(), unapprovedTreatment()],
      siteContact: contact,
    })
    expect(findings.map((f: Finding) => [f.path, f.ruleId])).toEqual([
      ['title', 'superiority/best'],
      ['lead', 'price-led/limited'],
      ['body', 'superiority/top-rank'],
    ])
  })

  it('testimonials are an error even when every compared treatment discloses content, price and risks', async () => {
    // The guideline forbids patients' accounts of a treatment's effect outright; 限定解除 does not lift it.
    const doc = article({ body: richText(paragraph('治療を受けた方の体験談を紹介します。')) })
    const complete = await checkDocument({
      collection: 'articles',
      doc,
      treatments: [treatment(), unapprovedTreatment()],
      siteContact: contact,
    })
    expect(
      complete.filter((f) => f.category === 'testimonials').map((f) => [f.ruleId, f.severity]),
    ).toEqual([['testimonials/patient-voice', 'error']])
    const noTreatments = await checkDocument({
      collection: 'articles',
      doc: article({ compares: [], body: doc.body }),
      siteContact: contact,
    })
    expect(noTreatments.map((f) => f.ruleId)).toContain('testimonials/patient-voice')
  })

  it('before/after on a treatment page needs its own content, price and risks', async () => {
    const summary = '施術前後の写真を掲載しています。'
    expect(
      await checkDocument({
        collection: 'treatments',
        doc: treatment({ summary }),
        siteContact: contact,
      }),
    ).toEqual([])
    const noRisks = treatment({ summary, safety: {} })
    expect(
      (await checkDocument({ collection: 'treatments', doc: noRisks, siteContact: contact })).map(
        (f) => f.ruleId,
      ),
    ).toContain('before-after/without-details')
  })

  it('a clean, cited article produces no findings', async () => {
    const doc = article({
      lead: 'セクレトームとエクソソームの定義、大きさ、研究の状況を比較します。',
      body: richText(
        paragraph(
          'セクレトームは細胞が分泌する物質の総称で、エクソソームはその一部です',
          citation(1),
          '。',
        ),
        paragraph(
          '動物実験では組織修復の促進が報告されています',
          citation(2),
          '。ヒトでの長期的な安全性は確立されていません。',
        ),
      ),
      references: [1, 2],
    })
    const findings = await checkDocument({
      collection: 'articles',
      doc,
      treatments: [treatment(), unapprovedTreatment()],
      references: [reference(1), reference(2, { evidenceLevel: 'preclinical' })],
      siteContact: contact,
    })
    expect(findings).toEqual([])
  })

  it('tolerates junk input', async () => {
    expect(
      await checkDocument({
        collection: 'treatments',
        doc: null as unknown as Record<string, unknown>,
      }),
    ).toEqual([])
    expect(
      await checkDocument({
        collection: 'articles',
        doc: {},
        treatments: [null as unknown as object, 3 as unknown as object],
      }),
    ).toEqual([])
  })

  it('every rule is reachable through rules, with a unique id', async () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length)
  })
})
