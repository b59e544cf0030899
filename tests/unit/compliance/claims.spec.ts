/**
 * Claim-level checks across fields (lib/compliance/claims.ts): what a sentence claims, read
 * with what supports it and what the treatment is.
 */
import { describe, expect, it } from '@jest/globals'

import { checkDocument, type Finding } from '@/lib/compliance'

import {
  article,
  citation,
  contact,
  paragraph,
  reference,
  richText,
  treatment,
  unapprovedTreatment,
  webPage,
} from './fixtures'

const paper = reference(1, { kind: 'journal-article', evidenceLevel: 'rct' })
const review = reference(2, { kind: 'review', evidenceLevel: 'review' })
const clinic = webPage(3)
const book = reference(4, { kind: 'book', evidenceLevel: 'expert-opinion' })
const references = [paper, review, clinic, book]

const pick = (findings: Finding[], path: string) =>
  findings.filter((f) => f.path === path).map((f) => [f.ruleId, f.severity, f.span?.text])

describe('a number about effect or duration needs a peer-reviewed reference', () => {
  const summary = '効果は6〜12か月ほど持続するとされています。'
  const check = async (refs: number[]) =>
    pick(
      await checkDocument({
        collection: 'treatments',
        doc: treatment({ summary, references: refs }),
        references,
        siteContact: contact,
      }),
      'summary',
    )

  it('uncited: a warning on the number', async () => {
    expect(await check([])).toEqual([['evidence/number-without-paper', 'warning', '6〜12か月']])
  })

  it('a clinic web page alone does not count', async () => {
    expect(await check([3])).toEqual([['evidence/number-without-paper', 'warning', '6〜12か月']])
  })

  it('neither does a book', async () => {
    expect(await check([4])).toEqual([['evidence/number-without-paper', 'warning', '6〜12か月']])
  })

  it('a journal article or a review does', async () => {
    expect(await check([1])).toEqual([])
    expect(await check([2, 3])).toEqual([])
  })

  it('a number that is no effect (a period, a dose) needs nothing', async () => {
    const doc = treatment({ summary: '投与は2週間ごとに行い、1回30分かかります。', references: [] })
    expect(
      pick(await checkDocument({ collection: 'treatments', doc, siteContact: contact }), 'summary'),
    ).toEqual([])
  })

  it('in an article, the citation of the paragraph decides', async () => {
    const body = richText(
      paragraph('肌の弾力が20%向上したと報告されています', citation(3), '。'),
      paragraph('肌の弾力が20%向上したと報告されています', citation(1), '。'),
    )
    const found = await checkDocument({
      collection: 'articles',
      doc: article({ body }),
      treatments: [treatment()],
      references,
      siteContact: contact,
    })
    expect(pick(found, 'body')).toEqual([['evidence/number-without-paper', 'warning', '20%']])
  })
})

describe('an efficacy sentence whose only support is a clinic page stays a warning', () => {
  it('commercial-only support', async () => {
    const doc = treatment({ summary: '肌のハリの改善が期待されます。', references: [3] })
    expect(
      pick(
        await checkDocument({ collection: 'treatments', doc, references, siteContact: contact }),
        'summary',
      ),
    ).toEqual([['evidence/commercial-only', 'warning', '改善']])
  })

  it('one research reference among clinic pages is enough', async () => {
    const doc = treatment({ summary: '肌のハリの改善が期待されます。', references: [3, 1] })
    expect(
      pick(
        await checkDocument({ collection: 'treatments', doc, references, siteContact: contact }),
        'summary',
      ),
    ).toEqual([])
  })
})

describe('a disease listed as a use of an unapproved 自由診療 treatment', () => {
  const row = (finding: string, refs: unknown[]) => ({
    area: '変形性膝関節症',
    finding,
    evidenceLevel: 'rct',
    references: refs,
  })
  const check = async (rows: object[], make = unapprovedTreatment) =>
    (
      await checkDocument({
        collection: 'treatments',
        doc: make({ clinicalApplications: rows }),
        references,
        siteContact: contact,
      })
    ).filter((f) => f.category === 'unapproved-use')

  it('is an error when stated as a use', async () => {
    const found = await check([row('ひざの痛みを和らげます。', [1])])
    expect(found.map((f) => [f.ruleId, f.severity, f.path, f.span])).toEqual([
      [
        'unapproved-use/listed-indication',
        'error',
        'clinicalApplications.0.area',
        { text: '変形性膝関節症', start: 0, end: 7 },
      ],
    ])
    expect(found[0]!.message).toContain('研究段階')
  })

  it('is an error when framed as research but not cited to primary literature', async () => {
    expect(await check([row('臨床試験で痛みの軽減が報告されています。', [3])])).toHaveLength(1)
    expect(await check([row('臨床試験で痛みの軽減が報告されています。', [])])).toHaveLength(1)
    expect(await check([row('臨床試験で痛みの軽減が報告されています。', [4])])).toHaveLength(1) // a book is not research literature
  })

  it('passes when framed as research and cited to a journal article or a review', async () => {
    expect(await check([row('臨床試験で痛みの軽減が報告されています。', [1])])).toEqual([])
    expect(await check([row('臨床試験で痛みの軽減が報告されています。', [2, 3])])).toEqual([])
  })

  it('does not apply to approved or insurance-covered treatments', async () => {
    const approvedSelfPay = (o: Record<string, unknown> = {}) =>
      treatment({ ...o, regulatory: { coverage: 'self-pay', approval: 'approved' } })
    expect(await check([row('ひざの痛みを和らげます。', [])], approvedSelfPay)).toEqual([])
  })

  it('in an article, every compared unapproved treatment is checked, with its path', async () => {
    const t = unapprovedTreatment({
      clinicalApplications: [row('研究段階です。', [1]), row('ひざの痛みを和らげます。', [1])],
    })
    const found = await checkDocument({
      collection: 'articles',
      doc: article({ compares: [101, 102] }),
      treatments: [treatment(), t],
      references,
      siteContact: contact,
    })
    expect(
      found.filter((f) => f.category === 'unapproved-use').map((f) => [f.path, f.treatment]),
    ).toEqual([['compares.1.clinicalApplications.1.area', { id: 102, name: 'エクソソーム療法' }]])
  })
})

describe('reassurance inside the risk section is an error', () => {
  const risks = async (text: string) =>
    pick(
      await checkDocument({
        collection: 'treatments',
        doc: treatment({ safety: { risks: text, sideEffects: '発熱することがあります。' } }),
        siteContact: contact,
      }),
      'safety.risks',
    )

  it.each([
    'まれに腫れますが、心配ありません。',
    '内出血が出ても問題ありません。',
    '副作用はほとんどありませんのでご安心ください。',
  ])('「%s」', async (text) => {
    expect((await risks(text)).map(([, severity]) => severity)).toContain('error')
  })

  it('plain risk statements pass', async () => {
    expect(
      await risks(
        '感染、内出血、アレルギー反応が起こる可能性があります。長期的な影響は分かっていません。',
      ),
    ).toEqual([])
  })

  it('outside the risk section, 「ご安心ください」 alone is not a finding', async () => {
    const doc = treatment({ summary: '女性医師が担当しますのでご安心ください。' })
    expect(
      pick(await checkDocument({ collection: 'treatments', doc, siteContact: contact }), 'summary'),
    ).toEqual([])
  })
})
