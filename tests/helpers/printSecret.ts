/**
 * Child-process helper for tests/unit/env.spec.ts: prints the resolved PAYLOAD_SECRET, or with
 * PRINT_CREATED_SECRET=1 the development secret readOrCreateDevSecret() returns.
 */
import { env, readOrCreateDevSecret } from '../../lib/env'

try {
  process.stdout.write(
    process.env.PRINT_CREATED_SECRET === '1' ? readOrCreateDevSecret() : env.payloadSecret,
  )
  process.exit(0)
} catch (err) {
  process.stderr.write((err as Error).message)
  process.exit(3)
}
