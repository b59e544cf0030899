/** Child-process helper for tests/unit/env.spec.ts: prints the resolved PAYLOAD_SECRET. */
import { env } from '../../lib/env'

try {
  process.stdout.write(env.payloadSecret)
  process.exit(0)
} catch (err) {
  process.stderr.write((err as Error).message)
  process.exit(3)
}
