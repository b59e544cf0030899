import type { Refusal } from './refusal'

/**
 * How large a request body the API accepts, checked from Content-Length before anything reads
 * the body (proxy.ts): documents, logins and GraphQL queries get 1 MiB — the longest demo
 * article is a few dozen KB — and uploads to the media collection 10 MiB, the file limit
 * Payload applies as it parses them (payload.config.ts). A body without a declared length is
 * refused too: nothing could bound it before reading.
 */
export const BODY_LIMITS = { document: 1024 * 1024, upload: 10 * 1024 * 1024 }

/** Collections whose API takes file uploads (the larger limit). */
export const UPLOAD_COLLECTIONS = ['media'] as const

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH'])

const mebibytes = (bytes: number) => `${bytes / 1024 / 1024} MB`

export function bodyLimitFor(pathname: string): number {
  const upload = UPLOAD_COLLECTIONS.some(
    (slug) => pathname === `/api/${slug}` || pathname.startsWith(`/api/${slug}/`),
  )
  return upload ? BODY_LIMITS.upload : BODY_LIMITS.document
}

/** 413 for a body over the limit of its path, 411 for one of unknown length; otherwise null. */
export function oversizedBody(request: {
  method: string
  headers: Headers
  pathname: string
}): Refusal | null {
  if (!BODY_METHODS.has(request.method.toUpperCase())) return null
  const declared = request.headers.get('content-length')
  const limit = bodyLimitFor(request.pathname)
  if (declared === null) {
    if (request.headers.get('transfer-encoding') === null) return null // no body at all
    return {
      status: 411,
      message: `Content-Length のないリクエスト本文は受け付けません。上限は ${mebibytes(limit)}（${limit} bytes）です（length required）。`,
    }
  }
  const length = Number(declared)
  if (Number.isSafeInteger(length) && length >= 0 && length <= limit) return null
  return {
    status: 413,
    message: `リクエスト本文が大きすぎます。上限は ${mebibytes(limit)}（${limit} bytes）です（request body larger than the limit of ${limit} bytes）。`,
  }
}
