import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { searchPlugin } from '@payloadcms/plugin-search'
import { seoPlugin } from '@payloadcms/plugin-seo'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { ja } from '@payloadcms/translations/languages/ja'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Articles } from './collections/Articles'
import { AuditLog } from './collections/AuditLog'
import { Components } from './collections/Components'
import { Media } from './collections/Media'
import { redirects } from './collections/Redirects'
import { References } from './collections/References'
import { searchPluginConfig } from './collections/Search'
import { SiteSettings } from './collections/SiteSettings'
import { Treatments } from './collections/Treatments'
import { livePreview } from './collections/shared/livePreview'
import { Users } from './collections/Users'
import { loginThrottleTable } from './lib/auth/loginThrottle'
import { email } from './lib/email'
import { env } from './lib/env'
import { errorAnswers } from './lib/errors'
import { BODY_LIMITS } from './lib/http/bodyLimit'
import { requestGuards } from './lib/http/payloadGuards'
import { healthEndpoint } from './lib/health'
import { canRunJobs } from './lib/jobs/runner'
import { publishingTasks } from './lib/workflow/scheduledJobs'
import { migrations } from './migrations'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: env.configuredServerUrl,
  // With a public origin configured, only it may use the session cookie or call the API from a browser.
  csrf: env.configuredServerUrl ? [env.configuredServerUrl] : [],
  cors: env.configuredServerUrl ? [env.configuredServerUrl] : [],
  upload: { limits: { fileSize: BODY_LIMITS.upload } },
  secret: env.payloadSecret,
  admin: {
    user: Users.slug,
    meta: {
      titleSuffix: ' — Hikaku',
      icons: [
        { rel: 'icon', type: 'image/svg+xml', url: '/icon.svg' },
        { rel: 'apple-touch-icon', url: '/apple-touch-icon.png' },
      ],
    },
    // date-fns pattern: 2026年11月25日 19:22
    dateFormat: 'yyyy年M月d日 HH:mm',
    // Not Gravatar: staff e-mail hashes are not sent to a third party.
    avatar: 'default',
    importMap: { baseDir: dirname },
    livePreview,
    components: {
      beforeDashboard: ['@/lib/workflow/admin/ReviewQueue#ReviewQueue'],
      // E-mail and password, then the two-factor code or its set-up (collections/Users).
      views: { login: { Component: '@/lib/auth/admin/LoginView#LoginView' } },
    },
  },
  i18n: {
    fallbackLanguage: 'ja',
    supportedLanguages: { ja, en },
    // One answer for a wrong password, an unknown e-mail and a throttled attempt alike.
    translations: {
      ja: {
        error: {
          emailOrPasswordIncorrect:
            'メールアドレスまたはパスワードが正しくありません。失敗が続いた場合は、しばらく待ってから再度お試しください。',
        },
      },
      en: {
        error: {
          emailOrPasswordIncorrect:
            'The e-mail or password is incorrect. After repeated failures, wait a while before trying again.',
        },
      },
    },
  },
  collections: [Articles, Treatments, Components, References, Media, Users, AuditLog],
  globals: [SiteSettings],
  editor: lexicalEditor(),
  endpoints: [healthEndpoint],
  // Public errors keep their data; a database outage answers 503 (lib/errors).
  hooks: { afterError: errorAnswers },
  // Scheduled publishing (lib/workflow/scheduledJobs.ts), run by lib/jobs/runner.ts through
  // GET /api/payload-jobs/run so that revalidation happens inside a Next request.
  jobs: {
    tasks: publishingTasks,
    access: { run: canRunJobs },
  },
  db: postgresAdapter({
    pool: {
      connectionString: env.databaseUrl,
      max: env.dbPoolMax,
      // How long a query waits for a connection: a new one, or a free one from a busy pool.
      // A stopped database refuses at once (503, lib/errors); 5 s rides out a busy machine, where
      // 2 s made a migration fail once in 117 runs at load average 16 (issue 12's loops).
      // /api/health has its own 2 s limit (lib/db/availability.ts).
      connectionTimeoutMillis: 5000,
    },
    // Schema changes go through committed migrations everywhere: dev, tests and production.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: migrations,
    readReplicas: env.readReplicaUrls.length ? env.readReplicaUrls : undefined,
    // Tables Payload does not manage itself: the login throttle, shared by every replica.
    beforeSchemaInit: [
      ({ schema }) => ({
        ...schema,
        tables: { ...schema.tables, auth_login_throttle: loginThrottleTable },
      }),
    ],
  }),
  sharp,
  email,
  plugins: [
    searchPlugin(searchPluginConfig),
    seoPlugin({
      collections: ['articles'],
      uploadsCollection: 'media',
      generateTitle: ({ doc }) => `${(doc as { title?: string }).title ?? ''} — Hikaku`,
      generateDescription: ({ doc }) => (doc as { lead?: string }).lead ?? '',
    }),
    redirects,
    // Last, so that it guards every collection: NUL, control characters in file names,
    // depth/limit of anonymous reads and the size of their answers (lib/http).
    requestGuards,
  ],
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
    autoGenerate: false,
  },
  graphQL: {
    schemaOutputFile: path.resolve(dirname, 'schema.graphql'),
  },
  telemetry: false,
  onInit: async (payload) => {
    // An idle connection dropped by the server (restart, failover) must not crash the app:
    // log it; the pool reconnects on the next query and /api/health reports the outage.
    const { pool } = payload.db
    pool?.on('error', (err) => payload.logger.error({ err }, 'database connection lost'))
  },
})
