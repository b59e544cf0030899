/**
 * Point 12 of issue 11: NUL in a field, a query value or a path, a body that is not JSON or form
 * data (`text/plain`), and a control character in an upload's file name each get a 400 that names
 * the problem — never a 500 — and store nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readdirSync } from 'node:fs'
import type { Payload } from 'payload'
import sharp from 'sharp'

import { env } from '@/lib/env'
import { findArticlePage } from '@/lib/queries/article'
import { findComponentPage } from '@/lib/queries/component'
import { VISITOR } from '@/lib/queries/payload'
import { findTreatmentPage } from '@/lib/queries/treatment'

import { firstMessage, json, send, storedRows } from '../../helpers/hostile'
import { bootPayload, closePayload } from '../../helpers/payload'
import { createUser, type Actor } from '../../helpers/users'
import {
  componentData,
  createDraft,
  lexical,
  referenceData,
  treatmentData,
} from '../workflow-fixtures'

let payload: Payload
let marketer: Actor
let draftComponent: { id: number }

const mediaFiles = () => {
  try {
    return readdirSync(env.mediaDir).length
  } catch {
    return 0
  }
}

beforeAll(async () => {
  payload = await bootPayload()
  marketer = await createUser(payload, ['marketer'], '制御文字試験のマーケター')
  draftComponent = await createDraft(payload, 'components', componentData('変更されない成分'))
})
afterAll(async () => closePayload(payload))

const PATH_MESSAGE =
  'URL のパスに制御文字（NUL など）は使えません（control character in the path）。'
const queryMessage = (name: string) =>
  `クエリ「${name}」に制御文字（NUL など）は使えません（control character in query parameter "${name}"）。`

describe('NUL in a field: 400 naming the field, nothing stored', () => {
  const NUL = '\u0000'
  const cases: [string, string, () => Record<string, unknown>, string][] = [
    ['components', 'name', () => ({ ...componentData(), name: `成分${NUL}名` }), 'name'],
    ['components', 'functions', () => ({ ...componentData(), functions: `${NUL}` }), 'functions'],
    ['components', 'slug', () => ({ ...componentData(), slug: `slug-${NUL}` }), 'slug'],
    ['treatments', 'name', () => ({ ...treatmentData(), name: `治療${NUL}` }), 'name'],
    ['treatments', 'summary', () => ({ ...treatmentData(), summary: `${NUL}概要` }), 'summary'],
    [
      'treatments',
      'regulatory.coverage',
      () => ({
        ...treatmentData(),
        regulatory: { coverage: `insurance${NUL}`, approval: 'approved' },
      }),
      'regulatory.coverage',
    ],
    ['references', 'title', () => ({ ...referenceData(), title: `文献${NUL}` }), 'title'],
    ['references', 'url', () => ({ ...referenceData(), url: `https://example.org/${NUL}` }), 'url'],
    ['components', 'a key of the data', () => ({ ...componentData(), [`x${NUL}`]: 1 }), 'x?'],
  ]

  it.each(cases)('POST /api/%s with NUL in %s', async (collection, _, data, path) => {
    const before = await storedRows(payload)
    const res = await send('POST', `/api/${collection}`, { ...json(data()), token: marketer.token })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.json)).toContain(
      `${path}: NUL 文字（U+0000）は使えません（NUL character in ${path}）。`,
    )
    expect(firstMessage(res)).toContain(path)
    expect(await storedRows(payload)).toEqual(before)
  })

  it('in rich text, the path of the text node', async () => {
    const before = await storedRows(payload)
    const treatment = { ...treatmentData(), mechanism: lexical(`作用${NUL}機序`) }
    const res = await send('POST', '/api/treatments', { ...json(treatment), token: marketer.token })
    expect(res.status).toBe(400)
    expect(firstMessage(res)).toContain('mechanism.root.children.0.children.0.text')
    expect(await storedRows(payload)).toEqual(before)
  })

  it('PATCH of an existing draft: 400, the draft unchanged', async () => {
    const res = await send('PATCH', `/api/components/${draftComponent.id}?draft=true`, {
      ...json({ name: `書き換え${NUL}` }),
      token: marketer.token,
    })
    expect(res.status).toBe(400)
    expect(firstMessage(res)).toContain('name')
    const after = await payload.findByID({
      collection: 'components',
      id: draftComponent.id,
      draft: true,
      depth: 0,
    })
    expect(after.name).toBe('変更されない成分')
  })

  it('in multipart form data (the admin sends documents so)', async () => {
    const before = await storedRows(payload)
    const form = new FormData()
    form.set('_payload', JSON.stringify({ ...componentData(), name: `フォーム${NUL}` }))
    const res = await send('POST', '/api/components', { body: form, token: marketer.token })
    expect(res.status).toBe(400)
    expect(firstMessage(res)).toContain('name')
    expect(await storedRows(payload)).toEqual(before)
  })

  it('in a login e-mail', async () => {
    const res = await send(
      'POST',
      '/api/users/login',
      json({ email: `${marketer.email}${NUL}`, password: 'x' }),
    )
    expect(res.status).toBe(400)
    expect(firstMessage(res)).toContain('email')
  })

  it('in a GraphQL mutation', async () => {
    const before = await storedRows(payload)
    const res = await send('POST', '/api/graphql', {
      ...json({
        query:
          'mutation($name: String!) { createComponent(data: { name: $name, kind: growth_factor, slug: "gql-nul" }, draft: true) { id } }',
        variables: { name: `G${NUL}` },
      }),
      token: marketer.token,
    })
    expect(firstMessage(res)).toContain('name')
    expect(res.json.data?.createComponent ?? null).toBeNull()
    expect(await storedRows(payload)).toEqual(before)
  })

  it('in a GraphQL where: an error naming the query, not a database error', async () => {
    const res = await send(
      'POST',
      '/api/graphql',
      json({ query: '{ Components(where: { name: { equals: "a\\u0000" } }) { docs { id } } }' }),
    )
    expect(firstMessage(res)).toBe(
      '検索条件「name.equals」に NUL 文字は使えません（NUL character in where.name.equals）。',
    )
    expect(res.json.data?.Components ?? null).toBeNull()
  })
})

describe('a control character in the path or a query value: 400 before anything runs', () => {
  it.each([
    ['/api/articles/%00'],
    ['/api/articles%00'],
    ['/api/components/1%00'],
    ['/api/components/%0d%0aSet-Cookie:x=1'],
    ['/api/%7f'],
    ['/api/users/%00/unlock'],
    ['/admin/%00'],
    ['/admin/collections/articles%09'],
  ])('GET %s', async (path) => {
    const res = await send('GET', path)
    expect(res.status).toBe(400)
    expect(firstMessage(res)).toBe(PATH_MESSAGE)
    expect(res.passedOn).toBe(false)
  })

  it.each([
    ['/api/articles?where[title][equals]=%00', 'where[title][equals]'],
    ['/api/articles?where[slug][like]=a%00b', 'where[slug][like]'],
    ['/api/components?depth=%00', 'depth'],
    ['/api/components?limit=1%0A', 'limit'],
    ['/api/components?sort=%1b[31m', 'sort'],
    ['/api/treatments?draft=true%7f', 'draft'],
    ['/api/references?where[or][0][title][contains]=%01', 'where[or][0][title][contains]'],
    ['/api/components?%00=1', '?'],
  ])('GET %s', async (path, name) => {
    const res = await send('GET', path)
    expect(res.status).toBe(400)
    expect(firstMessage(res)).toBe(queryMessage(name))
  })

  it('POST with a NUL in the query string stores nothing', async () => {
    const before = await storedRows(payload)
    const res = await send('POST', '/api/components?draft=%00', {
      ...json(componentData()),
      token: marketer.token,
    })
    expect(res.status).toBe(400)
    expect(firstMessage(res)).toBe(queryMessage('draft'))
    expect(await storedRows(payload)).toEqual(before)
  })

  it('malformed percent-encoding: 400 naming the parameter', async () => {
    const res = await send('GET', '/api/articles?where[title][equals]=%E3%81')
    expect(res.status).toBe(400)
    expect(firstMessage(res)).toBe(
      'クエリ「where[title][equals]」のエンコードが正しくありません（malformed percent-encoding in query parameter "where[title][equals]"）。',
    )
  })
})

describe('a public page whose slug has a control character (the site, outside proxy.ts) is not found', () => {
  it.each([
    ['article', findArticlePage],
    ['treatment', findTreatmentPage],
    ['component', findComponentPage],
  ] as const)('%s', async (_, find) => {
    for (const slug of ['a\u0000b', '\u0000', 'x\u001b', 'x'.repeat(5000)])
      await expect(find(payload, slug, VISITOR)).resolves.toBeNull()
  })
})

describe('a body that is neither JSON nor form data: 400 naming the Content-Type, nothing stored', () => {
  it.each([
    ['POST', '/api/components', 'text/plain'],
    ['POST', '/api/components', 'text/plain;charset=UTF-8'],
    ['POST', '/api/components', 'application/xml'],
    ['POST', '/api/components', 'application/x-www-form-urlencoded'],
    ['PATCH', '/api/components/1', 'text/plain'],
    ['POST', '/api/users/login', 'text/plain'],
    ['POST', '/api/graphql', 'text/plain'],
    ['POST', '/api/articles/1/submit', 'text/plain'],
  ])('%s %s as %s', async (method, path, type) => {
    const before = await storedRows(payload)
    const res = await send(method, path, {
      body: JSON.stringify(componentData()),
      headers: { 'content-type': type },
      token: marketer.token,
    })
    expect(res.status).toBe(400)
    const shown = type.split(';')[0]
    expect(firstMessage(res)).toBe(
      `Content-Type「${shown}」の本文は受け付けません。application/json か multipart/form-data で送ってください（unsupported Content-Type "${shown}"）。`,
    )
    expect(await storedRows(payload)).toEqual(before)
  })

  it("a query sent as a form body with Payload's method override (as the admin's relationship fields do) is a read", async () => {
    const res = await send('POST', '/api/components', {
      body: 'depth=0&limit=5&where[name][exists]=true',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-payload-http-method-override': 'GET',
      },
      token: marketer.token,
    })
    expect(res.status).toBe(200)
    expect(res.json.limit).toBe(5)
  })

  it('the same read anonymously is bound by the public limits', async () => {
    const res = await send('POST', '/api/components', {
      body: 'depth=10&limit=5',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-payload-http-method-override': 'GET',
      },
    })
    expect(res.status).toBe(400)
    expect(firstMessage(res)).toBe(
      'depth は 2 以下にしてください（depth must be at most 2 without signing in）。',
    )
  })

  it('a body without any Content-Type', async () => {
    const res = await send('POST', '/api/components', {
      body: JSON.stringify(componentData()),
      token: marketer.token,
    })
    expect(res.status).toBe(400)
    expect(firstMessage(res)).toBe(
      'Content-Type「（なし）」の本文は受け付けません。application/json か multipart/form-data で送ってください（unsupported Content-Type "none"）。',
    )
  })
})

describe('a control character in an upload file name: 400 naming filename, no file written', () => {
  let png: Uint8Array<ArrayBuffer>
  beforeAll(async () => {
    png = new Uint8Array(
      await sharp({ create: { width: 8, height: 8, channels: 3, background: '#88aacc' } })
        .png()
        .toBuffer(),
    )
  })
  const upload = (filename: string) => {
    const form = new FormData()
    form.set('file', new File([png], filename, { type: 'image/png' }))
    form.set('_payload', JSON.stringify({ alt: '試験画像' }))
    return send('POST', '/api/media', { body: form, token: marketer.token })
  }

  // Busboy refuses most control characters in the part header itself; a tab reaches Payload.
  const malformed =
    'multipart/form-data の本文を読めません。ファイル名に制御文字（改行・NUL など）は使えません（malformed multipart body: Malformed part header; no control characters in a filename）。'
  const inTheName =
    'filename: ファイル名に制御文字は使えません（control character in the file name）。'
  it.each([
    ['\u0001', malformed],
    ['\u0000', malformed],
    ['\u001b[31m', malformed],
    ['\u007f', malformed],
    ['\t', inTheName],
  ])('file name with %j', async (bad, message) => {
    const [rows, files] = [await storedRows(payload), mediaFiles()]
    const res = await upload(`photo${bad}name.png`)
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.json)).toContain(message)
    expect(firstMessage(res)).toContain('filename')
    expect(await storedRows(payload)).toEqual(rows)
    expect(mediaFiles()).toBe(files)
  })

  it('a plain file name is uploaded (the guard refuses only the bad ones)', async () => {
    const res = await upload('photo-name.png')
    expect(res.status).toBe(201)
    expect(res.json.doc.filename).toMatch(/^photo-name.*\.webp$/)
  })
})

describe("NUL in a custom endpoint's body: 400 naming the field, nothing done", () => {
  const NUL = '\u0000'
  const nulMessage = (field: string) =>
    `${field}: NUL 文字（U+0000）は使えません（NUL character in ${field}）。`

  it("a reviewer's request-changes note: 400, the document still in review, no audit entry", async () => {
    const reviewer = await createUser(payload, ['reviewer'], '制御文字試験のレビュアー')
    const submitted = await createDraft(payload, 'components', componentData('差し戻し試験の成分'))
    const submit = await send('POST', `/api/components/${submitted.id}/submit`, {
      ...json({}),
      token: marketer.token,
    })
    expect(submit.status).toBe(200)
    const before = await storedRows(payload)

    const res = await send('POST', `/api/components/${submitted.id}/request-changes`, {
      ...json({ note: `出典を${NUL}確認してください` }),
      token: reviewer.token,
    })
    expect(res.status).toBe(400)
    expect(firstMessage(res)).toBe(nulMessage('note'))
    const after = await payload.findByID({
      collection: 'components',
      id: submitted.id,
      draft: true,
      depth: 0,
    })
    expect(after.reviewState).toBe('in_review')
    expect(await storedRows(payload)).toEqual(before)
  })

  it('the guideline check of unsaved text names the nested field', async () => {
    const res = await send('POST', '/api/components/compliance-check', {
      ...json({ data: { name: '成分', functions: `効果${NUL}` } }),
      token: marketer.token,
    })
    expect(res.status).toBe(400)
    expect(firstMessage(res)).toBe(nulMessage('data.functions'))
  })

  it('a reference lookup DOI', async () => {
    const before = await storedRows(payload)
    const res = await send('POST', '/api/references/lookup', {
      ...json({ doi: `10.1000/x${NUL}` }),
      token: marketer.token,
    })
    expect(res.status).toBe(400)
    expect(firstMessage(res)).toBe(nulMessage('doi'))
    expect(await storedRows(payload)).toEqual(before)
  })

  it('a forgot-password e-mail', async () => {
    const res = await send('POST', '/api/users/forgot-password', json({ email: `a${NUL}@b.jp` }))
    expect(res.status).toBe(400)
    expect(firstMessage(res)).toBe(nulMessage('email'))
  })
})
