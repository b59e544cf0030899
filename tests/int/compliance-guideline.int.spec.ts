/**
 * The guideline checker inside the product (lib/compliance-payload): stored documents at their
 * latest version with related documents loaded, the REST endpoints, the counts hook, the
 * demo content and the `npm run compliance` report.
 */
import { spawnSync } from 'node:child_process'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { summarize, type Finding } from '@/lib/compliance'
import { checkStoredDocument, complianceReport, formatReport } from '@/lib/compliance-payload'
import { DEMO_PASSWORD, seedDemoContent } from '@/seed'
import {
  article as demoArticle,
  components as demoComponents,
  treatments as demoTreatments,
} from '@/seed/data'

import { bootPayload, closePayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'
import { richText } from '../helpers/lexical'

let payload: Payload
let req: PayloadRequest
let marketerToken: string

const RUN = `gc${Date.now().toString(36)}`
const slug = (name: string) => `${RUN}-${name}`
/** Publishing is the workflow's job; tests that need a published version write as it does. */
const PUBLISH = { disableRevalidate: true, workflow: true }

const paragraph = (text: string, referenceId?: number) =>
  referenceId === undefined ? [text] : [text, referenceId]

/** A treatment with every 限定解除 item filled (insurance-covered and approved unless overridden). */
function treatmentData(name: string, overrides: Record<string, unknown> = {}) {
  return {
    name,
    slug: slug(name),
    summary: '外来で行う治療です。',
    definition: '治療の定義です。',
    administration: '点滴で投与します。',
    safety: { risks: '内出血が起こることがあります。', sideEffects: '発熱することがあります。' },
    price: { minJpy: 30000, maxJpy: 50000 },
    course: { period: '3か月程度', sessions: '3〜5回' },
    regulatory: { coverage: 'insurance', approval: 'approved' },
    ...overrides,
  }
}

async function createTreatment(name: string, overrides: Record<string, unknown> = {}) {
  return payload.create({
    collection: 'treatments',
    data: treatmentData(name, overrides) as never,
    draft: true,
  })
}

async function createArticle(
  name: string,
  compares: number[],
  body: ReturnType<typeof richText>,
  extra: Record<string, unknown> = {},
) {
  return payload.create({
    collection: 'articles',
    draft: true,
    data: {
      title: `記事 ${name}`,
      slug: slug(name),
      lead: '二つの治療を比較します。',
      compares,
      body,
      ...extra,
    } as never,
  })
}

const errorsOf = (findings: Finding[]) => findings.filter((f) => f.severity === 'error')

beforeAll(async () => {
  payload = await bootPayload()
  req = await createLocalReq({}, payload)
  await seedDemoContent(payload)
  marketerToken = await login('marketer@hikaku.test', DEMO_PASSWORD)
})

afterAll(async () => {
  await closePayload(payload)
})

describe('demo content', () => {
  const demo = [
    ...demoComponents.map((c) => ({ collection: 'components' as const, slug: c.slug })),
    ...demoTreatments.map((t) => ({ collection: 'treatments' as const, slug: t.slug })),
    { collection: 'articles' as const, slug: demoArticle.slug },
  ]

  async function findingsOfDemo() {
    const results: Array<{ doc: string; findings: Finding[] }> = []
    for (const { collection, slug: s } of demo) {
      const { docs } = await payload.find({
        collection,
        where: { slug: { equals: s } },
        draft: true,
        depth: 0,
        limit: 1,
      })
      expect(docs).toHaveLength(1)
      results.push({
        doc: `${collection}/${s}`,
        findings: await checkStoredDocument(req, collection, docs[0].id),
      })
    }
    return results
  }

  it('every seeded article, treatment and component passes with zero errors', async () => {
    const results = await findingsOfDemo()
    expect(results).toHaveLength(demoComponents.length + demoTreatments.length + 1)
    const withErrors = results
      .filter((r) => errorsOf(r.findings).length > 0)
      .map((r) => ({ doc: r.doc, errors: errorsOf(r.findings) }))
    expect(withErrors).toEqual([])
  })

  /**
   * The demo was rewritten for a physician's review (issue #10): no played-down risk, no
   * uncited number, no use backed by a clinic page only. Nothing is left to warn about.
   */
  const EXPECTED_WARNINGS: { doc: string; ruleId: string; text: string | undefined }[] = []

  it('and warnings only where a physician would really want to look', async () => {
    const warnings = (await findingsOfDemo()).flatMap((r) =>
      r.findings
        .filter((f) => f.severity === 'warning')
        .map((f) => ({ doc: r.doc, ruleId: f.ruleId, text: f.span?.text })),
    )
    expect(warnings).toEqual(EXPECTED_WARNINGS)
  })

  it('the seed stored the counts on every demo document', async () => {
    for (const { collection, slug: s } of demo) {
      const doc = `${collection}/${s}`
      const { docs } = await payload.find({
        collection,
        where: { slug: { equals: s } },
        draft: true,
        depth: 0,
        limit: 1,
      })
      expect({
        doc,
        errors: docs[0].complianceErrors,
        warnings: docs[0].complianceWarnings,
      }).toEqual({
        doc,
        errors: 0,
        warnings: EXPECTED_WARNINGS.filter((w) => w.doc === doc).length,
      })
    }
  })
})

describe('checkStoredDocument', () => {
  it('checks the latest draft, not the published version', async () => {
    const published = await payload.create({
      collection: 'treatments',
      data: { ...treatmentData('latest'), _status: 'published' } as never,
      context: PUBLISH,
    })
    expect(errorsOf(await checkStoredDocument(req, 'treatments', published.id))).toEqual([])

    await payload.update({
      collection: 'treatments',
      id: published.id,
      draft: true,
      data: { summary: '日本一の効果を誇る治療です。' },
    })
    const findings = await checkStoredDocument(req, 'treatments', published.id)
    expect(errorsOf(findings).map((f) => f.path)).toContain('summary')
    expect(
      findings.find((f) => f.path === 'summary' && f.severity === 'error')?.span?.text,
    ).toContain('日本一')

    // The published version is untouched by the draft.
    const live = await payload.findByID({ collection: 'treatments', id: published.id, depth: 0 })
    expect(live.summary).toBe('外来で行う治療です。')
  })

  it("an article is checked with its compared treatments' latest drafts (限定解除)", async () => {
    const a = await createTreatment('disc-a', {
      regulatory: { coverage: 'self-pay', approval: 'approved' },
    })
    const b = await createTreatment('disc-b')
    const article = await createArticle(
      'disc',
      [a.id, b.id],
      richText(paragraph('二つの治療の違いを説明します。')),
    )
    const before = await checkStoredDocument(req, 'articles', article.id)
    expect(before.filter((f) => f.category === 'disclosure')).toEqual([])

    // A draft of the compared treatment drops its price: the article now lacks a 限定解除 item.
    await payload.update({
      collection: 'treatments',
      id: a.id,
      draft: true,
      data: { price: { minJpy: null, maxJpy: null } } as never,
    })
    const after = await checkStoredDocument(req, 'articles', article.id)
    const disclosure = after.filter((f) => f.category === 'disclosure')
    expect(disclosure.map((f) => f.path)).toEqual(['compares.0.price.minJpy'])
    expect(disclosure[0].treatment).toMatchObject({ id: a.id, name: 'disc-a' })
  })

  it("knows each cited reference's kind: a claim backed only by a clinic page is a warning", async () => {
    const clinic = await payload.create({
      collection: 'references',
      draft: true,
      data: {
        title: 'クリニックの案内ページ',
        slug: slug('clinic-ref'),
        kind: 'web-page',
        evidenceLevel: 'commercial',
        url: `https://clinic.example.jp/${RUN}`,
      } as never,
    })
    const paper = await payload.create({
      collection: 'references',
      draft: true,
      data: {
        title: '臨床研究の論文',
        slug: slug('paper-ref'),
        kind: 'journal-article',
        evidenceLevel: 'rct',
        pmid: String(Date.now()).slice(-8),
      } as never,
    })
    const t1 = await createTreatment('ref-a')
    const t2 = await createTreatment('ref-b')
    const clinicOnly = await createArticle(
      'ref-clinic',
      [t1.id, t2.id],
      richText(paragraph('肌のハリが改善したと報告されています。', clinic.id as number)),
    )
    const withPaper = await createArticle(
      'ref-paper',
      [t1.id, t2.id],
      richText(paragraph('肌のハリが改善したと報告されています。', paper.id as number)),
    )

    expect(
      (await checkStoredDocument(req, 'articles', clinicOnly.id)).map((f) => f.ruleId),
    ).toContain('evidence/commercial-only')
    expect(
      (await checkStoredDocument(req, 'articles', withPaper.id)).map((f) => f.ruleId),
    ).not.toContain('evidence/commercial-only')
  })

  it('reads the clinic contact from site-settings', async () => {
    const t1 = await createTreatment('contact-a', {
      regulatory: { coverage: 'self-pay', approval: 'approved' },
    })
    const t2 = await createTreatment('contact-b')
    const article = await createArticle(
      'contact',
      [t1.id, t2.id],
      richText(paragraph('違いを説明します。')),
    )
    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
    expect(
      (await checkStoredDocument(req, 'articles', article.id)).map((f) => f.path),
    ).not.toContain('siteContact')
    try {
      await payload.updateGlobal({
        slug: 'site-settings',
        data: { contact: { phone: '', email: null, url: '', address: '' } } as never,
        context: PUBLISH,
      })
      expect((await checkStoredDocument(req, 'articles', article.id)).map((f) => f.path)).toContain(
        'siteContact',
      )
    } finally {
      await payload.updateGlobal({
        slug: 'site-settings',
        data: { contact: settings.contact } as never,
        context: PUBLISH,
      })
    }
  })

  it('throws NotFound for an unknown id', async () => {
    await expect(checkStoredDocument(req, 'components', 987654321)).rejects.toMatchObject({
      status: 404,
    })
  })
})

describe('GET /api/<collection>/:id/compliance', () => {
  it('gives staff the findings and counts of the latest version', async () => {
    const doc = await createTreatment('rest-get', { summary: '日本一の効果を誇る治療です。' })
    const res = await rest('GET', `/treatments/${doc.id}/compliance`, { token: marketerToken })
    expect(res.status).toBe(200)
    expect(res.json.errors).toBeGreaterThan(0)
    expect(res.json).toEqual({ ...summarize(res.json.findings), findings: res.json.findings })
    expect(res.json.findings).toEqual(await checkStoredDocument(req, 'treatments', doc.id))
    expect(res.headers.get('cache-control')).toBe('no-store')
  })

  it('refuses anonymous visitors: a draft’s findings quote unpublished text', async () => {
    const doc = await createTreatment('rest-anon', { summary: '日本一の効果を誇る治療です。' })
    const res = await rest('GET', `/treatments/${doc.id}/compliance`)
    expect(res.status).toBe(401)
    expect(res.text).not.toContain('日本一')
  })

  it('answers 404 for an unknown or malformed id', async () => {
    expect(
      (await rest('GET', '/articles/987654321/compliance', { token: marketerToken })).status,
    ).toBe(404)
    expect(
      (await rest('GET', '/articles/not-an-id/compliance', { token: marketerToken })).status,
    ).toBe(404)
  })

  it('exists only on the checked collections', async () => {
    const ref = await payload.find({ collection: 'references', limit: 1, depth: 0 })
    expect(
      (await rest('GET', `/references/${ref.docs[0].id}/compliance`, { token: marketerToken }))
        .status,
    ).toBe(404)
  })
})

describe('POST /api/<collection>/compliance-check', () => {
  it('checks unsaved form data with the related documents loaded', async () => {
    const a = await createTreatment('form-a', {
      regulatory: { coverage: 'self-pay', approval: 'approved' },
      price: {},
    })
    const b = await createTreatment('form-b')
    const data = {
      title: '下書き',
      lead: '日本一の効果があります。',
      compares: [a.id, b.id],
      body: richText(paragraph('違いを説明します。')),
    }
    const res = await rest('POST', '/articles/compliance-check', {
      token: marketerToken,
      body: { data },
    })
    expect(res.status).toBe(200)
    const paths = res.json.findings.map((f: Finding) => `${f.severity}:${f.path}`)
    expect(paths).toContain('error:lead')
    // The compared treatment (loaded on the server) has no price.
    expect(paths).toContain('error:compares.0.price.minJpy')
    expect(res.json.errors).toBe(
      res.json.findings.filter((f: Finding) => f.severity === 'error').length,
    )
    // Nothing was saved.
    expect(
      (await payload.count({ collection: 'articles', where: { title: { equals: '下書き' } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('clean data gives no findings', async () => {
    const res = await rest('POST', '/components/compliance-check', {
      token: marketerToken,
      body: { data: { name: '成長因子', functions: '細胞の増殖に関わるタンパク質です。' } },
    })
    expect(res.status).toBe(200)
    expect(res.json).toEqual({ errors: 0, warnings: 0, findings: [] })
  })

  it('refuses anonymous callers and malformed bodies', async () => {
    expect(
      (await rest('POST', '/articles/compliance-check', { body: { data: { lead: '日本一' } } }))
        .status,
    ).toBe(401)
    expect(
      (
        await rest('POST', '/articles/compliance-check', {
          token: marketerToken,
          body: ['not', 'an', 'object'],
        })
      ).status,
    ).toBe(400)
  })
})

describe('updateComplianceCounts', () => {
  it('stores the counts on every save, drafts included', async () => {
    const doc = await createTreatment('counts', { summary: '日本一の効果を誇る治療です。' })
    const { errors, warnings } = summarize(await checkStoredDocument(req, 'treatments', doc.id))
    expect(errors).toBeGreaterThan(0)
    expect(doc).toMatchObject({ complianceErrors: errors, complianceWarnings: warnings })

    const fixed = await payload.update({
      collection: 'treatments',
      id: doc.id,
      draft: true,
      data: { summary: '外来で行う治療です。' },
    })
    expect(fixed).toMatchObject({ complianceErrors: 0, complianceWarnings: 0 })
  })

  it('a partial update is counted against the whole stored document', async () => {
    const doc = await createTreatment('partial', { summary: '日本一の効果を誇る治療です。' })
    const updated = await payload.update({
      collection: 'treatments',
      id: doc.id,
      draft: true,
      data: { price: { maxJpy: 60000 } } as never,
    })
    expect(updated.complianceErrors).toBe(doc.complianceErrors)
    expect(updated.complianceErrors).toBeGreaterThan(0)
  })

  it('a marketer cannot overwrite the counts through REST', async () => {
    const doc = await createTreatment('forge', { summary: '日本一の効果を誇る治療です。' })
    const res = await rest('PATCH', `/treatments/${doc.id}?draft=true`, {
      token: marketerToken,
      body: { complianceErrors: 0, complianceWarnings: 0 },
    })
    expect(res.status).toBe(200)
    const stored = await payload.findByID({
      collection: 'treatments',
      id: doc.id,
      draft: true,
      depth: 0,
    })
    expect(stored.complianceErrors).toBe(doc.complianceErrors)
    expect(stored.complianceErrors).toBeGreaterThan(0)
  })
})

describe('npm run compliance', () => {
  it('reports each document with its findings and counts errors', async () => {
    await createTreatment('report-bad', { summary: '日本一の効果を誇る治療です。' })
    const bad = await complianceReport(payload, { slugs: [slug('report-bad')] })
    expect(bad.documents).toHaveLength(1)
    expect(bad.errors).toBeGreaterThan(0)
    const text = formatReport(bad)
    expect(text).toContain('report-bad')
    expect(text).toContain('日本一')
    expect(text).toContain('superiority/')

    const clean = await complianceReport(payload, {
      slugs: [demoArticle.slug, ...demoTreatments.map((t) => t.slug)],
    })
    expect(clean.documents).toHaveLength(1 + demoTreatments.length)
    expect(clean.errors).toBe(0)
  })

  it('the command exits 1 on errors and 0 on clean content', () => {
    const runScript = (...args: string[]) =>
      spawnSync(
        process.execPath,
        ['--import', 'tsx', 'scripts/with-db.ts', 'run', 'scripts/compliance.ts', ...args],
        {
          env: { ...process.env, NODE_OPTIONS: '--no-deprecation' },
          encoding: 'utf8',
          timeout: 90_000,
        },
      )
    const bad = runScript('--slug', slug('report-bad'))
    expect(bad.stdout).toContain('日本一')
    expect(bad.status).toBe(1)
    const clean = runScript('--slug', demoArticle.slug)
    expect(clean.stdout).toContain(demoArticle.title)
    expect(clean.status).toBe(0)
  }, 180_000)
})

describe('over-long input is refused by the length limit before the checker runs', () => {
  const SIX_MB = 'あ'.repeat(2_000_000) // 6 MB of UTF-8
  const invalidPaths = (json: any): string[] =>
    (json?.errors ?? []).flatMap((e: any) => (e.data?.errors ?? []).map((d: any) => d.path))
  const treatmentCount = async () => (await payload.count({ collection: 'treatments' })).totalDocs

  it('a 6 MB text area on create: 400 naming the field, nothing stored', async () => {
    const before = await treatmentCount()
    const res = await rest('POST', '/treatments?draft=true', {
      token: marketerToken,
      body: { ...treatmentData('huge-create'), summary: `${SIX_MB}日本一` },
    })
    expect(res.status).toBe(400)
    expect(invalidPaths(res.json)).toEqual(['summary'])
    expect(res.text).not.toContain('Maximum call stack')
    expect(await treatmentCount()).toBe(before)
  })

  it('a 6 MB text area on update: 400, the stored draft unchanged', async () => {
    const doc = await createTreatment('huge-update')
    const res = await rest('PATCH', `/treatments/${doc.id}?draft=true`, {
      token: marketerToken,
      body: { definition: SIX_MB },
    })
    expect(res.status).toBe(400)
    expect(invalidPaths(res.json)).toEqual(['definition'])
    expect(
      (await payload.findByID({ collection: 'treatments', id: doc.id, draft: true, depth: 0 }))
        .definition,
    ).toBe('治療の定義です。')
  })

  it('6 MB of rich text in an article body: 400 naming body', async () => {
    const before = (await payload.count({ collection: 'articles' })).totalDocs
    const res = await rest('POST', '/articles?draft=true', {
      token: marketerToken,
      body: {
        title: '長すぎる本文',
        slug: slug('huge-body'),
        lead: '比較します。',
        body: richText(paragraph(SIX_MB)),
      },
    })
    expect(res.status).toBe(400)
    expect(invalidPaths(res.json)).toEqual(['body'])
    expect((await payload.count({ collection: 'articles' })).totalDocs).toBe(before)
  })

  it('the live check of unsaved form data refuses it too, naming the field', async () => {
    const res = await rest('POST', '/articles/compliance-check', {
      token: marketerToken,
      body: { data: { title: '下書き', lead: SIX_MB } },
    })
    expect(res.status).toBe(400)
    expect(invalidPaths(res.json)).toEqual(['lead'])
  })

  it('text just under the limit is checked as usual', async () => {
    const res = await rest('POST', '/treatments/compliance-check', {
      token: marketerToken,
      body: {
        data: { name: '治療', summary: `${'細胞を培養します。'.repeat(2000)}日本一の実績です。` },
      },
    })
    expect(res.status).toBe(200)
    expect(res.json.findings.map((f: Finding) => [f.path, f.span?.text])).toContainEqual([
      'summary',
      '日本一',
    ])
  })
})
