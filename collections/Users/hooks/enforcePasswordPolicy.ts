import {
  ValidationError,
  type CollectionBeforeOperationHook,
  type CollectionBeforeValidateHook,
  type PayloadRequest,
} from 'payload'

import { passwordProblem } from '@/lib/auth/passwordPolicy'
import type { User } from '@/payload-types'

function refuse(req: PayloadRequest, message: string): never {
  throw new ValidationError({ collection: 'users', errors: [{ path: 'password', message }] }, req.t)
}

/** A new password (create, update, first user) must follow lib/auth/passwordPolicy.ts. */
export const enforcePasswordPolicy: CollectionBeforeValidateHook<User> = ({
  data,
  originalDoc,
  req,
}) => {
  const password = (data as { password?: unknown } | undefined)?.password
  if (typeof password !== 'string' || password === '') return data
  const problem = passwordProblem(password, {
    email: data?.email ?? originalDoc?.email,
    name: data?.name ?? originalDoc?.name,
  })
  if (problem) refuse(req, problem)
  return data
}

/** …and so must the password chosen through a reset link. */
export const enforcePasswordPolicyOnReset: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'resetPassword') return args
  const { password, token } = (args.data ?? {}) as { password?: unknown; token?: unknown }
  if (typeof password !== 'string' || typeof token !== 'string' || !token) return args
  const user = (await req.payload.db.findOne({
    collection: 'users',
    where: { resetPasswordToken: { equals: token } },
    req,
  })) as User | null
  const problem = passwordProblem(password, { email: user?.email, name: user?.name })
  if (problem) refuse(req, problem)
  return args
}
