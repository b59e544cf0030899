import type { SanitizedConfig } from 'payload'

import { PurgeConfigError, purgeTargets } from './cache/purge'
import { env, exitIfSecretMissing } from './env'

/**
 * In production, initialise Payload as the server boots: it refuses to start without
 * PAYLOAD_SECRET or with a purge configuration it cannot use (PURGE_*), and runs pending
 * migrations (`prodMigrations`), so a new release is migrated before it serves its first page.
 * The config is loaded only after these checks (it reads the secret itself), by the caller
 * (instrumentation.ts), so lib/ does not import the config.
 * The guideline checker's Japanese dictionary is loaded too: a release that lacks it stops
 * here, and the first check is not slowed by it.
 */
export async function boot(loadConfig: () => Promise<SanitizedConfig>): Promise<void> {
  if (!env.isProduction || env.isBuild) return
  exitIfSecretMissing()
  try {
    purgeTargets()
  } catch (err) {
    if (!(err instanceof PurgeConfigError)) throw err
    console.error(`\n[hikaku] ${err.message}\n`)
    process.exit(1)
  }
  const [{ getPayload }, config, { loadAnalyzer }] = await Promise.all([
    import('payload'),
    loadConfig(),
    import('./compliance'),
  ])
  await Promise.all([getPayload({ config }), loadAnalyzer()])
  console.log(`[hikaku] uploads are stored in ${env.mediaDir}`)
}

/**
 * Starts the publishing jobs runner in the server process (development and production,
 * never during `next build`), unless JOBS_RUNNER=0.
 */
export async function startBackgroundJobs(): Promise<void> {
  if (env.isBuild || !env.jobsRunner.enabled) return
  const { startJobsRunner } = await import('./jobs/runner')
  startJobsRunner()
}
