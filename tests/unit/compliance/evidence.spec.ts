/** Evidence warnings: effect claims without a citation, or supported only by commercial pages. */
import { describe, expect, it } from '@jest/globals'

import { checkDocument, type Finding } from '@/lib/compliance'
import {
  article,
  callout,
  citation,
  contact,
  heading,
  list,
  listItem,
  paragraph,
  reference,
  richText,
  treatment,
  unapprovedTreatment,
  webPage,
} from './fixtures'

const compared = [treatment(), unapprovedTreatment()]
const evidence = (findings: Finding[]) =>
  findings.filter((f) => f.category === 'evidence').map((f) => [f.ruleId, f.path, f.span?.text])

async function checkBody(
  body: unknown,
  references: object[] = [],
  extra: Record<string, unknown> = {},
) {
  return await checkDocument({
    collection: 'articles',
    doc: article({ body, ...extra }),
    treatments: compared,
    references,
    siteContact: contact,
  })
}

describe('article body (Lexical): a citation must sit in the same paragraph', () => {
  it('an uncited effect claim is a warning, not an error', async () => {
    const findings = await checkBody(richText(paragraph('セクレトームは肌のハリを改善します。')))
    expect(evidence(findings)).toEqual([['evidence/uncited-claim', 'body', '改善']])
    expect(findings[0]!.severity).toBe('warning')
  })

  it('an inline citation in the same paragraph supports it', async () => {
    expect(
      evidence(
        await checkBody(
          richText(paragraph('セクレトームは肌のハリを改善します', citation(1), '。')),
          [reference(1)],
        ),
      ),
    ).toEqual([])
  })

  it('a citation in another paragraph does not', async () => {
    const body = richText(
      paragraph('エクソソームは30〜150nmの小胞です', citation(1), '。'),
      paragraph('炎症を抑制する働きがあります。'),
    )
    const findings = await checkBody(body, [reference(1)])
    expect(evidence(findings)).toEqual([['evidence/uncited-claim', 'body', '抑制']])
    // The span is an offset into the whole body's plain text (blocks joined by newlines).
    const span = findings[0]!.span!
    expect(span.start).toBe('エクソソームは30〜150nmの小胞です。\n炎症を'.length)
  })

  it('the article-level reference list does not count as a citation for body paragraphs', async () => {
    expect(
      evidence(
        await checkBody(richText(paragraph('組織の修復を促進します。')), [reference(1)], {
          references: [1],
        }),
      ),
    ).toHaveLength(1)
  })

  it('one warning per sentence, however many effect words it has', async () => {
    const findings = await checkBody(
      richText(
        paragraph('修復を促進し、炎症を抑制し、機能を改善します。次の文でも効果が期待されます。'),
      ),
    )
    expect(evidence(findings).map(([, , t]) => t)).toEqual(['修復', '効果'])
  })

  it('headings are titles, not claims', async () => {
    expect(
      evidence(await checkBody(richText(heading('セクレトームの効果と改善のしくみ')))),
    ).toEqual([])
  })

  it('list items are checked one by one, with their own citations', async () => {
    const body = richText(list(listItem('血流の改善', citation(1)), listItem('炎症の抑制')))
    expect(evidence(await checkBody(body, [reference(1)]))).toEqual([
      ['evidence/uncited-claim', 'body', '抑制'],
    ])
  })

  it('callouts are supported by the article references (they carry no inline citations)', async () => {
    const body = richText(callout('効果には個人差がありますが、改善が報告されています。'))
    expect(evidence(await checkBody(body, [], { references: [] }))).toEqual([
      ['evidence/uncited-claim', 'body', '改善'],
    ])
    expect(evidence(await checkBody(body, [reference(1)], { references: [1] }))).toEqual([])
  })

  it('citations may arrive populated ({ id, … }) instead of as ids', async () => {
    const body = richText(paragraph('肌の弾力が向上します', citation(reference(3)), '。'))
    expect(evidence(await checkBody(body))).toEqual([])
  })

  it('a claim is not: 効果には個人差があります / 再生医療 / 効果判定', async () => {
    const body = richText(
      paragraph(
        '効果には個人差があります。再生医療等安全性確保法に基づく治療です。効果判定は3か月後に行います。',
      ),
    )
    expect(evidence(await checkBody(body))).toEqual([])
  })
})

describe('commercial-only support', () => {
  it('a claim cited only to clinic web pages is a warning', async () => {
    const body = richText(paragraph('関節の痛みを軽減します', citation(8), citation(9), '。'))
    const findings = await checkBody(body, [
      webPage(8),
      reference(9, { evidenceLevel: 'commercial' }),
    ])
    expect(evidence(findings)).toEqual([['evidence/commercial-only', 'body', '軽減']])
    expect(findings[0]!.severity).toBe('warning')
  })

  it('one research reference beside the web page is enough', async () => {
    const body = richText(paragraph('関節の痛みを軽減します', citation(8), citation(1), '。'))
    expect(evidence(await checkBody(body, [webPage(8), reference(1)]))).toEqual([])
  })

  it('unknown references get the benefit of the doubt', async () => {
    const body = richText(paragraph('関節の痛みを軽減します', citation(8), citation(77), '。'))
    expect(evidence(await checkBody(body, [webPage(8)]))).toEqual([])
  })

  it('reads kind/evidenceLevel from references populated in the document', async () => {
    const body = richText(paragraph('肌の弾力が向上します', citation(webPage(8)), '。'))
    expect(evidence(await checkBody(body))).toEqual([['evidence/commercial-only', 'body', '向上']])
  })
})

describe('treatment fields', () => {
  const check = (doc: Record<string, unknown>, references: object[] = []) =>
    checkDocument({ collection: 'treatments', doc, references, siteContact: contact })

  it("clinicalApplications[i].finding is supported by that row's references", async () => {
    const doc = treatment({
      clinicalApplications: [
        {
          area: '皮膚',
          finding: 'しわの改善が報告されています。',
          evidenceLevel: 'rct',
          references: [1],
        },
        {
          area: '毛髪',
          finding: '発毛の促進が示唆されています。',
          evidenceLevel: 'preclinical',
          references: [],
        },
        {
          area: '関節',
          finding: '痛みの軽減が報告されています。',
          evidenceLevel: 'case-series',
          references: [webPage(8)],
        },
      ],
      references: [1],
    })
    expect(evidence(await check(doc, [reference(1)]))).toEqual([
      ['evidence/uncited-claim', 'clinicalApplications.1.finding', '促進'],
      ['evidence/commercial-only', 'clinicalApplications.2.finding', '軽減'],
    ])
  })

  it("summary and definition are supported by the treatment's references", async () => {
    const summary = '成長因子が組織の修復を促進します。'
    expect(evidence(await check(treatment({ summary, references: [] })))).toEqual([
      ['evidence/uncited-claim', 'summary', '修復'],
    ])
    expect(evidence(await check(treatment({ summary, references: [1] }), [reference(1)]))).toEqual(
      [],
    )
    expect(evidence(await check(treatment({ summary, references: [webPage(8)] })))).toEqual([
      ['evidence/commercial-only', 'summary', '修復'],
    ])
  })

  it("mechanism (rich text) uses its inline citations, or else the treatment's references", async () => {
    const mechanism = richText(paragraph('サイトカインが炎症を抑制します。'))
    expect(evidence(await check(treatment({ mechanism })))).toEqual([
      ['evidence/uncited-claim', 'mechanism', '抑制'],
    ])
    expect(
      evidence(await check(treatment({ mechanism, references: [1] }), [reference(1)])),
    ).toEqual([])
  })

  it('the risk section is not read as efficacy claims', async () => {
    const doc = treatment({
      safety: {
        risks: '効果が得られない場合があります。',
        sideEffects: '回復までに数日かかることがあります。',
      },
    })
    expect(evidence(await check(doc))).toEqual([])
  })
})
