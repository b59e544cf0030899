import { getPayload } from 'payload'

import config from '@payload-config'
import { closePayload } from '@/lib/db/closePayload'

import { isDatabaseEmpty, seedDemoContent } from './index'

/**
 * Brings a database up to date: runs pending migrations, then loads the demo content
 * (always with `seed: 'always'`, or only into an empty database with `seed: 'if-empty'`).
 */
export async function prepareDatabase(options: { seed: 'always' | 'if-empty' | 'never' }) {
  const payload = await getPayload({ config })
  try {
    await payload.db.migrate()
    if (
      options.seed === 'always' ||
      (options.seed === 'if-empty' && (await isDatabaseEmpty(payload)))
    ) {
      await seedDemoContent(payload)
    }
  } finally {
    await closePayload(payload)
  }
}
