import nock from 'nock'

import { IDS, PUBLIC_BASES, recordedResponse, type Service } from '../fixtures/referenceLookup'

/**
 * Answers the bibliographic APIs' public URLs with the recorded responses and refuses every
 * other outbound connection. `slowMs` delays the slow fixture's answer (a timeout test).
 */
export function interceptLookupApis(options: { slowMs?: number } = {}) {
  nock.disableNetConnect()
  const requests: string[] = []
  for (const [service, base] of Object.entries(PUBLIC_BASES) as [
    Service,
    (typeof PUBLIC_BASES)[Service],
  ][]) {
    const reply = (uri: string): [number, unknown, Record<string, string>] => {
      requests.push(`${base.origin}${uri}`)
      const url = new URL(uri, base.origin)
      const recorded = recordedResponse(
        service,
        url.pathname.slice(base.path.length).replace(/^\//, ''),
        url.searchParams,
      )
      return [recorded.status, recorded.body, recorded.headers ?? {}]
    }
    if (service === 'eutils') {
      nock(base.origin)
        .persist()
        .get((uri) => uri.startsWith(base.path) && uri.includes(`id=${IDS.slowPmid}`))
        .delay(options.slowMs ?? 0)
        .reply((uri) => reply(uri))
    }
    nock(base.origin)
      .persist()
      .get((uri) => uri.startsWith(base.path))
      .reply((uri) => reply(uri))
  }
  return {
    requests,
    restore() {
      nock.abortPendingRequests()
      nock.cleanAll()
      nock.enableNetConnect()
    },
  }
}
