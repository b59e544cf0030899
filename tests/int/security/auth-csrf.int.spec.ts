/**
 * Point 7 of issue 11: without SERVER_URL, the admin's session cookie must not authorise a
 * state-changing request sent by a page on another origin (a cross-site form POST).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { env } from '@/lib/env'

import { bootPayload, closePayload } from '../../helpers/payload'
import { throughProxy } from '../../helpers/throughProxy'
import { createUser, type Actor } from '../../helpers/users'
import { componentData, createDraft } from '../workflow-fixtures'

const APP = 'http://localhost:3000'
const EVIL = 'https://evil.example'

let payload: Payload
let marketer: Actor

beforeAll(async () => {
  payload = await bootPayload()
  marketer = await createUser(payload, ['marketer'], 'CSRF試験のマーケター')
})
afterAll(async () => closePayload(payload))

/** A browser form post with the marketer's session cookie, as a page at `origin` would send it. */
function formPost(path: string, data: Record<string, unknown>, headers: Record<string, string>) {
  const form = new FormData()
  form.set('_payload', JSON.stringify(data))
  return throughProxy('POST', `${APP}/api${path}`, {
    headers: { host: 'localhost:3000', cookie: `payload-token=${marketer.token}`, ...headers },
    body: form,
  })
}

const componentCount = async () => (await payload.count({ collection: 'components' })).totalDocs

describe('cross-site requests with the session cookie are refused', () => {
  it('runs without SERVER_URL, as the issue describes', () => {
    expect(env.configuredServerUrl).toBeUndefined()
  })

  it('a cross-site form POST to /api/components: 403, nothing stored', async () => {
    const before = await componentCount()
    const res = await formPost('/components', componentData('クロスサイトで作られた成分'), {
      origin: EVIL,
      'sec-fetch-site': 'cross-site',
    })
    expect(res.status).toBe(403)
    expect(res.json.errors[0].message).toBe(
      '別のサイトからのリクエストは受け付けません（cross-site request refused）。',
    )
    expect(await componentCount()).toBe(before)
  })

  it('a cross-site form POST to /api/components/:id/submit: 403, the review state is unchanged', async () => {
    const draft = await createDraft(payload, 'components', componentData('提出されない成分'))
    const res = await formPost(
      `/components/${draft.id}/submit`,
      {},
      { origin: EVIL, 'sec-fetch-site': 'cross-site' },
    )
    expect(res.status).toBe(403)
    const after = await payload.findByID({
      collection: 'components',
      id: draft.id,
      draft: true,
      depth: 0,
    })
    expect(after.reviewState).toBe('draft')
  })

  it('without an Origin header, Sec-Fetch-Site: cross-site is enough to refuse', async () => {
    const before = await componentCount()
    const res = await formPost('/components', componentData('オリジンなし'), {
      'sec-fetch-site': 'cross-site',
    })
    expect(res.status).toBe(403)
    expect(await componentCount()).toBe(before)
  })

  it('a page on a sibling origin (same host, other port) is another origin too', async () => {
    const before = await componentCount()
    const res = await formPost('/components', componentData('別ポート'), {
      origin: 'http://localhost:4000',
      'sec-fetch-site': 'same-site',
    })
    expect(res.status).toBe(403)
    expect(await componentCount()).toBe(before)
  })

  it('GraphQL mutations with the cookie from another origin are refused as well', async () => {
    const before = await componentCount()
    const res = await throughProxy('POST', `${APP}/api/graphql`, {
      headers: {
        host: 'localhost:3000',
        cookie: `payload-token=${marketer.token}`,
        origin: EVIL,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        query: `mutation { createComponent(data: { name: "GQL", kind: growth_factor, slug: "gql-csrf" }, draft: true) { id } }`,
      }),
    })
    expect(res.status).toBe(403)
    expect(await componentCount()).toBe(before)
  })
})

describe('same-origin use keeps working', () => {
  it('the admin on its own origin creates a component with the cookie', async () => {
    const before = await componentCount()
    const res = await formPost('/components?draft=true', componentData('同一オリジン'), {
      origin: APP,
      'sec-fetch-site': 'same-origin',
    })
    expect(res.status).toBe(201)
    expect(await componentCount()).toBe(before + 1)
  })

  it('API clients without a browser (no Origin, no Sec-Fetch-Site) are not affected', async () => {
    const res = await throughProxy('GET', `${APP}/api/users/me`, {
      headers: { host: 'localhost:3000', cookie: `payload-token=${marketer.token}` },
    })
    expect(res.status).toBe(200)
    expect(res.json.user.email).toBe(marketer.email)
  })

  it('a request carrying no session cookie is left to access control', async () => {
    const before = await componentCount()
    const res = await formPost('/components', componentData('匿名'), { origin: EVIL, cookie: '' })
    expect(res.status).toBe(403)
    expect(res.passedOn).toBe(true)
    expect(await componentCount()).toBe(before)
  })
})
