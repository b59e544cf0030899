/** Child for tests/int/launcher.int.spec.ts: queries DATABASE_URL, prints the answer, exits with argv[2]. */
import pg from 'pg'

import { env } from '../../../lib/env'

const client = new pg.Client({ connectionString: env.databaseUrl })
await client.connect()
const { rows } = await client.query<{ db: string }>('select current_database() as db')
await client.end()
console.log(`connected to ${rows[0]!.db}`)
process.exit(Number(process.argv[2] ?? 0))
