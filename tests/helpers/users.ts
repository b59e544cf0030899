import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import type { User } from '@/payload-types'
import type { Role } from '@/lib/domain'

import { login } from './rest'

export type Actor = { user: User; token: string; email: string }

/** Passes the password policy (12+ characters, not common, not the email). */
export const TEST_PASSWORD = 'workflow-test-pw-1'

/** A fresh user with `roles` (unique email per call) and a REST token. */
export async function createUser(
  payload: Payload,
  roles: Role[],
  name = roles.join('+') || 'nobody',
): Promise<Actor> {
  const email = `${roles.join('-') || 'none'}-${randomBytes(4).toString('hex')}@workflow.test`
  const user = await payload.create({
    collection: 'users',
    data: {
      email,
      password: TEST_PASSWORD,
      name,
      roles,
      qualification: roles.includes('reviewer') ? '医師・皮膚科専門医' : undefined,
    },
  })
  const token = await login(email, TEST_PASSWORD)
  return { user: { ...user, collection: 'users' } as User, token, email }
}

/** One user per role, plus a second reviewer for four-eyes. */
export async function createTeam(payload: Payload) {
  // One after the other: the first account of an empty database becomes admin.
  const admin = await createUser(payload, ['admin'], '管理者')
  const marketer = await createUser(payload, ['marketer'], 'マーケター')
  const reviewer = await createUser(payload, ['reviewer'], 'レビュアー')
  const reviewer2 = await createUser(payload, ['reviewer'], 'レビュアー2')
  return { admin, marketer, reviewer, reviewer2 }
}
