/**
 * The guideline check inside the review workflow, over REST: errors block submission (422,
 * listing them), warnings travel with the submission and must be acknowledged on approval.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { DEMO_PASSWORD, seedDemoContent } from '@/seed'
import { treatments as demoTreatments } from '@/seed/data'

import { corpusFiles, type CorpusCase } from '@/lib/compliance/corpus'
import { DEFAULT_CONTEXT } from '@/lib/compliance/corpus/context'
import { heldout, heldoutKnownMisses } from '@/lib/compliance/corpus/heldout'

import { bootPayload, closePayload } from '../helpers/payload'
import { login, rest } from '../helpers/rest'
import { richText } from '../helpers/lexical'

let payload: Payload
let marketer: string
let reviewer: string
let compares: number[]

const RUN = `gcwf${Date.now().toString(36)}`

const body = (text: string) => richText([text])

/** A marketer's draft article comparing the two demo treatments (which carry every 限定解除 item). */
async function draftArticle(name: string, fields: { lead: string; body: string }) {
  const res = await rest('POST', '/articles?draft=true', {
    token: marketer,
    body: {
      title: `申請テスト ${name}`,
      slug: `${RUN}-${name}`,
      lead: fields.lead,
      compares,
      body: body(fields.body),
    },
  })
  expect(res.status).toBe(201)
  return res.json.doc.id as number
}

const stored = (id: number) =>
  payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })
const publishedCount = (id: number) =>
  payload.count({
    collection: 'articles',
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
  })

beforeAll(async () => {
  payload = await bootPayload()
  await seedDemoContent(payload)
  marketer = await login('marketer@hikaku.test', DEMO_PASSWORD)
  reviewer = await login('reviewer@hikaku.test', DEMO_PASSWORD)
  const { docs } = await payload.find({
    collection: 'treatments',
    where: { slug: { in: demoTreatments.map((t) => t.slug) } },
    depth: 0,
  })
  compares = docs.map((d) => d.id)
  expect(compares).toHaveLength(2)
})

afterAll(async () => {
  await closePayload(payload)
})

describe('guideline check in the review workflow', () => {
  it('submit is refused with 422 listing the error while 「日本一の効果」 is in the text', async () => {
    const id = await draftArticle('nihonichi', {
      lead: '日本一の効果を実感できる治療を比較します。',
      body: '二つの治療の違いを説明します。',
    })
    const res = await rest('POST', `/articles/${id}/submit`, { token: marketer })
    expect(res.status).toBe(422)
    const listed = res.json.errors[0].data.errors as Array<{
      ruleId: string
      path: string
      text: string | null
    }>
    expect(listed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'lead', text: expect.stringContaining('日本一') }),
      ]),
    )
    expect(listed.every((e) => e.ruleId.length > 0)).toBe(true)
    // Nothing moved: still a draft, not in the queue.
    expect((await stored(id)).reviewState).toBe('draft')

    // Fixed, it goes through.
    const fix = await rest('PATCH', `/articles/${id}?draft=true`, {
      token: marketer,
      body: { lead: '二つの治療の定義と違いを比較します。' },
    })
    expect(fix.status).toBe(200)
    expect((await rest('POST', `/articles/${id}/submit`, { token: marketer })).status).toBe(200)
    expect((await stored(id)).reviewState).toBe('in_review')
  })

  it('warnings travel with the submission and must be acknowledged on approval', async () => {
    // An efficacy claim without a citation: a warning (the reviewer decides), not an error.
    const id = await draftArticle('warning', {
      lead: '二つの治療を比較します。',
      body: '肌のハリが改善したという報告があります。',
    })
    const submitted = await rest('POST', `/articles/${id}/submit`, { token: marketer })
    expect(submitted.status).toBe(200)
    const keys = (submitted.json.warnings as Array<{ key: string }>).map((w) => w.key)
    expect(keys).toContain('evidence/uncited-claim@body')

    const unacknowledged = await rest('POST', `/articles/${id}/approve`, {
      token: reviewer,
      body: {},
    })
    expect(unacknowledged.status).toBe(422)
    expect(
      unacknowledged.json.errors[0].data.unacknowledged.map((w: { key: string }) => w.key),
    ).toEqual(keys)
    expect((await stored(id)).reviewState).toBe('in_review')
    expect((await publishedCount(id)).totalDocs).toBe(0)

    // The compared demo treatments cite references nobody has verified yet: acknowledged too.
    const approved = await rest('POST', `/articles/${id}/approve`, {
      token: reviewer,
      body: { acknowledgeWarnings: keys, acknowledgeAllUnverifiedReferences: true },
    })
    expect(approved.status).toBe(200)
    expect((await publishedCount(id)).totalDocs).toBe(1)
  })
})

/**
 * Every must-flag ERROR sentence of the labelled corpus, alone in a marketer's draft treatment
 * placed as the corpus says (summary, risk section, clinical-application row; a page without
 * content, price and risks for the before/after ones), goes through the real submit endpoint:
 * 422, and the refusal lists an error of the sentence's category. Warnings-only sentences are not
 * submitted here (they pass submission by design). One document per sentence, in sequence.
 * The held-out set's error sentences go through the same way.
 */
describe('submit refuses every error sentence of the corpus (422)', () => {
  // The corpus files, and the held-out set (lib/compliance/corpus/heldout.ts) without its known misses.
  const files: Array<[string, CorpusCase[]]> = [
    ...Object.entries(corpusFiles),
    ['heldout', heldout.filter((c) => !heldoutKnownMisses.has(c.text))],
  ]
  const errorCases = files.map(
    ([file, cases]) =>
      [
        file,
        cases.filter(
          (c) =>
            c.expect.some((e) => e.severity === 'error') &&
            (c.context?.field ?? 'summary') !== 'body',
        ),
      ] as const,
  )
  const refs: { paper?: number; clinic?: number } = {}

  beforeAll(async () => {
    const paper = await payload.create({
      collection: 'references',
      draft: true,
      data: {
        title: '臨床研究の論文（コーパス用）',
        slug: `${RUN}-paper`,
        kind: 'journal-article',
        evidenceLevel: 'rct',
        pmid: String(Date.now()).slice(-8),
      } as never,
    })
    const clinic = await payload.create({
      collection: 'references',
      draft: true,
      data: {
        title: 'クリニックの案内ページ（コーパス用）',
        slug: `${RUN}-clinic`,
        kind: 'web-page',
        evidenceLevel: 'commercial',
        url: `https://clinic.example.jp/${RUN}`,
      } as never,
    })
    refs.paper = paper.id as number
    refs.clinic = clinic.id as number
  })

  /** The REST body of a complete unapproved 自由診療 treatment, with the sentence where the case puts it. */
  function treatmentBody(item: CorpusCase, n: number) {
    const ctx = { ...DEFAULT_CONTEXT, ...item.context }
    const support =
      ctx.support === 'paper' ? [refs.paper] : ctx.support === 'clinic' ? [refs.clinic] : []
    const regulatory =
      ctx.treatment === 'insurance'
        ? { coverage: 'insurance', approval: 'approved' }
        : {
            coverage: 'self-pay',
            approval: ctx.treatment === 'approved-self-pay' ? 'approved' : 'unapproved',
            unapproved: {
              notice: '本治療で使用する製剤は未承認医薬品等です。',
              howObtained: '国内の加工業者から購入しています。',
              domesticEquivalent: '国内で承認された同等の医薬品等はありません。',
              overseasSafety: '諸外国で承認されているとの情報は確認できていません。',
              reliefSystem: '医薬品副作用被害救済制度の対象にはなりません。',
            },
          }
    const body: Record<string, unknown> = {
      name: `コーパス${n}`,
      slug: `${RUN}-corpus-${n}`,
      summary: '培養上清を点滴で投与する治療です。',
      definition: '細胞が分泌した成分を用いる治療です。',
      administration: '点滴で投与します。',
      safety: { risks: '内出血が起こることがあります。', sideEffects: '発熱することがあります。' },
      price: { minJpy: 50000, maxJpy: 300000 },
      course: { period: '約3か月', sessions: '3〜5回' },
      regulatory,
      references: support,
    }
    if (ctx.field === 'summary') body.summary = item.text
    if (ctx.field === 'safety.risks')
      body.safety = { risks: item.text, sideEffects: '発熱することがあります。' }
    if (ctx.field === 'price.note') body.price = { minJpy: 50000, maxJpy: 300000, note: item.text }
    if (ctx.field === 'duration.text') body.duration = { text: item.text }
    if (ctx.field === 'clinicalApplications') {
      body.references = [refs.paper, refs.clinic]
      body.clinicalApplications = [
        { area: '皮膚の状態', finding: item.text, evidenceLevel: 'rct', references: support },
      ]
    }
    // No content, price and risks beside it: the before/after sentences are about such a page.
    if (!ctx.details) body.price = {}
    return body
  }

  let n = 0
  for (const [file, cases] of errorCases) {
    if (cases.length === 0) continue
    it(`${file}: ${cases.length} sentences, each refused with its category listed`, async () => {
      const failures: string[] = []
      for (const item of cases) {
        n++
        const created = await rest('POST', '/treatments?draft=true', {
          token: marketer,
          body: treatmentBody(item, n),
        })
        if (created.status !== 201) {
          failures.push(`「${item.text}」 create ${created.status} ${created.text.slice(0, 200)}`)
          continue
        }
        const res = await rest('POST', `/treatments/${created.json.doc.id}/submit`, {
          token: marketer,
        })
        const listed = (
          (res.json?.errors?.[0]?.data?.errors ?? []) as Array<{ ruleId: string }>
        ).map((e) => e.ruleId.split('/')[0])
        const wanted = item.expect
          .filter((e) => e.severity === 'error')
          .map((e) => e.category as string)
        const missing = wanted.filter(
          (c) => !listed.some((l) => l === c || (c === 'before-after' && l === 'before-after')),
        )
        if (res.status !== 422 || missing.length > 0)
          failures.push(
            `「${item.text}」 ${res.status} listed [${listed.join(', ')}] missing [${missing.join(', ')}]`,
          )
      }
      expect(failures).toEqual([])
    }, 300_000)
  }
})
