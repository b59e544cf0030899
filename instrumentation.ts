/** Runs once when the Next.js server boots; the Node-only part lives in lib/boot.ts. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { boot, startBackgroundJobs } = await import('./lib/boot')
    await boot(async () => (await import('@payload-config')).default)
    await startBackgroundJobs()
  }
}
