import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

const pbkdf2Async = promisify(pbkdf2)

/**
 * Spends the time Payload spends checking a password (pbkdf2-sha256 with 600,000 iterations
 * and a 32-byte key: payload/dist/auth/strategies/local/generatePasswordSaltHash.js), for a
 * login whose e-mail has no account — so that the answer takes as long as for a real one.
 * tests/int/security/auth-enumeration.int.spec.ts notices if Payload's cost changes.
 */
export async function spendPasswordCheckTime(password: string): Promise<void> {
  await pbkdf2Async(password, randomBytes(32).toString('hex'), 600_000, 32, 'sha256')
}
