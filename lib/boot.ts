import { env, exitIfSecretMissing } from './env'

/**
 * In production, initialise Payload as the server boots: it refuses to start without
 * PAYLOAD_SECRET and runs pending migrations (`prodMigrations`), so a new release is
 * migrated before it serves its first page.
 */
export async function boot(): Promise<void> {
  if (!env.isProduction || env.isBuild) return
  exitIfSecretMissing()
  const [{ getPayload }, { default: config }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
  ])
  await getPayload({ config })
}
