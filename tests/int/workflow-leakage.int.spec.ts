import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { graphql } from '../helpers/graphql'
import { bootPayload, closePayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createTeam } from '../helpers/users'
import { articleData, createDraft, createPublished, treatmentData } from './workflow-fixtures'

/**
 * Visitors never see drafts: REST (?draft=true included), GraphQL, relationship population at
 * any depth, versions endpoints. Setup: a published article comparing
 *  - `revised`: a published treatment with a newer, unapproved draft (secret name), and
 *  - `fresh`: a treatment that exists only as a draft,
 * plus the article itself has a newer draft with a secret title.
 */
let payload: Payload
let team: Awaited<ReturnType<typeof createTeam>>
let revised: { id: number }
let fresh: { id: number }
let article: { id: number }
const SECRET = '未承認の下書き'

beforeAll(async () => {
  payload = await bootPayload()
  team = await createTeam(payload)
  revised = await createPublished(payload, 'treatments', treatmentData('公開済みの治療'))
  fresh = await createDraft(payload, 'treatments', treatmentData(`${SECRET}の治療`))
  const other = await createPublished(payload, 'treatments', treatmentData('もう一つの治療'))
  article = await createPublished(
    payload,
    'articles',
    articleData([revised.id, other.id], '公開済みの記事'),
  )
  // The article's live version links a draft-only treatment only in a later draft, and the
  // published treatment gets an unapproved edit.
  await rest('PATCH', `/treatments/${revised.id}?draft=true`, {
    token: team.marketer.token,
    body: { name: `${SECRET}（改訂）` },
  })
  await rest('PATCH', `/articles/${article.id}?draft=true`, {
    token: team.marketer.token,
    body: { title: `${SECRET}の記事`, compares: [revised.id, fresh.id] },
  })
  // A second published article that links the draft-only treatment in its live version.
  const linking = await createPublished(
    payload,
    'articles',
    articleData([other.id, fresh.id], 'ドラフトを参照する記事'),
  )
  linkingId = linking.id
})
let linkingId: number
afterAll(async () => closePayload(payload))

const noSecret = (value: unknown) => expect(JSON.stringify(value)).not.toContain(SECRET)

describe('REST as a visitor', () => {
  it('reads the published versions only, also with ?draft=true', async () => {
    // depth=2: the deepest an anonymous caller may ask for (lib/http/publicReads.ts).
    for (const q of ['', '?draft=true', '?draft=true&depth=2']) {
      const a = await rest('GET', `/articles/${article.id}${q}`)
      expect(a.status).toBe(200)
      expect(a.json.title).toBe('公開済みの記事')
      noSecret(a.json)
      const list = await rest('GET', `/treatments${q || '?'}&limit=100&sort=-createdAt`)
      noSecret(list.json)
      expect(list.json.docs.map((d: { id: number }) => d.id)).not.toContain(fresh.id)
      expect((await rest('GET', `/treatments/${fresh.id}${q}`)).status).toBe(404)
    }
  })

  it('relationship population shows the last published version of a revised document, and nothing of a draft-only one', async () => {
    const a = await rest('GET', `/articles/${article.id}?depth=2&draft=true`)
    const names = a.json.compares.map((t: { name?: string } | number) =>
      typeof t === 'object' ? t.name : t,
    )
    expect(names).toContain('公開済みの治療')
    noSecret(a.json)
    const linking = await rest('GET', `/articles/${linkingId}?depth=2`)
    expect(linking.status).toBe(200)
    noSecret(linking.json)
    const compares = linking.json.compares as unknown[]
    expect(
      compares.some(
        (t) => typeof t === 'object' && t !== null && (t as { id: number }).id === fresh.id,
      ),
    ).toBe(false)
  })

  it('cannot query drafts by where on their content', async () => {
    const res = await rest(
      'GET',
      `/treatments?draft=true&where[name][like]=${encodeURIComponent(SECRET)}`,
    )
    expect(res.json.docs ?? []).toEqual([])
  })

  it('versions endpoints are closed', async () => {
    for (const path of [
      `/articles/versions`,
      `/treatments/versions?where[parent][equals]=${revised.id}`,
    ]) {
      const res = await rest('GET', path)
      expect(res.status).toBe(403)
      noSecret(res.json)
    }
    const staffVersions = await rest(
      'GET',
      `/treatments/versions?where[parent][equals]=${revised.id}`,
      { token: team.marketer.token },
    )
    expect(staffVersions.status).toBe(200)
    const versionId = staffVersions.json.docs[0].id
    const one = await rest('GET', `/treatments/versions/${versionId}`)
    expect(one.status).toBe(403)
    noSecret(one.json)
  })
})

describe('GraphQL as a visitor', () => {
  // limit 100, newest first: the most an anonymous caller may list (lib/http/publicReads.ts).
  it('document, list and draft queries show published versions only', async () => {
    const res = await graphql(`{
      Article(id: ${article.id}, draft: true) { title compares { id name } }
      Treatments(draft: true, limit: 100, sort: "-createdAt") { docs { id name } }
      Treatment(id: ${revised.id}, draft: true) { name }
    }`)
    expect(res.data.Article.title).toBe('公開済みの記事')
    expect(res.data.Treatment.name).toBe('公開済みの治療')
    expect(res.data.Treatments.docs.map((d: { id: number }) => d.id)).not.toContain(fresh.id)
    noSecret(res)
  })

  it('a draft-only treatment is not found, directly or through a published article', async () => {
    const res = await graphql(`{ Treatment(id: ${fresh.id}, draft: true) { name } }`)
    expect(res.data?.Treatment ?? null).toBeNull()
    noSecret(res)
    const linked = await graphql(`{ Article(id: ${linkingId}) { compares { id name } } }`)
    noSecret(linked)
    expect(
      (linked.data.Article.compares ?? []).filter(Boolean).map((t: { id: number }) => t.id),
    ).not.toContain(fresh.id)
  })

  it('versions queries are refused', async () => {
    const res = await graphql(
      `{ versionsTreatments(where: { parent: { equals: ${revised.id} } }) { docs { id version { name } } } }`,
    )
    expect(res.errors?.[0]?.message).toBeTruthy()
    noSecret(res.data)
  })

  it('staff see the drafts', async () => {
    const res = await graphql(`{ Treatment(id: ${revised.id}, draft: true) { name } }`, {
      token: team.marketer.token,
    })
    expect(res.data.Treatment.name).toContain(SECRET)
  })
})

describe('Local API with user access', () => {
  it('an anonymous read (overrideAccess: false, no user) never returns drafts', async () => {
    const a = await payload.findByID({
      collection: 'articles',
      id: article.id,
      draft: true,
      depth: 2,
      overrideAccess: false,
    })
    expect(a.title).toBe('公開済みの記事')
    noSecret(a)
    await expect(
      payload.findByID({
        collection: 'treatments',
        id: fresh.id,
        draft: true,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    await expect(
      payload.findVersions({ collection: 'treatments', overrideAccess: false }),
    ).rejects.toThrow()
  })
})
