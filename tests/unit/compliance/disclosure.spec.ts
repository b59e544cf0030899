/** 限定解除: required disclosures for 自由診療 and unapproved treatments, on treatments and articles. */
import { describe, expect, it } from '@jest/globals'

import { checkDocument, type Finding } from '@/lib/compliance'
import { article, contact, treatment, unapprovedTreatment } from './fixtures'

const disclosures = (findings: Finding[]) => findings.filter((f) => f.category === 'disclosure')
const pairs = (findings: Finding[]) => disclosures(findings).map((f) => [f.ruleId, f.path])

describe('a treatment document', () => {
  it('self-pay with everything filled in: no findings', async () => {
    expect(
      await checkDocument({ collection: 'treatments', doc: treatment(), siteContact: contact }),
    ).toEqual([])
  })

  it('self-pay with nothing filled in: one error per missing item, naming the field to fill', async () => {
    const doc = {
      id: 5,
      name: '空の治療',
      regulatory: { coverage: 'self-pay', approval: 'approved' },
    }
    const findings = await checkDocument({ collection: 'treatments', doc })
    expect(pairs(findings)).toEqual([
      ['disclosure/treatment-content', 'summary'],
      ['disclosure/price', 'price.minJpy'],
      ['disclosure/period', 'course.period'],
      ['disclosure/sessions', 'course.sessions'],
      ['disclosure/risks', 'safety.risks'],
      ['disclosure/side-effects', 'safety.sideEffects'],
      ['disclosure/contact', 'siteContact'],
    ])
    for (const f of disclosures(findings)) {
      expect(f.severity).toBe('error')
      expect(f.span).toBeNull()
      expect(f.guideline).toContain('限定解除')
    }
    const price = findings.find((f) => f.ruleId === 'disclosure/price')!
    expect(price.message).toContain('「空の治療」')
    expect(price.message).toContain('標準的な費用')
    expect(price.message).toContain('price.minJpy')
    expect(price.treatment).toEqual({ id: 5, name: '空の治療' })
  })

  it('one price bound is enough; text in a number field is not a price', async () => {
    const min = treatment({ price: { minJpy: 55000 } })
    const max = treatment({ price: { maxJpy: 55000 } })
    const text = treatment({ price: { minJpy: 'お問い合わせください' } })
    expect(
      pairs(await checkDocument({ collection: 'treatments', doc: min, siteContact: contact })),
    ).toEqual([])
    expect(
      pairs(await checkDocument({ collection: 'treatments', doc: max, siteContact: contact })),
    ).toEqual([])
    expect(
      pairs(await checkDocument({ collection: 'treatments', doc: text, siteContact: contact })),
    ).toEqual([['disclosure/price', 'price.minJpy']])
  })

  it('placeholders such as 未定 or なし do not count as written', async () => {
    const doc = treatment({
      course: { period: '未定', sessions: '3回' },
      safety: { risks: 'なし', sideEffects: '発熱' },
    })
    expect(
      pairs(await checkDocument({ collection: 'treatments', doc, siteContact: contact })),
    ).toEqual([
      ['disclosure/period', 'course.period'],
      ['disclosure/risks', 'safety.risks'],
    ])
  })

  it.each([
    { phone: '03-1234-5678' },
    { email: 'info@clinic.example.jp' },
    { url: 'https://clinic.example.jp' },
  ])('any one contact item is enough: %j', async (siteContact) => {
    expect(
      pairs(await checkDocument({ collection: 'treatments', doc: treatment(), siteContact })),
    ).toEqual([])
  })

  it('the address alone is not a contact for questions', async () => {
    expect(
      pairs(
        await checkDocument({
          collection: 'treatments',
          doc: treatment(),
          siteContact: { address: '東京都千代田区1-1' },
        }),
      ),
    ).toEqual([['disclosure/contact', 'siteContact']])
  })

  it('insurance-covered (保険診療) treatments need no 限定解除 items', async () => {
    const doc = {
      id: 6,
      name: '保険の治療',
      regulatory: { coverage: 'insurance', approval: 'approved' },
    }
    expect(disclosures(await checkDocument({ collection: 'treatments', doc }))).toEqual([])
  })

  it('an unapproved treatment must also carry the five disclosures', async () => {
    const doc = unapprovedTreatment({
      regulatory: { coverage: 'self-pay', approval: 'unapproved' },
    })
    expect(
      pairs(await checkDocument({ collection: 'treatments', doc, siteContact: contact })),
    ).toEqual([
      ['disclosure/unapproved-notice', 'regulatory.unapproved.notice'],
      ['disclosure/unapproved-how-obtained', 'regulatory.unapproved.howObtained'],
      ['disclosure/unapproved-domestic-equivalent', 'regulatory.unapproved.domesticEquivalent'],
      ['disclosure/unapproved-overseas-safety', 'regulatory.unapproved.overseasSafety'],
      ['disclosure/unapproved-relief-system', 'regulatory.unapproved.reliefSystem'],
    ])
  })

  it('the unapproved disclosures are required whatever the coverage', async () => {
    const doc = unapprovedTreatment({
      regulatory: {
        coverage: 'insurance',
        approval: 'unapproved',
        unapproved: { notice: '未承認医薬品等です。' },
      },
    })
    expect(
      pairs(await checkDocument({ collection: 'treatments', doc, siteContact: contact })).map(
        ([id]) => id,
      ),
    ).toEqual([
      'disclosure/unapproved-how-obtained',
      'disclosure/unapproved-domestic-equivalent',
      'disclosure/unapproved-overseas-safety',
      'disclosure/unapproved-relief-system',
    ])
  })
})

describe('an article checks every compared treatment', () => {
  const incomplete = treatment({
    id: 102,
    name: 'エクソソーム療法',
    price: {},
    course: { period: '約3か月' },
  })

  it('all compared treatments complete: no disclosure findings', async () => {
    const findings = await checkDocument({
      collection: 'articles',
      doc: article(),
      treatments: [treatment(), unapprovedTreatment()],
      siteContact: contact,
    })
    expect(findings).toEqual([])
  })

  it('reports what the incomplete treatment lacks, with its position in compares and its name', async () => {
    const findings = await checkDocument({
      collection: 'articles',
      doc: article(),
      treatments: [treatment(), incomplete],
      siteContact: contact,
    })
    expect(pairs(findings)).toEqual([
      ['disclosure/price', 'compares.1.price.minJpy'],
      ['disclosure/sessions', 'compares.1.course.sessions'],
    ])
    for (const f of disclosures(findings)) {
      expect(f.message.startsWith('「エクソソーム療法」: ')).toBe(true)
      expect(f.treatment).toEqual({ id: 102, name: 'エクソソーム療法' })
    }
  })

  it('accepts compared treatments populated inside the article (depth ≥ 1)', async () => {
    const doc = article({ compares: [treatment(), incomplete] })
    expect(
      pairs(await checkDocument({ collection: 'articles', doc, siteContact: contact })),
    ).toEqual([
      ['disclosure/price', 'compares.1.price.minJpy'],
      ['disclosure/sessions', 'compares.1.course.sessions'],
    ])
  })

  it('matches ids given as strings or numbers to the treatments passed in', async () => {
    const doc = article({ compares: ['101', 102] })
    expect(
      pairs(
        await checkDocument({
          collection: 'articles',
          doc,
          treatments: [incomplete, treatment()],
          siteContact: contact,
        }),
      ),
    ).toEqual([
      ['disclosure/price', 'compares.1.price.minJpy'],
      ['disclosure/sessions', 'compares.1.course.sessions'],
    ])
  })

  it('requires the unapproved disclosures of an unapproved compared treatment', async () => {
    const bare = unapprovedTreatment({
      regulatory: { coverage: 'self-pay', approval: 'unapproved', unapproved: {} },
    })
    const findings = await checkDocument({
      collection: 'articles',
      doc: article(),
      treatments: [treatment(), bare],
      siteContact: contact,
    })
    expect(pairs(findings)).toHaveLength(5)
    expect(
      pairs(findings).every(([, path]) => path!.startsWith('compares.1.regulatory.unapproved.')),
    ).toBe(true)
  })

  it('reports the missing site contact once, however many treatments need it', async () => {
    const findings = await checkDocument({
      collection: 'articles',
      doc: article(),
      treatments: [treatment(), unapprovedTreatment()],
    })
    expect(pairs(findings)).toEqual([['disclosure/contact', 'siteContact']])
  })

  it('components never carry disclosures', async () => {
    expect(
      await checkDocument({
        collection: 'components',
        doc: { name: 'VEGF', functions: '血管の新生に関わる成長因子です。', references: [1] },
      }),
    ).toEqual([])
  })
})
