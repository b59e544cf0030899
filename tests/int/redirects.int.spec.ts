/**
 * Redirects (Payload's redirects plugin, collections/Redirects.ts): an approval that changes a
 * published slug leaves a 301 from the old path; chains collapse; loops and bad paths are
 * refused with a 400 naming the field; only admins manage them; no draft slug is ever a
 * destination. The table proxy.ts serves is read here from the real database.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { readRedirectTable } from '@/lib/redirects/table'

import { bootPayload, closePayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createTeam } from '../helpers/users'
import { createPublished, treatmentData, uniq } from './workflow-fixtures'

let payload: Payload
let team: Awaited<ReturnType<typeof createTeam>>

beforeAll(async () => {
  payload = await bootPayload()
  team = await createTeam(payload)
})
afterAll(async () => closePayload(payload))

const table = () => readRedirectTable(payload.db.pool!)
const redirectCount = async () =>
  (await payload.count({ collection: 'redirects', overrideAccess: true })).totalDocs
const errorPaths = (json: any): string[] =>
  (json?.errors ?? []).flatMap((e: any) => (e.data?.errors ?? []).map((d: any) => d.path))
const errorText = (json: any): string => JSON.stringify(json?.errors ?? [])

/** A marketer changes the slug as a draft, submits; a reviewer approves. */
async function renameThroughReview(id: number, slug: string) {
  expect(
    (
      await rest('PATCH', `/treatments/${id}?draft=true`, {
        token: team.marketer.token,
        body: { slug },
      })
    ).status,
  ).toBe(200)
  expect(
    (await rest('POST', `/treatments/${id}/submit`, { token: team.marketer.token, body: {} }))
      .status,
  ).toBe(200)
  const approved = await rest('POST', `/treatments/${id}/approve`, {
    token: team.reviewer.token,
    body: {},
  })
  expect(approved.status).toBe(200)
}

const createRedirect = (body: unknown, token = team.admin.token) =>
  rest('POST', '/redirects', { token, body })

describe('an approved slug change', () => {
  it('redirects the old path to the new one, only once approved, and collapses chains', async () => {
    const s1 = uniq('rd-one')
    const s2 = uniq('rd-two')
    const s3 = uniq('rd-three')
    const t = await createPublished(payload, 'treatments', {
      ...treatmentData('転送試験の治療'),
      slug: s1,
    })

    // A draft rename is not published: nothing redirects, and the draft slug is nowhere.
    expect(
      (
        await rest('PATCH', `/treatments/${t.id}?draft=true`, {
          token: team.marketer.token,
          body: { slug: s2 },
        })
      ).status,
    ).toBe(200)
    const beforeApproval = await table()
    expect(beforeApproval.has(`/treatments/${s1}`)).toBe(false)
    expect([...beforeApproval.values()]).not.toContain(`/treatments/${s2}`)

    expect(
      (await rest('POST', `/treatments/${t.id}/submit`, { token: team.marketer.token, body: {} }))
        .status,
    ).toBe(200)
    expect(
      (await rest('POST', `/treatments/${t.id}/approve`, { token: team.reviewer.token, body: {} }))
        .status,
    ).toBe(200)
    expect((await table()).get(`/treatments/${s1}`)).toBe(`/treatments/${s2}`)
    const stored = await payload.find({
      collection: 'redirects',
      where: { from: { equals: `/treatments/${s1}` } },
      overrideAccess: true,
      depth: 0,
    })
    expect(stored.docs[0]?.to).toMatchObject({
      type: 'reference',
      reference: { relationTo: 'treatments', value: t.id },
    })

    // A second rename: both old paths lead straight to the newest one (no chain).
    await renameThroughReview(t.id, s3)
    const after = await table()
    expect(after.get(`/treatments/${s1}`)).toBe(`/treatments/${s3}`)
    expect(after.get(`/treatments/${s2}`)).toBe(`/treatments/${s3}`)

    // Back to the first slug: that path is a page again, never redirected (no loop).
    await renameThroughReview(t.id, s1)
    const back = await table()
    expect(back.has(`/treatments/${s1}`)).toBe(false)
    expect(back.get(`/treatments/${s2}`)).toBe(`/treatments/${s1}`)
    expect(back.get(`/treatments/${s3}`)).toBe(`/treatments/${s1}`)
    expect(
      (
        await payload.count({
          collection: 'redirects',
          where: { from: { equals: `/treatments/${s1}` } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('stops redirecting to a document once it is unpublished (no draft behind a redirect)', async () => {
    const s1 = uniq('rd-gone')
    const s2 = uniq('rd-gone-new')
    const t = await createPublished(payload, 'treatments', {
      ...treatmentData('停止試験の治療'),
      slug: s1,
    })
    await renameThroughReview(t.id, s2)
    expect((await table()).get(`/treatments/${s1}`)).toBe(`/treatments/${s2}`)

    const res = await rest('POST', `/treatments/${t.id}/unpublish`, {
      token: team.reviewer.token,
      body: { note: '内容を見直します' },
    })
    expect(res.status).toBe(200)
    expect((await table()).has(`/treatments/${s1}`)).toBe(false)
  })
})

describe('redirects managed by admins', () => {
  it('collapses a chain when a redirect points at the start of another, and when one is added at its end', async () => {
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((x) => `/${uniq(`old-${x}`)}`)
    expect((await createRedirect({ from: b, to: { type: 'custom', url: c } })).status).toBe(201)
    // A→B while B→C exists is stored as A→C.
    const ab = await createRedirect({ from: a, to: { type: 'custom', url: b } })
    expect(ab.status).toBe(201)
    expect(ab.json.doc.to.url).toBe(c)
    // C→D: A and B now go to D directly.
    expect((await createRedirect({ from: c, to: { type: 'custom', url: d } })).status).toBe(201)
    const t = await table()
    expect([t.get(a), t.get(b), t.get(c)]).toEqual([d, d, d])
  })

  it('refuses a loop with a 400 naming to.url, and stores nothing', async () => {
    const [a, b, c] = ['a', 'b', 'c'].map((x) => `/${uniq(`loop-${x}`)}`)
    expect((await createRedirect({ from: a, to: { type: 'custom', url: b } })).status).toBe(201)
    expect((await createRedirect({ from: b, to: { type: 'custom', url: c } })).status).toBe(201)
    const before = await redirectCount()

    const loop = await createRedirect({ from: c, to: { type: 'custom', url: a } })
    expect(loop.status).toBe(400)
    expect(errorPaths(loop.json)).toEqual(['to.url'])
    expect(errorText(loop.json)).toContain('転送元')

    const self = await createRedirect({ from: c, to: { type: 'custom', url: `${c}/` } })
    expect(self.status).toBe(400)
    expect(errorPaths(self.json)).toEqual(['to.url'])
    expect(await redirectCount()).toBe(before)
    expect((await table()).has(c)).toBe(false)
  })

  it('refuses a redirect to a document that would lead back to its own path', async () => {
    const slug = uniq('rd-self')
    const t = await createPublished(payload, 'treatments', {
      ...treatmentData('自己転送の治療'),
      slug,
    })
    const before = await redirectCount()
    // The page itself lives at the path: that is refused as a `from`.
    const res = await createRedirect({
      from: `/treatments/${slug}`,
      to: { type: 'reference', reference: { relationTo: 'treatments', value: t.id } },
    })
    expect(res.status).toBe(400)
    expect(errorPaths(res.json)).toEqual(['from'])
    expect(errorText(res.json)).toContain('公開中のページ')
    expect(await redirectCount()).toBe(before)
  })

  it('refuses a malformed from or to with a 400 naming the field', async () => {
    const before = await redirectCount()
    const noSlash = await createRedirect({
      from: 'articles/no-slash',
      to: { type: 'custom', url: '/articles/x' },
    })
    expect(noSlash.status).toBe(400)
    expect(errorPaths(noSlash.json)).toEqual(['from'])
    expect(errorText(noSlash.json)).toContain('転送元')

    const badTo = await createRedirect({
      from: `/${uniq('bad-to')}`,
      to: { type: 'custom', url: 'javascript:alert(1)' },
    })
    expect(badTo.status).toBe(400)
    expect(errorPaths(badTo.json)).toEqual(['to.url'])
    expect(await redirectCount()).toBe(before)
  })

  it('lets only admins create redirects; visitors cannot list them', async () => {
    const before = await redirectCount()
    const from = `/${uniq('marketer')}`
    const res = await createRedirect(
      { from, to: { type: 'custom', url: '/' } },
      team.marketer.token,
    )
    expect(res.status).toBe(403)
    expect(await redirectCount()).toBe(before)
    expect((await table()).has(from)).toBe(false)

    const anonymous = await rest('GET', '/redirects')
    expect(anonymous.status).toBe(403)
    expect(anonymous.json?.docs).toBeUndefined()
  })
})
