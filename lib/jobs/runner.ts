import { createHash, timingSafeEqual } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { hasRole } from '@/lib/domain'
import { env } from '@/lib/env'
import { PUBLISHING_QUEUE } from '@/lib/workflow/schedule'

/**
 * Runs the publishing jobs (lib/workflow/scheduledJobs.ts) every JOBS_INTERVAL_SECONDS.
 *
 * Not Payload's `jobs.autoRun`: autoRun calls the jobs from a timer, outside any Next request,
 * where `revalidateTag` cannot run (Next throws "static generation store missing") — a
 * scheduled publish would reach the database but not the cached pages. So the runner calls
 * Payload's own endpoint, GET /api/payload-jobs/run, on this server: the jobs then run inside
 * a request, and revalidation (with the shared cache and the proxy purge) works as for an
 * approval. The call carries a key derived from PAYLOAD_SECRET (canRunJobs).
 */
export const RUNNER_KEY_HEADER = 'x-hikaku-jobs-key'

const runnerKey = (): string =>
  createHash('sha256').update(`hikaku-jobs-runner\0${env.payloadSecret}`).digest('hex')

/** The header the runner identifies itself with. */
export const runnerHeaders = (): Record<string, string> => ({ [RUNNER_KEY_HEADER]: runnerKey() })

function keyMatches(value: string | null): boolean {
  if (!value) return false
  const expected = Buffer.from(runnerKey())
  const given = Buffer.from(value)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** `jobs.access.run`: the runner (by its key) and admins; anyone else gets 401 and nothing runs. */
export const canRunJobs = ({ req }: { req: PayloadRequest }): boolean =>
  hasRole(req.user, 'admin') || keyMatches(req.headers.get(RUNNER_KEY_HEADER))

/**
 * Starts the timer; returns its stop function, which SIGTERM and SIGINT also call: a call in
 * flight is aborted, so that the server's graceful shutdown does not wait for its own runner.
 * One failed call is logged and the next one retries.
 */
export function startJobsRunner(log: Pick<Console, 'warn'> = console): () => void {
  const { origin, intervalMs } = env.jobsRunner
  const url = `${origin}/api/payload-jobs/run?queue=${PUBLISHING_QUEUE}&limit=20`
  const stopping = new AbortController()
  let busy = false
  const tick = async () => {
    if (busy || stopping.signal.aborted) return
    busy = true
    try {
      const res = await fetch(url, {
        headers: runnerHeaders(),
        signal: AbortSignal.any([stopping.signal, AbortSignal.timeout(120_000)]),
      })
      // Read to the end: an unread body keeps the connection to this server busy.
      await res.arrayBuffer()
      if (!res.ok) log.warn(`[hikaku] jobs runner: ${url} answered ${res.status}`)
    } catch (err) {
      if (!stopping.signal.aborted)
        log.warn(`[hikaku] jobs runner: ${url} failed: ${(err as Error).message}`)
    } finally {
      busy = false
    }
  }
  const timer = setInterval(() => void tick(), intervalMs)
  timer.unref()
  const stop = () => {
    clearInterval(timer)
    stopping.abort()
  }
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
  return stop
}
