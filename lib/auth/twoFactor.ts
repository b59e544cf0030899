import {
  createHash,
  createSecretKey,
  hkdfSync,
  randomBytes,
  randomInt,
  timingSafeEqual,
  type KeyObject,
} from 'node:crypto'

import { compactDecrypt, CompactEncrypt, EncryptJWT, jwtDecrypt } from 'jose'
import { generateSecret, generateURI, verify } from 'otplib'
import QRCode from 'qrcode'

import { env } from '@/lib/env'

/**
 * Two-factor authentication with TOTP (RFC 6238, through otplib) and one-time recovery codes.
 * Secrets are kept encrypted (A256GCM, key derived from PAYLOAD_SECRET); recovery codes are
 * kept as salted SHA-256 hashes and shown to the user once.
 */
export const TOTP = {
  issuer: 'Hikaku',
  digits: 6,
  period: 30,
  /** One step either side, for clocks that drift. */
  toleranceSeconds: 30,
} as const

export const RECOVERY_CODE_COUNT = 10

/** How long a started enrolment may take before its QR code must be fetched again. */
const ENROLMENT_MINUTES = 15

let key: KeyObject | undefined
function secretKey(): KeyObject {
  key ??= createSecretKey(
    Buffer.from(hkdfSync('sha256', env.payloadSecret, 'hikaku', 'two-factor secrets', 32)),
  )
  return key
}

const ENCRYPTION = { alg: 'dir', enc: 'A256GCM' } as const

/** The form in which a TOTP secret is stored. */
export async function sealSecret(secret: string): Promise<string> {
  return new CompactEncrypt(new TextEncoder().encode(secret))
    .setProtectedHeader(ENCRYPTION)
    .encrypt(secretKey())
}

export async function openSecret(sealed: string): Promise<string> {
  const { plaintext } = await compactDecrypt(sealed, secretKey())
  return new TextDecoder().decode(plaintext)
}

export type Enrolment = {
  /** Carries the new secret, encrypted, back to the confirmation; expires after 15 minutes. */
  token: string
  /** For typing into an authenticator app by hand. */
  secret: string
  otpauthUri: string
  /** The otpauth URI as an SVG QR code, in a data: URL. */
  qrCode: string
}

const ENROLMENT_AUDIENCE = 'hikaku:two-factor-enrolment'

/** A new secret for `user`, not stored anywhere yet: it is kept once a code from it is confirmed. */
export async function startEnrolment(user: {
  id: number | string
  email: string
}): Promise<Enrolment> {
  const secret = generateSecret()
  const otpauthUri = generateURI({
    issuer: TOTP.issuer,
    label: user.email,
    secret,
    digits: TOTP.digits,
    period: TOTP.period,
  })
  const svg = await QRCode.toString(otpauthUri, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 1,
  })
  const token = await new EncryptJWT({ secret })
    .setProtectedHeader(ENCRYPTION)
    .setSubject(String(user.id))
    .setAudience(ENROLMENT_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ENROLMENT_MINUTES}m`)
    .encrypt(secretKey())
  return {
    token,
    secret,
    otpauthUri,
    qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
  }
}

/** The secret of an enrolment started for this user and not expired; null otherwise. */
export async function enrolmentSecret(
  token: unknown,
  userId: number | string,
): Promise<string | null> {
  if (typeof token !== 'string' || !token) return null
  try {
    const { payload } = await jwtDecrypt(token, secretKey(), {
      audience: ENROLMENT_AUDIENCE,
      subject: String(userId),
    })
    return typeof payload.secret === 'string' ? payload.secret : null
  } catch {
    return null
  }
}

/** A six-digit code, with spaces a person may type. */
export const asTotpCode = (code: unknown): string | null => {
  const digits = typeof code === 'string' ? code.replace(/\s/g, '') : ''
  return /^\d{6}$/.test(digits) ? digits : null
}

/**
 * The time step of `code` if it is valid for `secret` and newer than `afterTimeStep` (a code
 * already used cannot be used again, RFC 6238 §5.2); null otherwise.
 */
export async function totpTimeStep(
  secret: string,
  code: string,
  afterTimeStep?: number | null,
): Promise<number | null> {
  const result = await verify({
    secret,
    token: code,
    digits: TOTP.digits,
    period: TOTP.period,
    epochTolerance: TOTP.toleranceSeconds,
    ...(afterTimeStep != null ? { afterTimeStep } : {}),
  })
  return result.valid && 'timeStep' in result ? result.timeStep : null
}

export type StoredRecoveryCode = { salt: string; hash: string }

// No 0/o, 1/l/i: codes are read from paper.
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'

const hashCode = (salt: string, code: string) =>
  createHash('sha256').update(`${salt}:${code}`).digest('hex')

/** Recovery codes as typed (`xxxxx-xxxxx`, 49 bits each) and in their stored, hashed form. */
export function newRecoveryCodes(): { codes: string[]; stored: StoredRecoveryCode[] } {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from(
      { length: 10 },
      () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)],
    )
    return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`
  })
  const stored = codes.map((code) => {
    const salt = randomBytes(16).toString('hex')
    return { salt, hash: hashCode(salt, code) }
  })
  return { codes, stored }
}

/** The position of `code` among the stored recovery codes, or -1. */
export function findRecoveryCode(stored: readonly StoredRecoveryCode[], code: unknown): number {
  if (typeof code !== 'string') return -1
  const typed = code.trim().toLowerCase().replace(/\s/g, '')
  if (!/^[a-z0-9]{5}-?[a-z0-9]{5}$/.test(typed)) return -1
  const normal = typed.includes('-') ? typed : `${typed.slice(0, 5)}-${typed.slice(5)}`
  return stored.findIndex(({ salt, hash }) =>
    timingSafeEqual(Buffer.from(hashCode(salt, normal), 'hex'), Buffer.from(hash, 'hex')),
  )
}
