/**
 * `npm run migrate:check`: exits 1 when the collections describe a schema that the committed
 * migrations do not create. Payload's CLI has no such check, so this asks it for a migration
 * (`payload migrate:create --skip-empty`, which writes nothing when there is nothing to
 * migrate), shows what it generated, and puts the migrations folder back as it was.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const dir = path.resolve('migrations')
const indexFile = path.join(dir, 'index.ts')
const before = new Set(readdirSync(dir))
const index = readFileSync(indexFile, 'utf8')

const payload = spawnSync(
  process.execPath,
  [path.resolve('node_modules/.bin/payload'), 'migrate:create', 'schema_check', '--skip-empty'],
  {
    stdio: ['ignore', 'inherit', 'inherit'],
  },
)
const added = readdirSync(dir).filter((file) => !before.has(file))
for (const file of added.filter((f) => f.endsWith('.ts')))
  console.error(readFileSync(path.join(dir, file), 'utf8'))
for (const file of added) rmSync(path.join(dir, file))
writeFileSync(indexFile, index)

if (payload.status !== 0) {
  console.error(`payload migrate:create failed (exit ${payload.status ?? payload.signal})`)
  process.exit(1)
}
if (added.length) {
  console.error(
    'The schema has changes that no committed migration makes (above): run `npm run migrate:create -- <name>` and commit it.',
  )
  process.exit(1)
}
console.log('Migrations are up to date with the schema.')
