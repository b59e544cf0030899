/**
 * Load through wrk (Debian's package), the same client for every target of a benchmark:
 * keep-alive connections, gzip accepted, the rate computed from the requests wrk completed
 * and the time it measured itself.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const WRK = process.env.WRK_PATH ?? '/usr/bin/wrk'

export type LoadResult = {
  requests: number
  seconds: number
  /** requests / seconds, both as wrk measured them */
  rps: number
  p50: number
  p99: number
  /** non-2xx/3xx answers plus socket errors */
  errors: number
  /** bytes read per request (headers and body, as sent on the wire) */
  bytesPerRequest: number
}

export function assertWrk(): void {
  if (!existsSync(WRK)) throw new Error(`${WRK} not found: apt-get install -y wrk`)
}

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 }
const UNIT_S: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600 }
const UNIT_BYTES: Record<string, number> = {
  B: 1,
  KB: 1024,
  MB: 1024 ** 2,
  GB: 1024 ** 3,
  TB: 1024 ** 4,
}

function number(output: string, pattern: RegExp, what: string): RegExpMatchArray {
  const match = output.match(pattern)
  if (!match) throw new Error(`wrk printed no ${what}:\n${output}`)
  return match
}

export function parseWrk(output: string): LoadResult {
  const [, count, duration, durationUnit, read, readUnit] = number(
    output,
    /(\d+) requests in ([\d.]+)(ms|s|m|h), ([\d.]+)(B|KB|MB|GB|TB) read/,
    'request count',
  )
  const latency = (p: string) => {
    const [, value, unit] = number(
      output,
      new RegExp(`^\\s*${p}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, 'm'),
      `${p}% latency`,
    )
    return Number(value) * UNIT_MS[unit!]!
  }
  const non2xx = Number(output.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0)
  const socket = output.match(
    /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/,
  )
  const socketErrors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0
  const requests = Number(count)
  const seconds = Number(duration) * UNIT_S[durationUnit!]!
  return {
    requests,
    seconds,
    rps: requests / seconds,
    p50: latency('50'),
    p99: latency('99'),
    errors: non2xx + socketErrors,
    bytesPerRequest: (Number(read) * UNIT_BYTES[readUnit!]!) / Math.max(1, requests),
  }
}

export function runWrk(
  url: string,
  options: { seconds: number; connections: number; threads?: number },
): LoadResult {
  const res = spawnSync(
    WRK,
    [
      `-t${options.threads ?? 2}`,
      `-c${options.connections}`,
      `-d${options.seconds}s`,
      // A slow answer is a slow answer, not an error: wrk's default gives up after 2 s.
      '--timeout',
      '30s',
      '--latency',
      '-H',
      'Accept-Encoding: gzip',
      '-H',
      'Accept: text/html',
      url,
    ],
    { encoding: 'utf8' },
  )
  if (res.status !== 0) throw new Error(`wrk ${url} failed (${res.status}): ${res.stderr}`)
  return parseWrk(res.stdout)
}
