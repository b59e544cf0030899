/**
 * Point 1 of issue 11: an anonymous caller cannot make the server build a huge answer. Public
 * REST and GraphQL reads accept depth ≤ 2 and limit 1–100 (400 naming the parameter otherwise);
 * every answer within those bounds is under 1 MB on the demo content, and a larger one is
 * refused (the backstop). Staff are not bound by the anonymous limits.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { seedDemoContent } from '@/seed'

import { firstMessage, json, send, storedRows } from '../../helpers/hostile'
import { bootPayload, closePayload } from '../../helpers/payload'
import { createUser, type Actor } from '../../helpers/users'
import { componentData, createPublished } from '../workflow-fixtures'

const PUBLIC_COLLECTIONS = ['articles', 'treatments', 'components', 'references', 'media'] as const
const DEPTH_MESSAGE =
  'depth は 2 以下にしてください（depth must be at most 2 without signing in）。'
const LIMIT_MESSAGE =
  'limit は 1〜100 にしてください（limit must be between 1 and 100 without signing in）。'
const PAGINATION_MESSAGE =
  'pagination=false は使えません。limit 100 件ずつ読んでください（pagination=false is not allowed without signing in; use limit up to 100）。'
const ONE_MB = 1_000_000

let payload: Payload
let admin: Actor
let marketer: Actor

beforeAll(async () => {
  payload = await bootPayload()
  await seedDemoContent(payload)
  admin = await createUser(payload, ['admin'], '上限試験の管理者')
  marketer = await createUser(payload, ['marketer'], '上限試験のマーケター')
})
afterAll(async () => closePayload(payload))

describe('anonymous REST reads: too deep, too many, or everything at once is a 400 naming the parameter', () => {
  const cases: [string, string, string][] = []
  for (const collection of PUBLIC_COLLECTIONS) {
    for (const depth of [3, 6, 10, 100])
      cases.push([collection, `depth=${depth}&limit=10`, DEPTH_MESSAGE])
    for (const limit of [0, 101, 100000])
      cases.push([collection, `depth=0&limit=${limit}`, LIMIT_MESSAGE])
    cases.push([collection, 'pagination=false', PAGINATION_MESSAGE])
  }

  it.each(cases)('GET /api/%s?%s', async (collection, query, message) => {
    const before = await storedRows(payload)
    const res = await send('GET', `/api/${collection}?${query}`)
    expect(res.status).toBe(400)
    expect(firstMessage(res)).toBe(message)
    expect(await storedRows(payload)).toEqual(before)
  })

  it('by id too: GET /api/components/:id?depth=10', async () => {
    const { docs } = await payload.find({ collection: 'components', limit: 1, depth: 0 })
    const res = await send('GET', `/api/components/${docs[0]!.id}?depth=10`)
    expect(res.status).toBe(400)
    expect(firstMessage(res)).toBe(DEPTH_MESSAGE)
  })

  it.each([
    ['a session cookie nobody issued', { cookie: 'payload-token=forged' }],
    ['a forged Authorization header', { authorization: 'JWT not-a-real-token' }],
  ])('with %s the caller is still anonymous', async (_, headers) => {
    const res = await send('GET', '/api/components?depth=10&limit=100', { headers })
    expect(res.status).toBe(400)
    expect(firstMessage(res)).toBe(DEPTH_MESSAGE)
  })
})

describe('anonymous reads within the bounds answer, and under 1 MB', () => {
  // The demo has no media: its list is empty.
  it.each(PUBLIC_COLLECTIONS.filter((c) => c !== 'media'))(
    'GET /api/%s?depth=2&limit=100',
    async (collection) => {
      const res = await send('GET', `/api/${collection}?depth=2&limit=100`)
      expect(res.status).toBe(200)
      expect(res.json.docs.length).toBeGreaterThan(0)
      expect(res.bytes).toBeLessThan(ONE_MB)
    },
  )

  it('the site settings global too', async () => {
    const res = await send('GET', '/api/globals/site-settings?depth=2')
    expect(res.status).toBe(200)
    expect(res.bytes).toBeLessThan(ONE_MB)
  })
})

describe('the response-size backstop', () => {
  it('an anonymous answer over 1 MB within the bounds is refused with 400, naming limit and depth', async () => {
    // 60 published components of ~20 KB each: 100 per page would be ~1.2 MB.
    const long = '細胞の増殖に関わる因子として報告されています。'.repeat(300)
    for (let i = 0; i < 60; i++)
      await createPublished(payload, 'components', {
        ...componentData(`大きな成分${i}`),
        functions: long,
      })
    const before = await storedRows(payload)
    const res = await send('GET', '/api/components?depth=0&limit=100')
    expect(res.status).toBe(400)
    expect(firstMessage(res)).toBe(
      '応答が大きすぎます（1000000 bytes 超）。limit か depth を小さくしてください（response larger than 1000000 bytes: lower limit or depth）。',
    )
    expect(await storedRows(payload)).toEqual(before)
    // A smaller page of the same documents is answered.
    const page = await send('GET', '/api/components?depth=0&limit=10')
    expect(page.status).toBe(200)
  })
})

describe('staff keep what the admin needs', () => {
  it('an admin may read deeper and more than anonymous callers', async () => {
    const res = await send('GET', '/api/components?depth=3&limit=200', { token: admin.token })
    expect(res.status).toBe(200)
    expect(res.json.limit).toBe(200)
  })

  it('a marketer may list everything at once (pagination=false), as the admin does for relationships', async () => {
    const res = await send('GET', '/api/treatments?pagination=false&depth=0', {
      token: marketer.token,
    })
    expect(res.status).toBe(200)
    expect(res.json.docs.length).toBe((await payload.count({ collection: 'treatments' })).totalDocs)
  })
})

describe('anonymous GraphQL reads', () => {
  // The GraphQL-over-HTTP media type: a query refused in validation answers 400 (with plain
  // application/json, graphql-http answers such errors with 200).
  const query = (q: string, token?: string) => {
    const body = json({ query: q })
    return send('POST', '/api/graphql', {
      body: body.body,
      headers: { ...body.headers, accept: 'application/graphql-response+json' },
      token,
    })
  }

  it.each([
    [
      'three levels of relationships',
      '{ Articles(limit: 5) { docs { compares { components { component { references { title } } } } } } }',
    ],
    [
      'three levels through a fragment',
      'fragment T on Treatment { components { component { references { title } } } } { Articles { docs { compares { ...T } } } }',
    ],
    [
      'by id',
      '{ Article(id: 1) { compares { components { component { references { title } } } } } }',
    ],
    [
      'polymorphic relationships (a union)',
      '{ Components { docs { partOf { value { ... on Component { partOf { value { ... on Component { partOf { value { ... on Treatment { name } } } } } } } } } } } }',
    ],
  ])('%s: refused before it runs', async (_, q) => {
    const res = await query(q)
    expect(res.status).toBe(400)
    expect(firstMessage(res)).toBe(
      '関連ドキュメントの入れ子は depth 2 までです（relationships nested deeper than depth 2 without signing in）。',
    )
    expect(res.json.data).toBeUndefined()
  })

  it.each([
    ['limit: 1000', '{ Components(limit: 1000) { docs { name } } }', LIMIT_MESSAGE],
    ['limit: 0', '{ Components(limit: 0) { docs { name } } }', LIMIT_MESSAGE],
    [
      'pagination: false',
      '{ Components(pagination: false) { docs { name } } }',
      PAGINATION_MESSAGE,
    ],
  ])('%s: refused naming the argument', async (_, q, message) => {
    const res = await query(q)
    expect(res.json.data?.Components ?? null).toBeNull()
    expect(firstMessage(res)).toBe(message)
  })

  it('two levels are answered', async () => {
    const res = await query(
      '{ Articles(limit: 5) { docs { title compares { name components { component { name } } } } } }',
    )
    expect(res.status).toBe(200)
    expect(res.json.errors).toBeUndefined()
    expect(res.json.data.Articles.docs.length).toBeGreaterThan(0)
  })

  it('staff may nest deeper', async () => {
    const res = await query(
      '{ Articles(limit: 5) { docs { compares { components { component { references { title } } } } } } }',
      admin.token,
    )
    expect(res.status).toBe(200)
    expect(res.json.errors).toBeUndefined()
  })
})
