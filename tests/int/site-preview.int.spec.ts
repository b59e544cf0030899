import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { GET as preview } from '@/app/(site)/next/preview/route'
import { safePreviewPath } from '@/app/(site)/next/preview/safePreviewPath'

import { bootPayload, closePayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await bootPayload()
})

afterAll(async () => {
  await closePayload(payload)
})

const call = (path: string, headers: Record<string, string> = {}) =>
  preview(
    new Request(`http://localhost:3000/next/preview?path=${encodeURIComponent(path)}`, { headers }),
  )

describe('/next/preview refuses unauthenticated use', () => {
  it('answers 401 without a session and sets no draft-mode cookie', async () => {
    const res = await call('/articles/secretome-vs-exosome')
    expect(res.status).toBe(401)
    expect(res.headers.get('set-cookie')).toBeNull()
  })

  it('answers 401 for a forged token', async () => {
    const res = await call('/articles/secretome-vs-exosome', {
      Authorization: 'JWT not-a-real-token',
    })
    expect(res.status).toBe(401)
    expect(res.headers.get('set-cookie')).toBeNull()
  })

  it('only redirects to site paths', async () => {
    expect((await call('https://evil.example/')).status).toBe(400)
    for (const bad of [
      '//evil.example',
      '/\\evil.example',
      '/admin',
      '/api/users',
      '/next/preview',
      'articles/x',
      '',
    ]) {
      expect(safePreviewPath(bad)).toBeNull()
    }
    expect(safePreviewPath('/articles/secretome-vs-exosome')).toBe('/articles/secretome-vs-exosome')
    expect(safePreviewPath('/')).toBe('/')
  })
})
