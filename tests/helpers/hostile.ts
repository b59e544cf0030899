import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { NextRequest } from 'next/server'
import { handleEndpoints, type Payload } from 'payload'

import config from '@payload-config'
import { proxy } from '@/proxy'

const APP = 'http://localhost:3000'
const graphqlHandler = GRAPHQL_POST(config)

export type HostileInit = {
  headers?: Record<string, string>
  body?: string | Uint8Array<ArrayBuffer> | FormData
  token?: string
}

/**
 * Sends a request as the Next server would: through `proxy.ts` first, then, unless it answered,
 * to Payload's GraphQL handler (/api/graphql) or REST handlers. `path` is sent as written (raw
 * bytes such as %00 stay encoded). Answers with the status, the parsed JSON and the body's size.
 */
export async function send(method: string, path: string, init: HostileInit = {}) {
  const url = `${APP}${path}`
  const headers = new Headers(init.headers)
  if (init.token) headers.set('Authorization', `JWT ${init.token}`)
  let body: Uint8Array<ArrayBuffer> | undefined
  if (init.body instanceof FormData) {
    // Encoded as a browser would send it: boundary in the Content-Type, a known length.
    const encoded = new Response(init.body)
    headers.set('content-type', encoded.headers.get('content-type')!)
    body = new Uint8Array(await encoded.arrayBuffer())
  } else if (init.body !== undefined) {
    body = typeof init.body === 'string' ? new TextEncoder().encode(init.body) : init.body
  }
  // As an HTTP client sends it, unless the test says otherwise (a chunked body, a false length).
  if (body && !headers.has('content-length') && !headers.has('transfer-encoding'))
    headers.set('content-length', String(body.byteLength))
  const build = () => ({ method, headers: new Headers(headers), body })
  const early = await proxy(new NextRequest(url, build()))
  const passedOn = early.headers.get('x-middleware-next') === '1'
  const request = new Request(url, build())
  const response = !passedOn
    ? early
    : new URL(url).pathname === '/api/graphql'
      ? await graphqlHandler(request)
      : await handleEndpoints({ config, request })
  const text = await response.text()
  let json: any
  try {
    json = text ? JSON.parse(text) : undefined
  } catch {
    json = undefined
  }
  return { status: response.status, json, text, bytes: Buffer.byteLength(text), passedOn }
}

/** The first error message of a Payload or GraphQL answer. */
export const firstMessage = (res: { json?: any }): string => res.json?.errors?.[0]?.message ?? ''

/** JSON body helper. */
export const json = (value: unknown) => ({
  body: JSON.stringify(value),
  headers: { 'content-type': 'application/json' },
})

/** The collections whose row counts show that a refused request stored nothing. */
const COUNTED = [
  'articles',
  'treatments',
  'components',
  'references',
  'media',
  'users',
  'audit-log',
] as const

/** Every content table's row count: a refused request (or a read) must store nothing. */
export async function storedRows(payload: Payload): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const collection of COUNTED)
    counts[collection] = (await payload.count({ collection })).totalDocs
  return counts
}
