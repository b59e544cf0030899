/**
 * The Payload commands this project uses, run in-process under tsx.
 * (Payload's own `bin.js` registers its TypeScript loader with a fire-and-forget promise
 * and, on this machine, exited 0 without doing anything on about one run in four.)
 *
 *   tsx scripts/payload-cli.ts migrate                 apply pending migrations
 *   tsx scripts/payload-cli.ts migrate:status          list migrations and whether they ran
 *   tsx scripts/payload-cli.ts migrate:create <name>   write a migration for schema changes
 *   tsx scripts/payload-cli.ts migrate:check           exit 1 if the schema has changes with no migration
 *   tsx scripts/payload-cli.ts generate:types          rewrite payload-types.ts
 *   tsx scripts/payload-cli.ts generate:importmap      rewrite app/(payload)/admin/importMap.js
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'

import { generateImportMap, getPayload } from 'payload'
import { generateTypes } from 'payload/node'

import config from '@payload-config'
import { closePayload } from '@/lib/db/closePayload'

const [command, name] = process.argv.slice(2)
const migrationFiles = () => readdirSync(path.resolve('migrations')).filter((f) => /^\d.*\.ts$/.test(f))

async function main(): Promise<number> {
  const resolved = await config
  switch (command) {
    case 'generate:types':
      await generateTypes(resolved)
      return 0
    case 'generate:importmap':
      await generateImportMap(resolved, { log: true })
      return 0
  }

  const payload = await getPayload({ config })
  try {
    switch (command) {
      case 'migrate':
        await payload.db.migrate()
        return 0
      case 'migrate:status':
        await payload.db.migrateStatus()
        return 0
      case 'migrate:create':
        await payload.db.createMigration({ payload, migrationName: name ?? 'migration', skipEmpty: true })
        return 0
      case 'migrate:check': {
        const before = migrationFiles()
        await payload.db.createMigration({ payload, migrationName: 'pending_check', skipEmpty: true })
        const added = migrationFiles().filter((f) => !before.includes(f))
        if (added.length) {
          console.error(`Schema changes have no committed migration (run \`npm run migrate:create -- <name>\`). Generated: ${added.join(', ')}`)
          return 1
        }
        console.log('Migrations are up to date with the schema.')
        return 0
      }
      default:
        console.error(`unknown command: ${command ?? '(none)'}`)
        return 2
    }
  } finally {
    await closePayload(payload)
  }
}

process.exit(await main())
