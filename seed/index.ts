import type { Payload } from 'payload'

import { env } from '@/lib/env'

import { DEMO_PASSWORD, demoUsers } from './demoUsers'
import { loadDemoContent } from './load'

export { DEMO_PASSWORD, demoUsers }

export async function isDatabaseEmpty(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'users' })
  return totalDocs === 0
}

/** Idempotent: running it twice changes nothing. */
export async function seedDemoContent(payload: Payload): Promise<void> {
  if (env.isProduction) {
    payload.logger.warn('NODE_ENV=production: demo users and demo content are not created.')
    return
  }
  const ids = new Map<string, number>()
  for (const user of demoUsers) {
    const existing = await payload.find({
      collection: 'users',
      where: { email: { equals: user.email } },
      limit: 1,
      depth: 0,
    })
    const doc =
      existing.docs[0] ??
      (await payload.create({
        collection: 'users',
        data: { ...user, roles: [...user.roles], password: DEMO_PASSWORD, demoAccount: true },
      }))
    ids.set(user.email, doc.id)
  }
  await loadDemoContent(payload, {
    author: ids.get('marketer@hikaku.test')!,
    reviewer: ids.get('reviewer@hikaku.test')!,
  })
  payload.logger.info(
    `Demo logins (dev only, password "${DEMO_PASSWORD}"): ${demoUsers.map((u) => u.email).join(', ')}`,
  )
}
