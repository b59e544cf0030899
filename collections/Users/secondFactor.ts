import type { PayloadRequest } from 'payload'

import {
  findRecoveryCode,
  newRecoveryCodes,
  openSecret,
  sealSecret,
  totpTimeStep,
  asTotpCode,
  type StoredRecoveryCode,
} from '@/lib/auth/twoFactor'
import { env } from '@/lib/env'
import type { User } from '@/payload-types'

import { hasRole } from '@/lib/domain'

/**
 * Who must give a second factor at sign-in, and the two-factor state kept on a user.
 * The state is written straight through the database adapter (as Payload writes sessions and
 * login attempts): no API may write it, whatever the access override.
 */

export type SecondFactorNeed = 'none' | 'code' | 'enrol'

type TwoFactorState = {
  enabled?: boolean | null
  secret?: string | null
  lastUsedStep?: number | null
  recoveryCodes?: unknown
  recoveryCodesLeft?: number | null
}
type WithTwoFactor = Pick<User, 'roles'> & {
  twoFactor?: TwoFactorState | null
  demoAccount?: boolean | null
}

/**
 * Everyone who set up two-factor authentication gives a code. In production, admins and
 * reviewers must set it up — except the development seed's demo accounts while the demo
 * exemption is on (see lib/env.ts). Marketers may set it up; nobody makes them.
 */
export function secondFactorNeed(user: WithTwoFactor): SecondFactorNeed {
  if (user.twoFactor?.enabled) return 'code'
  if (!env.twoFactor.enforced || !hasRole(user, 'admin', 'reviewer')) return 'none'
  if (user.demoAccount && env.twoFactor.demoExemption) return 'none'
  return 'enrol'
}

/** Whether the user's role demands two-factor authentication (so they may not turn it off). */
export const secondFactorRequiredByRole = (user: WithTwoFactor) =>
  secondFactorNeed({ ...user, twoFactor: null }) === 'enrol'

const storedCodes = (value: unknown): StoredRecoveryCode[] =>
  Array.isArray(value) ? (value as StoredRecoveryCode[]) : []

async function readState(req: PayloadRequest, userId: number): Promise<TwoFactorState> {
  const doc = (await req.payload.db.findOne({
    collection: 'users',
    where: { id: { equals: userId } },
    req,
  })) as { twoFactor?: TwoFactorState } | null
  return doc?.twoFactor ?? {}
}

/**
 * Uses a TOTP code or a recovery code of the user, once: a TOTP code of a time step that was
 * already used, or a recovery code already spent, is refused. Parallel uses of the same code
 * race on a conditional update; only one wins. Returns whether the code was accepted.
 */
export async function acceptSecondFactor(
  req: PayloadRequest,
  userId: number,
  code: unknown,
): Promise<boolean> {
  const state = await readState(req, userId)
  if (!state.enabled || !state.secret) return false

  const totp = asTotpCode(code)
  if (totp) {
    const step = await totpTimeStep(await openSecret(state.secret), totp, state.lastUsedStep)
    if (step === null) return false
    const previous = state.lastUsedStep
    const won = await req.payload.db.updateOne({
      collection: 'users',
      where: {
        and: [
          { id: { equals: userId } },
          previous == null
            ? { 'twoFactor.lastUsedStep': { exists: false } }
            : { 'twoFactor.lastUsedStep': { equals: previous } },
        ],
      },
      data: { twoFactor: { lastUsedStep: step } },
      options: { atomic: true },
      req,
    })
    return won !== null
  }

  const codes = storedCodes(state.recoveryCodes)
  const index = findRecoveryCode(codes, code)
  if (index < 0) return false
  const left = codes.length
  const won = await req.payload.db.updateOne({
    collection: 'users',
    where: {
      and: [{ id: { equals: userId } }, { 'twoFactor.recoveryCodesLeft': { equals: left } }],
    },
    data: {
      twoFactor: {
        recoveryCodes: codes.filter((_, i) => i !== index),
        recoveryCodesLeft: left - 1,
      },
    },
    options: { atomic: true },
    req,
  })
  return won !== null
}

/**
 * Turns two-factor authentication on with `secret`, whose code of time step `usedStep` the
 * user has just confirmed. Returns the recovery codes, to be shown once.
 */
export async function enableSecondFactor(
  req: PayloadRequest,
  userId: number,
  secret: string,
  usedStep: number | null,
): Promise<string[]> {
  const { codes, stored } = newRecoveryCodes()
  await req.payload.db.updateOne({
    collection: 'users',
    id: userId,
    data: {
      twoFactor: {
        enabled: true,
        enabledAt: new Date().toISOString(),
        secret: await sealSecret(secret),
        lastUsedStep: usedStep,
        recoveryCodes: stored,
        recoveryCodesLeft: stored.length,
      },
    },
    req,
    returning: false,
  })
  return codes
}

/** Turns two-factor authentication off and forgets its secret and recovery codes. */
export async function disableSecondFactor(req: PayloadRequest, userId: number): Promise<void> {
  await req.payload.db.updateOne({
    collection: 'users',
    id: userId,
    data: {
      twoFactor: {
        enabled: false,
        enabledAt: null,
        secret: null,
        lastUsedStep: null,
        recoveryCodes: null,
        recoveryCodesLeft: null,
      },
    },
    req,
    returning: false,
  })
}

/** Checks a TOTP code against a secret that is not stored yet (enrolment), returning its time step. */
export async function confirmNewSecret(secret: string, code: unknown): Promise<number | null> {
  const totp = asTotpCode(code)
  return totp ? totpTimeStep(secret, totp) : null
}
