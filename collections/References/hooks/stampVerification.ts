import type { CollectionBeforeChangeHook } from 'payload'

import { VERIFICATION_INPUT_FIELDS, VERIFIED_FIELDS } from '../verification'

const text = (v: unknown) =>
  v === null || v === undefined
    ? ''
    : typeof v === 'object'
      ? String((v as { id?: unknown }).id ?? '')
      : String(v).trim()
const changed = (
  fields: readonly string[],
  a: Record<string, unknown>,
  b: Record<string, unknown> | undefined,
) => fields.some((f) => text(a[f]) !== text(b?.[f]))

const UNVERIFIED = {
  verificationStatus: 'unverified',
  verificationSource: null,
  verificationUrl: null,
  verificationNote: null,
  verifiedBy: null,
  verifiedAt: null,
}

/**
 * Keeps the verification record honest:
 *  - a save that marks the reference verified, or changes the record of a verified one
 *    (source, address, note), is a verification by the person saving it, now;
 *  - a save that changes a bibliographic field of a verified reference without touching the
 *    record returns it to unverified, whoever saves it (a lookup, a refresh, a typo fix);
 *  - `verifiedBy` / `verifiedAt` never come from the request.
 */
export const stampVerification: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const before =
    operation === 'update' ? (originalDoc as Record<string, unknown> | undefined) : undefined
  if (data.verificationStatus !== 'verified') return { ...data, verifiedBy: null, verifiedAt: null }
  const wasVerified = before?.verificationStatus === 'verified'
  if (!wasVerified || changed(VERIFICATION_INPUT_FIELDS, data, before)) {
    return {
      ...data,
      verifiedBy: req.user?.collection === 'users' ? req.user.id : null,
      verifiedAt: new Date().toISOString(),
    }
  }
  if (changed(VERIFIED_FIELDS, data, before)) return { ...data, ...UNVERIFIED }
  return { ...data, verifiedBy: before?.verifiedBy ?? null, verifiedAt: before?.verifiedAt ?? null }
}
