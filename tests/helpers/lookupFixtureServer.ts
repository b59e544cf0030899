import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { recordedResponse, type Service } from '../fixtures/referenceLookup'

const SERVICES: Service[] = ['crossref', 'eutils', 'idconv', 'europepmc']

/**
 * A local HTTP server that answers like the four bibliographic APIs, from the recorded
 * responses: /crossref/works/<doi>, /eutils/esummary.fcgi, /idconv/, /europepmc/search.
 * `env` points the app's lookup (lib/env.ts) at it. Listens on 127.0.0.1 only.
 */
export async function startLookupFixtureServer(): Promise<{
  url: string
  env: Record<string, string>
  requests: string[]
  close: () => Promise<void>
}> {
  const requests: string[] = []
  const timers = new Set<NodeJS.Timeout>()
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    requests.push(`${req.method} ${url.pathname}${url.search}`)
    const [, service, ...rest] = url.pathname.split('/')
    if (req.method !== 'GET' || !SERVICES.includes(service as Service)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('no such recorded service')
      return
    }
    const recorded = recordedResponse(service as Service, rest.join('/'), url.searchParams)
    const send = () => {
      const text = typeof recorded.body === 'string' ? recorded.body : JSON.stringify(recorded.body)
      res
        .writeHead(recorded.status, {
          'content-type': typeof recorded.body === 'string' ? 'text/plain' : 'application/json',
          ...recorded.headers,
        })
        .end(text)
    }
    if (!recorded.delayMs) return send()
    const timer = setTimeout(() => {
      timers.delete(timer)
      if (!res.destroyed) send()
    }, recorded.delayMs)
    timers.add(timer)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    requests,
    env: {
      CROSSREF_API_URL: `${url}/crossref`,
      NCBI_EUTILS_URL: `${url}/eutils`,
      PMC_IDCONV_URL: `${url}/idconv/`,
      EUROPE_PMC_API_URL: `${url}/europepmc`,
    },
    close: () =>
      new Promise<void>((resolve) => {
        timers.forEach(clearTimeout)
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
