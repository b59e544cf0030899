/**
 * Point 11 of issue 11: a body larger than the API accepts is refused with 413 naming the limit
 * before anything reads or parses it — so neither JSON.parse nor the guideline checker ever sees
 * it — and a body of unknown length gets 411. Text within the body limit but over a field's
 * length is refused by the field's limit (rejectOversizedText), before the guideline check.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { firstMessage, json, send, storedRows } from '../../helpers/hostile'
import { bootPayload, closePayload } from '../../helpers/payload'
import { createUser, type Actor } from '../../helpers/users'
import { componentData, createDraft } from '../workflow-fixtures'

const DOCUMENT_LIMIT =
  'リクエスト本文が大きすぎます。上限は 1 MB（1048576 bytes）です（request body larger than the limit of 1048576 bytes）。'
const UPLOAD_LIMIT =
  'リクエスト本文が大きすぎます。上限は 10 MB（10485760 bytes）です（request body larger than the limit of 10485760 bytes）。'

let payload: Payload
let marketer: Actor
let draft: { id: number }

beforeAll(async () => {
  payload = await bootPayload()
  marketer = await createUser(payload, ['marketer'], '本文上限試験のマーケター')
  draft = await createDraft(payload, 'components', componentData('本文上限試験の成分'))
})
afterAll(async () => closePayload(payload))

/** A JSON document whose `functions` text makes the whole body `bytes` long (ASCII). */
function bodyOf(bytes: number): string {
  const shell = JSON.stringify({ ...componentData('巨大な本文'), functions: '' })
  return shell.replace(
    '"functions":""',
    `"functions":"${'a'.repeat(bytes - Buffer.byteLength(shell))}"`,
  )
}

describe('bodies over the limit: 413 naming it, nothing parsed or stored', () => {
  const TEN_MB = bodyOf(10 * 1024 * 1024)
  const SIX_MB = bodyOf(6 * 1024 * 1024)

  it.each([
    ['POST', '/api/components', '6 MB', SIX_MB],
    ['POST', '/api/components', '10 MB', TEN_MB],
    ['POST', '/api/articles', '10 MB', TEN_MB],
    ['POST', '/api/treatments', '10 MB', TEN_MB],
    ['POST', '/api/references', '10 MB', TEN_MB],
    ['PATCH', '/api/components/DRAFT', '10 MB', TEN_MB],
    ['POST', '/api/components/DRAFT/submit', '10 MB', TEN_MB],
    ['POST', '/api/users/login', '10 MB', TEN_MB],
    ['POST', '/api/users/forgot-password', '10 MB', TEN_MB],
    ['POST', '/api/users', '10 MB', TEN_MB],
    ['POST', '/api/graphql', '10 MB', TEN_MB],
    ['POST', '/api/references/lookup', '10 MB', TEN_MB],
    ['POST', '/api/components', '1 MB + 1 byte', bodyOf(1024 * 1024 + 1)],
  ])('%s %s, %s', async (method, path, _, body) => {
    const before = await storedRows(payload)
    const res = await send(method, path.replace('DRAFT', String(draft.id)), {
      body,
      headers: { 'content-type': 'application/json' },
      token: marketer.token,
    })
    expect(res.status).toBe(413)
    expect(firstMessage(res)).toBe(DOCUMENT_LIMIT)
    expect(res.passedOn).toBe(false)
    expect(await storedRows(payload)).toEqual(before)
    const after = await payload.findByID({
      collection: 'components',
      id: draft.id,
      draft: true,
      depth: 0,
    })
    expect(after.name).toBe('本文上限試験の成分')
  })

  it('a declared length over the limit is refused even before the body arrives', async () => {
    const res = await send('POST', '/api/components', {
      body: '{}',
      headers: { 'content-type': 'application/json', 'content-length': String(50 * 1024 * 1024) },
    })
    expect(res.status).toBe(413)
    expect(firstMessage(res)).toBe(DOCUMENT_LIMIT)
  })

  it('uploads to media may be larger, up to 10 MB', async () => {
    const before = await storedRows(payload)
    const form = new FormData()
    form.set(
      'file',
      new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'huge.png', { type: 'image/png' }),
    )
    const res = await send('POST', '/api/media', { body: form, token: marketer.token })
    expect(res.status).toBe(413)
    expect(firstMessage(res)).toBe(UPLOAD_LIMIT)
    expect(await storedRows(payload)).toEqual(before)
  })

  it('a document sent as multipart form data gets the document limit', async () => {
    const form = new FormData()
    form.set('_payload', SIX_MB)
    const res = await send('POST', '/api/components', { body: form, token: marketer.token })
    expect(res.status).toBe(413)
    expect(firstMessage(res)).toBe(DOCUMENT_LIMIT)
  })
})

describe('a body of unknown length', () => {
  it.each([['/api/components'], ['/api/users/login'], ['/api/graphql']])(
    'POST %s chunked: 411',
    async (path) => {
      const before = await storedRows(payload)
      const res = await send('POST', path, {
        body: JSON.stringify(componentData()),
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
        token: marketer.token,
      })
      expect(res.status).toBe(411)
      expect(firstMessage(res)).toBe(
        'Content-Length のないリクエスト本文は受け付けません。上限は 1 MB（1048576 bytes）です（length required）。',
      )
      expect(await storedRows(payload)).toEqual(before)
    },
  )
})

describe('within the body limit, a field over its length is a 400 naming it (before the guideline check)', () => {
  it('functions of 900,000 characters', async () => {
    const before = await storedRows(payload)
    const res = await send('POST', '/api/components', {
      ...json({ ...componentData(), functions: 'あ'.repeat(300_000) }),
      token: marketer.token,
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.json)).toContain('functions: ')
    expect(await storedRows(payload)).toEqual(before)
  })

  it('an ordinary document still saves', async () => {
    const res = await send('POST', '/api/components?draft=true', {
      ...json(componentData('普通の成分')),
      token: marketer.token,
    })
    expect(res.status).toBe(201)
  })
})
