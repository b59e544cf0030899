import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type * as RestHelpers from '../helpers/rest'
import { startSwitchableTcpProxy, type SwitchableTcpProxy } from '../helpers/switchableTcpProxy'

/**
 * With the database down, the API answers 503 with a Japanese message and Retry-After, as
 * /api/health does — not 403 「ログインが必要です」 (the session cannot be read) and not 500 —
 * stores nothing, and works again once the database is back (issue 11, item 10).
 *
 * Payload reaches the run's database through a TCP proxy that this file switches off: every
 * open connection is cut and new ones are refused, as when PostgreSQL stops. Payload and the
 * helpers are imported after DATABASE_URL points at the proxy (Jest gives each file its own
 * modules).
 */

const OUTAGE_MESSAGE = 'データベースに接続できないため、処理できませんでした。'

let proxy: SwitchableTcpProxy
let payload: Payload
let rest: typeof RestHelpers.rest
let login: typeof RestHelpers.login
let team: { marketer: { token: string; email: string }; reviewer: { token: string; email: string } }
let submittedId: number
let draftId: number
const savedUrl = process.env.DATABASE_URL

beforeAll(async () => {
  const url = new URL(savedUrl!)
  proxy = await startSwitchableTcpProxy({ host: url.hostname, port: Number(url.port || 5432) })
  url.hostname = '127.0.0.1'
  url.port = String(proxy.port)
  process.env.DATABASE_URL = url.toString()

  const { bootPayload } = await import('../helpers/payload')
  ;({ rest, login } = await import('../helpers/rest'))
  const { createUser } = await import('../helpers/users')
  const { referenceData } = await import('./workflow-fixtures')
  payload = await bootPayload()
  team = {
    marketer: await createUser(payload, ['marketer']),
    reviewer: await createUser(payload, ['reviewer']),
  }
  const create = async () =>
    (
      await rest('POST', '/references?draft=true', {
        token: team.marketer.token,
        body: referenceData(),
      })
    ).json.doc.id as number
  submittedId = await create()
  expect(
    (await rest('POST', `/references/${submittedId}/submit`, { token: team.marketer.token }))
      .status,
  ).toBe(200)
  draftId = await create()
}, 120_000)

afterAll(async () => {
  await proxy?.up().catch(() => undefined)
  const { closePayload } = await import('../helpers/payload')
  if (payload) await closePayload(payload)
  await proxy?.close()
  process.env.DATABASE_URL = savedUrl
})

const OUTAGE_TITLE = '障害中に作成された文献'
const approve = () =>
  rest('POST', `/references/${submittedId}/approve`, {
    token: team.reviewer.token,
    body: { acknowledgeAllWarnings: true, acknowledgeAllUnverifiedReferences: true },
  })
const submit = () => rest('POST', `/references/${draftId}/submit`, { token: team.marketer.token })
const createReference = () =>
  rest('POST', '/references?draft=true', {
    token: team.marketer.token,
    body: {
      title: OUTAGE_TITLE,
      kind: 'journal-article',
      evidenceLevel: 'rct',
      url: 'https://example.org/outage',
      slug: `outage-${Date.now()}`,
    },
  })
const signIn = () =>
  rest('POST', '/users/login', {
    body: { email: team.marketer.email, password: 'workflow-test-pw-1' },
  })

function expectOutageAnswer(res: Awaited<ReturnType<typeof rest>>) {
  expect(res.status).toBe(503)
  expect(res.json.errors[0].message).toContain(OUTAGE_MESSAGE)
  expect(res.headers.get('retry-after')).toBe('5')
}

async function waitForHealthy() {
  const deadline = Date.now() + 20_000
  while (Date.now() < deadline) {
    if ((await rest('GET', '/health')).status === 200) return
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error('the API did not recover')
}

describe('with the database down', () => {
  beforeAll(async () => proxy.down())

  it('/api/health says 503 db: down (the reference answer)', async () => {
    const res = await rest('GET', '/health')
    expect(res.status).toBe(503)
    expect(res.json).toEqual({ status: 'error', db: 'down' })
  })

  it('approve says 503 with the Japanese outage message, not 403 「ログインが必要です」', async () => {
    const res = await approve()
    expectOutageAnswer(res)
    expect(res.text).not.toContain('ログインが必要です')
  })

  it('submit says 503', async () => {
    expectOutageAnswer(await submit())
  })

  it('a create says 503, not 500', async () => {
    expectOutageAnswer(await createReference())
  })

  it('login says 503', async () => {
    expectOutageAnswer(await signIn())
  })
})

describe('when the database is back', () => {
  beforeAll(async () => {
    await proxy.up()
    await waitForHealthy()
  }, 30_000)

  it('nothing was stored during the outage', async () => {
    expect(
      (await payload.findByID({ collection: 'references', id: submittedId, draft: true, depth: 0 }))
        .reviewState,
    ).toBe('in_review')
    expect(
      (await payload.findByID({ collection: 'references', id: draftId, draft: true, depth: 0 }))
        .reviewState,
    ).toBe('draft')
    const created = await payload.find({
      collection: 'references',
      where: { title: { equals: OUTAGE_TITLE } },
      draft: true,
      depth: 0,
    })
    expect(created.totalDocs).toBe(0)
    const decisions = await payload.find({
      collection: 'audit-log',
      where: { documentId: { in: [String(submittedId), String(draftId)] } },
      depth: 0,
      pagination: false,
    })
    expect(decisions.docs.map((d) => `${d.action} ${d.documentId}`)).toEqual([
      `submit ${submittedId}`,
    ])
  })

  it('the same requests succeed', async () => {
    expect((await approve()).status).toBe(200)
    expect((await submit()).status).toBe(200)
    expect((await createReference()).status).toBe(201)
    expect((await signIn()).status).toBe(200)
    expect(await login(team.reviewer.email, 'workflow-test-pw-1')).toEqual(expect.any(String))
  })
})
