/**
 * The guideline check inside the review workflow, over REST: errors block submission (422,
 * listing them), warnings travel with the submission and must be acknowledged on approval.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { DEMO_PASSWORD, seedDemoContent } from '@/seed'
import { treatments as demoTreatments } from '@/seed/data'

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
    body: { title: `申請テスト ${name}`, slug: `${RUN}-${name}`, lead: fields.lead, compares, body: body(fields.body) },
  })
  expect(res.status).toBe(201)
  return res.json.doc.id as number
}

const stored = (id: number) => payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })
const publishedCount = (id: number) => payload.count({ collection: 'articles', where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] } })

beforeAll(async () => {
  payload = await bootPayload()
  await seedDemoContent(payload)
  marketer = await login('marketer@hikaku.test', DEMO_PASSWORD)
  reviewer = await login('reviewer@hikaku.test', DEMO_PASSWORD)
  const { docs } = await payload.find({ collection: 'treatments', where: { slug: { in: demoTreatments.map((t) => t.slug) } }, depth: 0 })
  compares = docs.map((d) => d.id)
  expect(compares).toHaveLength(2)
})

afterAll(async () => {
  await closePayload(payload)
})

describe('guideline check in the review workflow', () => {
  it('submit is refused with 422 listing the error while 「日本一の効果」 is in the text', async () => {
    const id = await draftArticle('nihonichi', { lead: '日本一の効果を実感できる治療を比較します。', body: '二つの治療の違いを説明します。' })
    const res = await rest('POST', `/articles/${id}/submit`, { token: marketer })
    expect(res.status).toBe(422)
    const listed = res.json.errors[0].data.errors as Array<{ ruleId: string; path: string; text: string | null }>
    expect(listed).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'lead', text: expect.stringContaining('日本一') })]))
    expect(listed.every((e) => e.ruleId.length > 0)).toBe(true)
    // Nothing moved: still a draft, not in the queue.
    expect((await stored(id)).reviewState).toBe('draft')

    // Fixed, it goes through.
    const fix = await rest('PATCH', `/articles/${id}?draft=true`, { token: marketer, body: { lead: '二つの治療の定義と違いを比較します。' } })
    expect(fix.status).toBe(200)
    expect((await rest('POST', `/articles/${id}/submit`, { token: marketer })).status).toBe(200)
    expect((await stored(id)).reviewState).toBe('in_review')
  })

  it('warnings travel with the submission and must be acknowledged on approval', async () => {
    // An efficacy claim without a citation: a warning (the reviewer decides), not an error.
    const id = await draftArticle('warning', { lead: '二つの治療を比較します。', body: '肌のハリが改善したという報告があります。' })
    const submitted = await rest('POST', `/articles/${id}/submit`, { token: marketer })
    expect(submitted.status).toBe(200)
    const keys = (submitted.json.warnings as Array<{ key: string }>).map((w) => w.key)
    expect(keys).toContain('evidence/uncited-claim@body')

    const unacknowledged = await rest('POST', `/articles/${id}/approve`, { token: reviewer, body: {} })
    expect(unacknowledged.status).toBe(422)
    expect(unacknowledged.json.errors[0].data.unacknowledged.map((w: { key: string }) => w.key)).toEqual(keys)
    expect((await stored(id)).reviewState).toBe('in_review')
    expect((await publishedCount(id)).totalDocs).toBe(0)

    // The compared demo treatments cite references nobody has verified yet: acknowledged too.
    const approved = await rest('POST', `/articles/${id}/approve`, { token: reviewer, body: { acknowledgeWarnings: keys, acknowledgeAllUnverifiedReferences: true } })
    expect(approved.status).toBe(200)
    expect((await publishedCount(id)).totalDocs).toBe(1)
  })
})
