/**
 * The development seed's demo users acting over HTTP, against a server with the demo seed.
 * Publishing the way the clinic does it, for e2e specs and the benchmarks:
 * a marketer saves the change as a draft and submits it, a reviewer approves it (which
 * publishes), acknowledging warnings and unverified references. There is no other way to publish (lib/workflow refuses `_status: 'published'`).
 */
import { DEMO_PASSWORD } from './demoUsers'

type Json = Record<string, unknown>

export const demoAccounts = {
  admin: 'admin@hikaku.test',
  marketer: 'marketer@hikaku.test',
  reviewer: 'reviewer@hikaku.test',
} as const

async function call(baseURL: string, method: string, path: string, token?: string, body?: Json) {
  const res = await fetch(`${baseURL}/api${path}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `JWT ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  })
  const text = await res.text()
  let json: { token?: string; docs?: (Json & { id: number })[] } | undefined
  try {
    json = text ? JSON.parse(text) : undefined
  } catch {
    json = undefined
  }
  return { status: res.status, json, text }
}

const tokens = new Map<string, string>()

export async function loginAs(baseURL: string, email: string): Promise<string> {
  const cached = tokens.get(`${baseURL}|${email}`)
  if (cached) return cached
  const res = await call(baseURL, 'POST', '/users/login', undefined, {
    email,
    password: DEMO_PASSWORD,
  })
  const token = res.json?.token
  if (res.status !== 200 || !token)
    throw new Error(`login as ${email} failed: ${res.status} ${res.text}`)
  tokens.set(`${baseURL}|${email}`, token)
  return token
}

/**
 * Saves `data` as a draft of the document (visitors must not see it), as the marketer unless
 * `editor` says otherwise (verifying a reference needs a reviewer or the admin).
 */
export async function saveDraft(
  baseURL: string,
  collection: string,
  id: number | string,
  data: Json,
  editor: string = demoAccounts.marketer,
): Promise<void> {
  const token = await loginAs(baseURL, editor)
  const res = await call(baseURL, 'PATCH', `/${collection}/${id}?draft=true`, token, data)
  if (res.status !== 200)
    throw new Error(`saving a draft of ${collection}/${id} failed: ${res.status} ${res.text}`)
}

/**
 * Publishes `data` as the new live version of the document: saved by `editor` (the marketer
 * by default), submitted by the marketer, approved by the reviewer — never the one who edited.
 * Says how long the approval took.
 */
export async function publishChange(
  baseURL: string,
  collection: string,
  id: number | string,
  data: Json,
  editor: string = demoAccounts.marketer,
): Promise<{ approveMs: number }> {
  await saveDraft(baseURL, collection, id, data, editor)
  const marketer = await loginAs(baseURL, demoAccounts.marketer)
  const submit = await call(baseURL, 'POST', `/${collection}/${id}/submit`, marketer, {})
  if (submit.status !== 200)
    throw new Error(`submitting ${collection}/${id} failed: ${submit.status} ${submit.text}`)
  const reviewer = await loginAs(baseURL, demoAccounts.reviewer)
  const started = performance.now()
  // The demo cites references nobody has verified yet: acknowledged, as a reviewer would.
  const approve = await call(baseURL, 'POST', `/${collection}/${id}/approve`, reviewer, {
    acknowledgeAllWarnings: true,
    acknowledgeAllUnverifiedReferences: true,
  })
  if (approve.status !== 200)
    throw new Error(`approving ${collection}/${id} failed: ${approve.status} ${approve.text}`)
  return { approveMs: performance.now() - started }
}

/** The published document (as a visitor sees it over REST). */
export async function findPublished(
  baseURL: string,
  collection: string,
  slug: string,
): Promise<Json & { id: number }> {
  const res = await call(
    baseURL,
    'GET',
    `/${collection}?where[slug][equals]=${encodeURIComponent(slug)}&depth=0&limit=1`,
  )
  const doc = res.json?.docs?.[0]
  if (!doc) throw new Error(`${collection} ${slug} not found: ${res.status} ${res.text}`)
  return doc
}
