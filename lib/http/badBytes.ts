import type { Refusal } from './refusal'

/** Control characters (C0 and DEL): never part of a path, a query value or a field's text. */
const CONTROL = /[\u0000-\u001f\u007f]/u
/** NUL: PostgreSQL cannot store it in text, so no field value may contain it. */
const NUL = '\u0000'

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH'])
/** The bodies Payload's REST and GraphQL handlers read; anything else would reach them as no data. */
const BODY_TYPES = new Set(['application/json', 'multipart/form-data'])

function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '))
  } catch {
    return null
  }
}

/** A path or query string with a control character, raw or percent-encoded (e.g. `%00`): 400 naming where. */
export function badBytesInUrl(url: URL): Refusal | null {
  const path = decoded(url.pathname)
  if (path === null)
    return {
      status: 400,
      message:
        'URL のパスのエンコードが正しくありません（malformed percent-encoding in the path）。',
    }
  if (CONTROL.test(path))
    return {
      status: 400,
      message: 'URL のパスに制御文字（NUL など）は使えません（control character in the path）。',
    }
  for (const pair of url.search.slice(1).split('&')) {
    if (!pair) continue
    const [rawName = '', ...rest] = pair.split('=')
    const name = decoded(rawName)
    const value = decoded(rest.join('='))
    if (name === null || value === null) {
      return {
        status: 400,
        message: `クエリ「${rawName}」のエンコードが正しくありません（malformed percent-encoding in query parameter "${rawName}"）。`,
      }
    }
    if (CONTROL.test(name) || CONTROL.test(value)) {
      const shown = name.replace(/[\u0000-\u001f\u007f]/gu, '?')
      return {
        status: 400,
        message: `クエリ「${shown}」に制御文字（NUL など）は使えません（control character in query parameter "${shown}"）。`,
      }
    }
  }
  return null
}

const isMethodOverrideToGet = (headers: Headers) =>
  headers.get('x-payload-http-method-override') === 'GET' ||
  headers.get('x-http-method-override') === 'GET'

/** A body that is neither JSON nor multipart form data (e.g. `text/plain`): 400 naming the type. */
export function unsupportedBodyType(request: { method: string; headers: Headers }): Refusal | null {
  if (!BODY_METHODS.has(request.method.toUpperCase())) return null
  const length = request.headers.get('content-length')
  const hasBody =
    (length !== null && length !== '0') || request.headers.get('transfer-encoding') !== null
  if (!hasBody) return null
  const type = (request.headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase()
  if (BODY_TYPES.has(type)) return null
  // A read sent as a POST with its query as a form body: Payload's admin does this for long
  // queries (relationship fields), and Payload turns it back into a GET.
  if (type === 'application/x-www-form-urlencoded' && isMethodOverrideToGet(request.headers))
    return null
  const shown = type || '（なし）'
  return {
    status: 400,
    message: `Content-Type「${shown}」の本文は受け付けません。application/json か multipart/form-data で送ってください（unsupported Content-Type "${type || 'none'}"）。`,
  }
}

/**
 * The first place in `value` (a document's data, a where query) whose text or key contains NUL,
 * as a dotted path (`title`, `body.root.children.0.text`), or null. Walks with a stack, not recursion.
 */
export function findNul(value: unknown, rootPath = ''): string | null {
  const stack: [unknown, string][] = [[value, rootPath]]
  while (stack.length) {
    const [current, path] = stack.pop()!
    if (typeof current === 'string') {
      if (current.includes(NUL)) return path || '(value)'
      continue
    }
    if (current === null || typeof current !== 'object') continue
    for (const [key, child] of Object.entries(current)) {
      const childPath = path ? `${path}.${key}` : key
      if (key.includes(NUL)) return childPath.replace(/\u0000/gu, '?')
      stack.push([child, childPath])
    }
  }
  return null
}

/** Whether a file name has a control character (a newline, NUL, …). */
export const hasControlCharacter = (text: string) => CONTROL.test(text)
