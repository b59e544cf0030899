import { NextRequest } from 'next/server'
import { handleEndpoints } from 'payload'

import config from '@payload-config'
import { proxy } from '@/proxy'

/**
 * Sends a request the way the Next server does: first through `proxy.ts`, then, unless the
 * proxy answered itself, to Payload's REST handlers. For checks that live in the proxy.
 */
export async function throughProxy(
  method: string,
  url: string,
  init: { headers?: Record<string, string>; body?: BodyInit } = {},
) {
  const build = () => ({ method, headers: new Headers(init.headers), body: init.body })
  const early = await proxy(new NextRequest(url, build()))
  const passedOn = !early || early.headers.get('x-middleware-next') === '1'
  const response = passedOn
    ? await handleEndpoints({ config, request: new Request(url, build()) })
    : early
  const text = await response.text()
  let json: any
  try {
    json = text ? JSON.parse(text) : undefined
  } catch {
    json = undefined
  }
  return { status: response.status, json, text, passedOn }
}
