import { handleEndpoints } from 'payload'

import config from '@payload-config'

const BASE = 'http://localhost:3000'

type RequestOptions = { body?: unknown; token?: string; headers?: Record<string, string> }

/**
 * Calls Payload's real REST handlers (the same ones app/(payload)/api serves) with real
 * Request objects, so tests exercise routing, auth, access control and validation
 * exactly as an HTTP client would, without starting a server.
 */
export async function rest(method: string, path: string, options: RequestOptions = {}) {
  const headers = new Headers(options.headers)
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  let body: BodyInit | undefined
  if (options.body instanceof FormData) body = options.body
  else if (options.body !== undefined) {
    headers.set('Content-Type', 'application/json')
    body = JSON.stringify(options.body)
  }
  const request = new Request(`${BASE}/api${path}`, { method, headers, body })
  const response = await handleEndpoints({ config, request })
  const text = await response.text()
  let json: any = undefined
  try {
    json = text ? JSON.parse(text) : undefined
  } catch {
    json = undefined
  }
  return { status: response.status, json, text, headers: response.headers }
}

export async function login(email: string, password: string): Promise<string> {
  const res = await rest('POST', '/users/login', { body: { email, password } })
  if (res.status !== 200 || !res.json?.token) {
    throw new Error(`login as ${email} failed: ${res.status} ${res.text}`)
  }
  return res.json.token as string
}
