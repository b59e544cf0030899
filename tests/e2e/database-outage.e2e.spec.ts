import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startAppServer, type Service } from '../../lib/serving/servers'
import { demoAccounts } from '../../seed/demoClient'
import { DEMO_PASSWORD } from '../../seed/demoUsers'
import { startSwitchableTcpProxy, type SwitchableTcpProxy } from '../helpers/switchableTcpProxy'

/**
 * The production build during a database outage: a second server of the build reaches the
 * e2e database through a TCP proxy that is switched off (open connections cut, new ones
 * refused). Approve, submit, create and login answer 503 with the Japanese message, as
 * /api/health does; nothing is stored; once the proxy is back the same requests succeed.
 */

const OUTAGE_MESSAGE = 'データベースに接続できないため、処理できませんでした。'
const RUN = `outage${Date.now().toString(36)}`

let proxy: SwitchableTcpProxy
let server: Service
let tokens: Record<'marketer' | 'reviewer' | 'admin', string>
let submittedId: number
let draftId: number
const created: number[] = []

async function call(method: string, path: string, token?: string, body?: unknown) {
  const res = await fetch(`${server.url}/api${path}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `JWT ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  let json: any
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: res.status, json, text, retryAfter: res.headers.get('retry-after') }
}

const signIn = (email: string) =>
  call('POST', '/users/login', undefined, { email, password: DEMO_PASSWORD })
const newReference = (name: string) =>
  call('POST', '/references?draft=true', tokens.marketer, {
    title: `障害試験 ${name}`,
    kind: 'journal-article',
    evidenceLevel: 'rct',
    url: `https://example.org/${RUN}-${name}`,
    slug: `${RUN}-${name}`,
  })
const approve = () =>
  call('POST', `/references/${submittedId}/approve`, tokens.reviewer, {
    acknowledgeAllWarnings: true,
    acknowledgeAllUnverifiedReferences: true,
  })
const submit = () => call('POST', `/references/${draftId}/submit`, tokens.marketer, {})

beforeAll(async () => {
  const url = new URL(process.env.DATABASE_URL!)
  proxy = await startSwitchableTcpProxy({ host: url.hostname, port: Number(url.port || 5432) })
  url.hostname = '127.0.0.1'
  url.port = String(proxy.port)
  server = await startAppServer({
    buildDir: process.env.E2E_SERVER_DIR!,
    databaseUrl: url.toString(),
    secret: process.env.PAYLOAD_SECRET!,
    quiet: true,
  })
  tokens = {
    marketer: (await signIn(demoAccounts.marketer)).json.token,
    reviewer: (await signIn(demoAccounts.reviewer)).json.token,
    admin: (await signIn(demoAccounts.admin)).json.token,
  }
  for (const name of ['submitted', 'draft']) {
    const res = await newReference(name)
    expect(res.status).toBe(201)
    created.push(res.json.doc.id)
  }
  ;[submittedId, draftId] = created
  expect(
    (await call('POST', `/references/${submittedId}/submit`, tokens.marketer, {})).status,
  ).toBe(200)
}, 180_000)

afterAll(async () => {
  await proxy?.up().catch(() => undefined)
  for (const id of created)
    await call('DELETE', `/references/${id}`, tokens?.admin).catch(() => undefined)
  await server?.stop()
  await proxy?.close()
})

function expectOutageAnswer(res: Awaited<ReturnType<typeof call>>) {
  expect(res.status).toBe(503)
  expect(res.json.errors[0].message).toContain(OUTAGE_MESSAGE)
  expect(res.retryAfter).toBe('5')
}

describe('the production build with the database down', () => {
  beforeAll(async () => proxy.down())

  it('health 503; approve, submit, create and login 503 with the Japanese message', async () => {
    expect((await call('GET', '/health')).status).toBe(503)
    const approved = await approve()
    expectOutageAnswer(approved)
    expect(approved.text).not.toContain('ログインが必要です')
    expectOutageAnswer(await submit())
    expectOutageAnswer(await newReference('during-outage'))
    expectOutageAnswer(await signIn(demoAccounts.marketer))
  })
})

describe('the production build when the database is back', () => {
  beforeAll(async () => {
    await proxy.up()
    const deadline = Date.now() + 20_000
    while ((await call('GET', '/health')).status !== 200) {
      if (Date.now() > deadline) throw new Error('the server did not recover')
      await new Promise((r) => setTimeout(r, 200))
    }
  }, 30_000)

  it('nothing was stored during the outage, and the same requests succeed', async () => {
    const during = await call(
      'GET',
      `/references?where[slug][equals]=${RUN}-during-outage&draft=true&depth=0`,
      tokens.marketer,
    )
    expect(during.status).toBe(200)
    expect(during.json.docs).toEqual([])
    expect(
      (await call('GET', `/references/${draftId}?draft=true&depth=0`, tokens.marketer)).json
        .reviewState,
    ).toBe('draft')

    expect((await approve()).status).toBe(200)
    expect((await submit()).status).toBe(200)
    const again = await newReference('after-outage')
    expect(again.status).toBe(201)
    created.push(again.json.doc.id)
    expect((await signIn(demoAccounts.marketer)).status).toBe(200)
  })
})
