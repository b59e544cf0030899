import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type RecordedRequest = {
  method: string
  url: string
  headers: http.IncomingHttpHeaders
  body: string
}

/**
 * A local HTTP server standing in for a CDN's purge API or a proxy: it records every request
 * and answers `status` (200 unless told otherwise).
 */
export async function startRecorder(status = 200): Promise<{
  url: string
  requests: RecordedRequest[]
  setStatus: (s: number) => void
  close: () => Promise<void>
}> {
  const requests: RecordedRequest[] = []
  let answer = status
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      })
      res.writeHead(answer, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify({ success: answer < 400 }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    setStatus: (s) => {
      answer = s
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
