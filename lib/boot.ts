import { env, MissingSecretError } from './env'

/**
 * In production, initialise Payload as the server boots: it refuses to start without
 * PAYLOAD_SECRET and runs pending migrations (`prodMigrations`), so a new release is
 * migrated before it serves its first page. The guideline checker's Japanese dictionary is
 * loaded too: a release that lacks it stops here, and the first check is not slowed by it.
 */
export async function boot(): Promise<void> {
  if (!env.isProduction || env.isBuild) return
  try {
    void env.payloadSecret
  } catch (err) {
    if (err instanceof MissingSecretError) {
      console.error(`\n[hikaku] ${err.message}\n`)
      process.exit(1)
    }
    throw err
  }
  const [{ getPayload }, { default: config }, { loadAnalyzer }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
    import('./compliance'),
  ])
  await Promise.all([getPayload({ config }), loadAnalyzer()])
}
