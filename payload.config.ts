import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { ja } from '@payloadcms/translations/languages/ja'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Users } from './collections/Users'
import { env } from './lib/env'
import { healthEndpoint } from './lib/health'
import { migrations } from './migrations'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: env.configuredServerUrl,
  secret: env.payloadSecret,
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' — Hikaku' },
    importMap: { baseDir: dirname },
  },
  i18n: {
    fallbackLanguage: 'ja',
    supportedLanguages: { ja, en },
  },
  collections: [Users],
  editor: lexicalEditor(),
  endpoints: [healthEndpoint],
  db: postgresAdapter({
    pool: {
      connectionString: env.databaseUrl,
      max: env.dbPoolMax,
      connectionTimeoutMillis: 2000,
    },
    // Schema changes go through committed migrations everywhere: dev, tests and production.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: migrations,
    readReplicas: env.readReplicaUrls.length ? env.readReplicaUrls : undefined,
  }),
  sharp,
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
    autoGenerate: false,
  },
  graphQL: {
    schemaOutputFile: path.resolve(dirname, 'schema.graphql'),
  },
  telemetry: false,
})
