import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { demoAccounts, loginAs } from '../../seed/demoClient'
import { baseURL } from '../helpers/browser'
import { richText } from '../helpers/lexical'

/**
 * The production build answers the workflow's refusals with their data: the guideline
 * findings of a refused submission (422 `data.errors`) and the unacknowledged warnings of a
 * refused approval (422 `data.unacknowledged`). The bundle's copy of Payload's error classes
 * is not the one that formats answers, which dropped `data` (lib/errors/answerWithErrorData.ts).
 */

const RUN = `errdata${Date.now().toString(36)}`
const created: number[] = []
let marketer: string
let reviewer: string
let compares: number[]

async function call(method: string, path: string, token: string, body?: unknown) {
  const res = await fetch(`${baseURL}/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, json: (await res.json()) as any }
}

async function draftArticle(name: string, lead: string, text: string): Promise<number> {
  const res = await call('POST', '/articles?draft=true', marketer, {
    title: `エラー詳細 ${name}`,
    slug: `${RUN}-${name}`,
    lead,
    compares,
    body: richText([text]),
  })
  expect(res.status).toBe(201)
  created.push(res.json.doc.id)
  return res.json.doc.id
}

beforeAll(async () => {
  marketer = await loginAs(baseURL, demoAccounts.marketer)
  reviewer = await loginAs(baseURL, demoAccounts.reviewer)
  const treatments = await call('GET', '/treatments?depth=0&limit=2', marketer)
  compares = treatments.json.docs.map((d: { id: number }) => d.id)
  expect(compares).toHaveLength(2)
})

afterAll(async () => {
  // Leaves the shared demo database as it was (deletion is admin-only and audited).
  const admin = await loginAs(baseURL, demoAccounts.admin)
  for (const id of created) await call('DELETE', `/articles/${id}`, admin)
})

describe('422 answers of the workflow keep their data in the production build', () => {
  it('a submission refused for 「日本一」 lists the finding (path, rule, text)', async () => {
    const id = await draftArticle(
      'nihonichi',
      '日本一の効果を実感できる治療を比較します。',
      '二つの治療の違いを説明します。',
    )
    const res = await call('POST', `/articles/${id}/submit`, marketer, {})
    expect(res.status).toBe(422)
    expect(res.json.errors[0].message).toContain('医療広告ガイドラインの違反が')
    const listed = res.json.errors[0].data?.errors as
      Array<{ ruleId: string; path: string; text: string | null }> | undefined
    expect(listed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'lead', text: expect.stringContaining('日本一') }),
      ]),
    )
    expect(listed!.every((f) => f.ruleId.length > 0)).toBe(true)
  })

  it('an approval that does not acknowledge a warning lists the warning', async () => {
    const id = await draftArticle(
      'warning',
      '二つの治療を比較します。',
      '肌のハリが改善したという報告があります。',
    )
    const submitted = await call('POST', `/articles/${id}/submit`, marketer, {})
    expect(submitted.status).toBe(200)
    expect(submitted.json.warnings.length).toBeGreaterThan(0)
    const res = await call('POST', `/articles/${id}/approve`, reviewer, {})
    expect(res.status).toBe(422)
    const unacknowledged = res.json.errors[0].data?.unacknowledged as
      Array<{ key: string }> | undefined
    expect(unacknowledged?.map((w) => w.key)).toEqual(
      submitted.json.warnings.map((w: { key: string }) => w.key),
    )
  })
})
