import { IDENTIFIER_LABELS, type LookupIdentifier } from './identifiers'
import { LOOKUP_SOURCE_NAMES, type LookupSource } from './types'

export type LookupErrorCode =
  'not-found' | 'timeout' | 'rate-limited' | 'unavailable' | 'bad-response'

/** HTTP status the lookup endpoint answers with for each failure. */
export const LOOKUP_ERROR_STATUS: Record<LookupErrorCode, number> = {
  'not-found': 404,
  timeout: 504,
  'rate-limited': 429,
  unavailable: 502,
  'bad-response': 502,
}

/** A lookup that did not give a record, with a message a clinic's editor can act on. */
export class LookupError extends Error {
  constructor(
    readonly code: LookupErrorCode,
    readonly source: LookupSource,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message)
    this.name = 'LookupError'
  }

  static notFound(source: LookupSource | LookupSource[], id: LookupIdentifier) {
    const sources = [source].flat()
    return new LookupError(
      'not-found',
      sources[sources.length - 1]!,
      `${IDENTIFIER_LABELS[id.kind]}「${id.value}」は ${sources.map((s) => LOOKUP_SOURCE_NAMES[s]).join('・')} に見つかりませんでした。識別子に誤りがないか確認してください（${id.kind}: not found）。`,
    )
  }

  static timeout(source: LookupSource, timeoutMs: number) {
    return new LookupError(
      'timeout',
      source,
      `${LOOKUP_SOURCE_NAMES[source]} が ${Math.round(timeoutMs / 100) / 10} 秒以内に応答しませんでした。時間をおいてもう一度お試しください（timeout）。`,
    )
  }

  static rateLimited(source: LookupSource, retryAfterSeconds?: number) {
    const wait = retryAfterSeconds ? `${retryAfterSeconds} 秒ほど` : 'しばらく'
    return new LookupError(
      'rate-limited',
      source,
      `${LOOKUP_SOURCE_NAMES[source]} への問い合わせが多すぎるため一時的に制限されています。${wait}待ってからもう一度お試しください（429 rate limited）。`,
      retryAfterSeconds,
    )
  }

  static unavailable(source: LookupSource, detail: string) {
    return new LookupError(
      'unavailable',
      source,
      `${LOOKUP_SOURCE_NAMES[source]} に接続できませんでした（${detail}）。時間をおいてもう一度お試しください。`,
    )
  }

  static badResponse(source: LookupSource, detail: string) {
    return new LookupError(
      'bad-response',
      source,
      `${LOOKUP_SOURCE_NAMES[source]} から想定外の応答がありました（${detail}）。`,
    )
  }
}
