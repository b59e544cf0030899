import type { SanitizedConfig } from 'payload'

import { env, exitIfSecretMissing } from './env'

/**
 * In production, initialise Payload as the server boots: it refuses to start without
 * PAYLOAD_SECRET and runs pending migrations (`prodMigrations`), so a new release is
 * migrated before it serves its first page. The config is loaded only after the secret
 * check (it reads the secret itself), by the caller (instrumentation.ts), so lib/ does not
 * import the config.
 * The guideline checker's Japanese dictionary is loaded too: a release that lacks it stops
 * here, and the first check is not slowed by it.
 */
export async function boot(loadConfig: () => Promise<SanitizedConfig>): Promise<void> {
  if (!env.isProduction || env.isBuild) return
  exitIfSecretMissing()
  const [{ getPayload }, config, { loadAnalyzer }] = await Promise.all([
    import('payload'),
    loadConfig(),
    import('./compliance'),
  ])
  await Promise.all([getPayload({ config }), loadAnalyzer()])
}
