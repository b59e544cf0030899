import { LookupError } from './errors'
import type { LookupConfig, LookupSource } from './types'

const USER_AGENT = 'Hikaku/0.1 (reference lookup)'

export type JsonResponse = { status: 'ok'; body: unknown } | { status: 'not-found' }

/**
 * GET a JSON document with a deadline. 404 is an answer (the id is unknown), not an error;
 * 429, 5xx, network failures and timeouts become LookupErrors with a Japanese message.
 */
export async function getJson(
  source: LookupSource,
  url: URL,
  config: LookupConfig,
): Promise<JsonResponse> {
  const agent = config.contactEmail ? `${USER_AGENT} mailto:${config.contactEmail}` : USER_AGENT
  let response: Response
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json', 'user-agent': agent },
      signal: AbortSignal.timeout(config.timeoutMs),
    })
  } catch (err) {
    const name = (err as { name?: string }).name
    if (name === 'TimeoutError' || name === 'AbortError')
      throw LookupError.timeout(source, config.timeoutMs)
    throw LookupError.unavailable(source, (err as Error).message)
  }
  if (response.status === 404) return { status: 'not-found' }
  if (response.status === 429)
    throw LookupError.rateLimited(source, retryAfter(response.headers.get('retry-after')))
  if (!response.ok) throw LookupError.unavailable(source, `HTTP ${response.status}`)
  try {
    return { status: 'ok', body: await response.json() }
  } catch (err) {
    const name = (err as { name?: string }).name
    if (name === 'TimeoutError' || name === 'AbortError')
      throw LookupError.timeout(source, config.timeoutMs)
    throw LookupError.badResponse(source, 'JSON ではありません')
  }
}

function retryAfter(value: string | null): number | undefined {
  if (!value) return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds)
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000))
}

/** `base` + `path`, keeping any path already in the base (e.g. /entrez/eutils). */
export function endpoint(
  base: string,
  path: string,
  query: Record<string, string | undefined> = {},
): URL {
  const url = new URL(`${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`)
  for (const [key, value] of Object.entries(query))
    if (value !== undefined) url.searchParams.set(key, value)
  return url
}

/** Plain text of a title: markup such as <i>…</i> removed, entities decoded, whitespace collapsed. */
export function plainTitle(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const text = value
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
  return text || undefined
}

export const nonEmpty = (value: unknown): string | undefined => {
  if (typeof value === 'number') return String(value)
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  return text || undefined
}

export const yearOf = (value: unknown): number | undefined => {
  const match = /\b(1[89]\d{2}|2[01]\d{2})\b/.exec(String(value ?? ''))
  return match ? Number(match[1]) : undefined
}
