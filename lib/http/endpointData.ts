import { addDataAndFileToRequest, APIError, type PayloadRequest } from 'payload'

import { findNul } from './badBytes'

/**
 * Reads the body of a custom endpoint (workflow actions, the guideline check, sign-in steps,
 * reference lookup) into `req.data`, refusing NUL anywhere in it with a 400 that names the field:
 * the collections' own operations refuse it in payloadGuards.ts, and a custom endpoint's body
 * must not reach PostgreSQL (which cannot store NUL in text) or the audit log with one either.
 */
export async function readEndpointData(req: PayloadRequest): Promise<void> {
  await addDataAndFileToRequest(req)
  const field = findNul(req.data)
  if (field)
    throw new APIError(
      `${field}: NUL 文字（U+0000）は使えません（NUL character in ${field}）。`,
      400,
      [{ path: field, message: `NUL character in ${field}` }],
      true,
    )
}
