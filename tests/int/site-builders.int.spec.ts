/**
 * The article page's pure logic — comparison rows, citation numbering, the 自由診療
 * disclosure decision, JSON-LD and revalidation tags — fed with data read from the database.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import type { Payload } from 'payload'

import {
  bodyHasBlock,
  buildCitationIndex,
  pageCitations,
} from '@/app/(site)/_components/Citations/buildCitationIndex'
import {
  buildComparisonRows,
  tableCitations,
} from '@/app/(site)/_components/ComparisonTable/buildComparisonRows'
import { buildDisclosures } from '@/app/(site)/_components/Disclosure/buildDisclosures'
import { revalidateTags, tagsForChange } from '@/lib/cache/revalidate'
import { TAGS } from '@/lib/cache/tags'
import { relationIds } from '@/lib/domain'
import { findArticlePage, type ArticlePageData } from '@/lib/queries/article'
import { VISITOR } from '@/lib/queries/payload'
import { articleJsonLd, serializeJsonLd } from '@/lib/seo/jsonLd'
import { seedDemoContent } from '@/seed'

import { bootPayload, closePayload } from '../helpers/payload'
import { body, createArticle, createReference, createTreatment, createUser } from './site-fixtures'

let payload: Payload
let demo: ArticlePageData

const numbered = (data: ArticlePageData) => {
  const rows = buildComparisonRows(data.treatments)
  const occurrences = pageCitations(data.article.body, rows)
  const listed = relationIds(data.article.references)
  return { rows, occurrences, index: buildCitationIndex(occurrences, data.referencesById, listed) }
}

beforeAll(async () => {
  payload = await bootPayload()
  await seedDemoContent(payload)
  demo = (await findArticlePage(payload, 'secretome-vs-exosome', VISITOR))!
})

afterAll(async () => {
  await closePayload(payload)
})

describe('comparison table', () => {
  it('builds the demo rows from both treatments, each clinical finding with its citations', () => {
    const rows = buildComparisonRows(demo.treatments)
    expect(rows.map((r) => r.label)).toEqual([
      '定義',
      '由来細胞',
      '大きさ・構造',
      '主な成分',
      '作用機序',
      '投与方法',
      '臨床応用',
      '安全性',
      '効果の持続',
      '治療期間・回数',
      '規制上の位置付け',
      '費用の目安',
    ])
    for (const row of rows) expect(row.cells).toHaveLength(2)
    const components = rows.find((r) => r.key === 'components')!.cells[1]!
    expect(components.kind === 'components' && components.items.map((c) => c.slug)).toContain(
      'exosome',
    )
    expect(tableCitations(rows).length).toBeGreaterThan(5)
  })

  it('leaves out a row no compared treatment has data for, and keeps one that only one has', async () => {
    const a = await createTreatment(payload, 'published', {
      definition: 'Aの定義',
      price: { minJpy: 10000, maxJpy: 20000 },
    })
    const b = await createTreatment(payload, 'published', {
      definition: 'Bの定義',
      sizeStructure: '約100nm',
    })
    const article = await createArticle(payload, 'published', { compares: [a.id, b.id] })
    const data = (await findArticlePage(payload, article.slug, VISITOR))!
    const rows = buildComparisonRows(data.treatments)
    const keys = rows.map((r) => r.key)
    expect(keys).toEqual(['definition', 'sizeStructure', 'regulatory', 'price'])
    expect(keys).not.toContain('mechanism')
    expect(keys).not.toContain('safety')
    expect(rows.find((r) => r.key === 'sizeStructure')!.cells.map((c) => c.kind)).toEqual([
      'empty',
      'text',
    ])
    const price = rows.find((r) => r.key === 'price')!.cells[0]!
    expect(price.kind === 'items' && price.items[0]!.label).toBe('10,000円〜20,000円')
  })
})

describe('citation numbering', () => {
  it('numbers the demo article in order of first appearance, across body and table', () => {
    const { occurrences, index } = numbered(demo)
    const firstSeen: string[] = []
    for (const o of occurrences) if (!firstSeen.includes(o.refId)) firstSeen.push(o.refId)
    expect(
      index.entries.filter((e) => e.anchors.length).map((e) => String(e.reference.id)),
    ).toEqual(firstSeen)
    expect(index.entries.map((e) => e.number)).toEqual(index.entries.map((_, i) => i + 1))
    // The first citation of the body is the 23c.jp page: [1].
    expect(index.entries[0]!.reference.slug).toBe('clinic-23c')
    // Every listed reference is in the list once; every anchor is unique on the page.
    expect(index.entries).toHaveLength(13)
    const anchors = index.entries.flatMap((e) => e.anchors)
    expect(new Set(anchors).size).toBe(anchors.length)
    expect(bodyHasBlock(demo.article.body, 'comparisonTable')).toBe(true)
  })

  it('numbers table citations where the table stands in the body, and skips drafts', async () => {
    const [r1, r2, r3, r4] = [
      await createReference(payload),
      await createReference(payload),
      await createReference(payload),
      await createReference(payload),
    ]
    const hidden = await createReference(payload, 'draft')
    const a = await createTreatment(payload, 'published', {
      clinicalApplications: [{ area: '皮膚', finding: '報告あり', references: [r3.id, r2.id] }],
    })
    const b = await createTreatment(payload, 'published', { mechanism: body(['機序', r4.id]) })
    // body: [r2] … TABLE … [hidden] [r1] [r2]; the table reads row by row: 作用機序 (— | r4)
    // comes before 臨床応用 (r3, r2 | —).
    const article = await createArticle(payload, 'published', {
      compares: [a.id, b.id],
      body: body(['前', r2.id], ['TABLE'], ['後', hidden.id, r1.id, r2.id]),
      references: [r1.id, r2.id, r3.id, r4.id, hidden.id],
    })
    const data = (await findArticlePage(payload, article.slug, VISITOR))!
    const { index } = numbered(data)
    const n = (id: number) => index.numberOf(id)
    expect([n(r2.id), n(r4.id), n(r3.id), n(r1.id)]).toEqual([1, 2, 3, 4])
    expect(n(hidden.id)).toBeUndefined()
    expect(index.entries.find((e) => e.reference.id === r2.id)!.anchors).toHaveLength(3)
    expect(index.entries.map((e) => e.reference.id)).not.toContain(hidden.id)
  })

  it('lists uncited article references after the cited ones', async () => {
    const [cited, extra] = [await createReference(payload), await createReference(payload)]
    const [a, b] = [await createTreatment(payload), await createTreatment(payload)]
    const article = await createArticle(payload, 'published', {
      compares: [a.id, b.id],
      body: body(['x', cited.id]),
      references: [extra.id, cited.id],
    })
    const { index } = numbered((await findArticlePage(payload, article.slug, VISITOR))!)
    expect(index.entries.map((e) => [e.number, e.reference.id, e.anchors.length > 0])).toEqual([
      [1, cited.id, true],
      [2, extra.id, false],
    ])
    expect(index.uncitedFrom).toBe(2)
    expect(index.numberOf(extra.id)).toBeUndefined()
  })
})

describe('自由診療 disclosure', () => {
  it('applies to each self-pay treatment; unapproved products add the five unapproved-drug facts', async () => {
    const unapproved = await createTreatment(payload, 'published', {
      name: '未承認の自由診療',
      administration: '点滴',
      regulatory: {
        coverage: 'self-pay',
        approval: 'unapproved',
        unapproved: {
          notice: '未承認です',
          howObtained: '輸入',
          domesticEquivalent: 'なし',
          overseasSafety: '情報なし',
          reliefSystem: '対象外',
        },
      },
      price: { minJpy: 50000, maxJpy: 100000, note: '税込' },
      course: { period: '3か月', sessions: '3回' },
      safety: { risks: '感染', sideEffects: '発熱' },
    })
    const approved = await createTreatment(payload, 'published', {
      name: '承認済みの自由診療',
      regulatory: { coverage: 'self-pay', approval: 'approved' },
    })
    const insured = await createTreatment(payload, 'published', {
      name: '保険診療',
      regulatory: { coverage: 'insurance', approval: 'approved' },
    })
    const article = await createArticle(payload, 'published', {
      compares: [unapproved.id, approved.id, insured.id],
    })
    const data = (await findArticlePage(payload, article.slug, VISITOR))!

    const disclosures = buildDisclosures(data.treatments)
    expect(disclosures.map((d) => d.name)).toEqual(['未承認の自由診療', '承認済みの自由診療'])
    const [u, a] = disclosures
    expect(u!.items.map((i) => i.label)).toEqual([
      '治療の内容',
      '標準的な費用（税込）',
      '治療期間・回数',
      '主なリスク・副作用',
    ])
    expect(u!.items.map((i) => i.text)).toEqual([
      'テスト用の治療です。\n点滴',
      '50,000円〜100,000円\n税込',
      '治療期間：3か月\n回数：3回',
      '感染\n発熱',
    ])
    expect(u!.unapproved!.map((i) => i.text)).toEqual([
      '未承認です',
      '輸入',
      'なし',
      '情報なし',
      '対象外',
    ])
    expect(a!.unapproved).toBeNull()
    // Missing required facts stay in the block (shown as missing), never silently dropped.
    expect(a!.items.find((i) => i.label === '標準的な費用（税込）')!.text).toBeNull()

    const insuranceOnly = await createArticle(payload, 'published', {
      compares: [insured.id, insured.id],
    })
    expect(
      buildDisclosures((await findArticlePage(payload, insuranceOnly.slug, VISITOR))!.treatments),
    ).toEqual([])
  })

  it('shows both demo treatments as unapproved self-pay products with every fact filled in', () => {
    const disclosures = buildDisclosures(demo.treatments)
    expect(disclosures).toHaveLength(2)
    for (const d of disclosures) {
      expect(d.unapproved).toHaveLength(5)
      for (const item of [...d.items, ...d.unapproved!]) expect(item.text).toBeTruthy()
    }
  })
})

describe('JSON-LD', () => {
  it('describes the article as a MedicalWebPage with about, reviewedBy, lastReviewed and citation', async () => {
    const reviewer = await createUser(payload, ['reviewer'], {
      name: '監修 花子',
      qualification: '医師・皮膚科専門医',
    })
    const [r1, r2] = [
      await createReference(payload, 'published', {
        doi: `10.1234/site.${Date.now()}`,
        kind: 'review',
        verificationStatus: 'verified',
        verificationSource: 'crossref',
      }),
      await createReference(payload, 'published', { pmcid: `PMC9${Date.now() % 1e7}` }),
    ]
    const a = await createTreatment(payload, 'published', { name: '治療A', nameEn: 'Therapy A' })
    const b = await createTreatment(payload, 'published', { name: '治療B' })
    const article = await createArticle(payload, 'published', {
      compares: [a.id, b.id],
      body: body(['x', r2.id, r1.id]),
      references: [r1.id, r2.id],
      reviewedBy: reviewer.id,
      lastReviewedAt: '2026-10-01T03:00:00.000Z',
      audience: 'professional',
    })
    const data = (await findArticlePage(payload, article.slug, VISITOR))!
    const { index } = numbered(data)
    const ld = articleJsonLd(
      data,
      index.entries.filter((e) => e.anchors.length).map((e) => e.reference),
    ) as Record<string, any>

    expect(ld['@context']).toBe('https://schema.org')
    expect(ld['@type']).toBe('MedicalWebPage')
    expect(ld.url).toMatch(new RegExp(`/articles/${article.slug}$`))
    expect(ld.about).toEqual([
      expect.objectContaining({
        '@type': 'MedicalTherapy',
        name: '治療A',
        alternateName: 'Therapy A',
      }),
      expect.objectContaining({ '@type': 'MedicalTherapy', name: '治療B' }),
    ])
    expect(ld.reviewedBy).toEqual({
      '@type': 'Person',
      name: '監修 花子',
      jobTitle: '医師・皮膚科専門医',
    })
    expect(ld.lastReviewed).toBe('2026-10-01')
    expect(ld.audience).toEqual({ '@type': 'MedicalAudience', audienceType: 'Clinician' })
    // In citation order: r2 is cited first. r2 is unverified: its links and identifiers only,
    // none of its (unchecked) title, authors, journal or year.
    expect(ld.citation.map((c: { name?: string }) => c.name)).toEqual([undefined, r1.title])
    expect(ld.citation[0]).toEqual({
      '@type': 'ScholarlyArticle',
      url: `https://pmc.ncbi.nlm.nih.gov/articles/${r2.pmcid}/`,
      sameAs: [r2.url],
      identifier: [{ '@type': 'PropertyValue', propertyID: 'PMCID', value: r2.pmcid }],
    })
    expect(serializeJsonLd(ld)).not.toContain(r2.title!)
    expect(ld.citation[1]).toEqual(
      expect.objectContaining({
        '@type': 'ScholarlyArticle',
        name: r1.title,
        url: `https://doi.org/${r1.doi}`,
        identifier: [{ '@type': 'PropertyValue', propertyID: 'DOI', value: r1.doi }],
      }),
    )
    expect(serializeJsonLd(ld)).not.toContain(reviewer.email)
  })

  it('cannot be broken out of its script element', () => {
    const json = serializeJsonLd({ name: '</script><script>alert(1)</script>' })
    expect(json).not.toContain('</script>')
    expect(JSON.parse(json).name).toBe('</script><script>alert(1)</script>')
  })
})

describe('revalidation tags', () => {
  it('an article page is tagged with every treatment, reference and component it shows', () => {
    for (const t of demo.treatments) expect(demo.tags).toContain(TAGS.doc('treatments', t.id))
    for (const id of demo.referencesById.keys())
      expect(demo.tags).toContain(TAGS.doc('references', id))
    const componentIds = demo.treatments.flatMap((t) =>
      relationIds((t.components ?? []).map((c) => c.component)),
    )
    for (const id of componentIds) expect(demo.tags).toContain(TAGS.doc('components', id))
    expect(demo.tags).toContain(TAGS.slug('articles', 'secretome-vs-exosome'))
  })

  it('a change revalidates the document, its slug, its lists and its reverse links — not everything', () => {
    const treatment = demo.treatments[0]!
    const tags = tagsForChange('treatments', treatment, { ...treatment, slug: 'old-slug' })
    expect(tags).toEqual(
      expect.arrayContaining([
        TAGS.doc('treatments', treatment.id),
        TAGS.list('treatments'),
        TAGS.slug('treatments', treatment.slug),
        TAGS.slug('treatments', 'old-slug'),
        TAGS.usedBy('components', (treatment.components![0]!.component as { id: number }).id),
      ]),
    )
    // Targeted: the tag of the article that compares it, and no other article's.
    expect(demo.tags).toContain(TAGS.doc('treatments', treatment.id))
    expect(tags.some((t) => t.startsWith('doc:articles:'))).toBe(false)
  })

  it('never throws outside a Next request: it reports that it skipped', () => {
    const messages: string[] = []
    expect(revalidateTags(['doc:treatments:1'], (m) => messages.push(m))).toBe(false)
    expect(messages).toEqual([
      expect.stringMatching(/^revalidation skipped \(not inside a Next request\)/),
    ])
  })

  it('is not attempted for a write with context.disableRevalidate, and is for one without', async () => {
    const treatment = await createTreatment(payload, 'published')
    const debug = jest.spyOn(payload.logger, 'debug')
    const attempts = () =>
      debug.mock.calls.filter(([msg]) => String(msg).startsWith('revalidation skipped')).length
    try {
      await payload.update({
        collection: 'treatments',
        id: treatment.id,
        context: { disableRevalidate: true, workflow: true },
        data: { summary: '変更1' },
      })
      expect(attempts()).toBe(0)
      await payload.update({
        collection: 'treatments',
        id: treatment.id,
        context: { workflow: true },
        data: { summary: '変更2' },
      })
      expect(attempts()).toBe(1)
    } finally {
      debug.mockRestore()
    }
  })
})
