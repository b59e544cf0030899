import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The one place that reads process.env. Everything else imports `env`.
 */
const nodeEnv = process.env.NODE_ENV ?? 'development'
const isBuild = process.env.NEXT_PHASE === 'phase-production-build'

export const DATA_DIR = path.resolve(process.env.HIKAKU_DATA_DIR ?? path.join(process.cwd(), '.data'))

export class MissingSecretError extends Error {
  constructor() {
    super(
      'PAYLOAD_SECRET is not set. Hikaku refuses to start in production without it: ' +
        'set PAYLOAD_SECRET to a long random string (for example `openssl rand -hex 32`) ' +
        'in the environment of the app (docker-compose reads it from .env).',
    )
    this.name = 'MissingSecretError'
  }
}

/**
 * Production: PAYLOAD_SECRET must come from the environment.
 * Development and tests: generated once and kept in .data/payload-secret.
 * `next build` only needs a placeholder; nothing is signed at build time.
 */
function resolvePayloadSecret(): string {
  const fromEnv = process.env.PAYLOAD_SECRET?.trim()
  if (fromEnv) return fromEnv
  if (isBuild) return 'build-time-placeholder-never-used-to-sign'
  if (nodeEnv === 'production') throw new MissingSecretError()
  return readOrCreateDevSecret()
}

/** For the production entry points: without PAYLOAD_SECRET, say what to do and exit 1. */
export function exitIfSecretMissing(): void {
  try {
    resolvePayloadSecret()
  } catch (err) {
    if (!(err instanceof MissingSecretError)) throw err
    console.error(`\n[hikaku] ${err.message}\n`)
    process.exit(1)
  }
}

function readOrCreateDevSecret(): string {
  const file = path.join(DATA_DIR, 'payload-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(DATA_DIR, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, secret + '\n', { mode: 0o600 })
  return secret
}

/** The public origin, read at run time (a NEXT_PUBLIC_ variable would be frozen at build time). */
const configuredServerUrl = process.env.SERVER_URL?.trim().replace(/\/$/, '') || undefined

export const env = {
  nodeEnv,
  isProduction: nodeEnv === 'production',
  isTest: nodeEnv === 'test',
  isBuild,
  get databaseUrl(): string {
    // `next build` never connects; it only needs a syntactically valid URL.
    return process.env.DATABASE_URL ?? (isBuild ? 'postgres://build@localhost:5432/build' : '')
  },
  get payloadSecret(): string {
    return resolvePayloadSecret()
  },
  /** Set only when SERVER_URL is: Payload then uses it for absolute links and CORS. */
  configuredServerUrl,
  /** Origin for canonical URLs, sitemaps and emails. */
  serverUrl: configuredServerUrl ?? `http://localhost:${process.env.PORT ?? 3000}`,
  /** Database pool size per app process; keep it small when running many replicas. */
  dbPoolMax: Number(process.env.DB_POOL_MAX ?? 10),
  /** Optional read replicas, comma separated, for scaling reads past one machine. */
  readReplicaUrls: (process.env.DATABASE_READ_REPLICA_URLS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
  /** Where uploads are stored on disk (a volume in Docker; object storage when scaled out). */
  mediaDir: path.resolve(process.env.MEDIA_DIR ?? path.join(process.cwd(), 'media')),
  embeddedPgPort: Number(process.env.HIKAKU_PG_PORT ?? 54329),
  /** Set by the test setup: collection hooks then skip Next cache revalidation (no Next request). */
  get disableRevalidate(): boolean {
    return process.env.HIKAKU_DISABLE_REVALIDATE === '1'
  },
  smtp: {
    host: process.env.SMTP_HOST || undefined,
    port: Number(process.env.SMTP_PORT || 587),
    user: process.env.SMTP_USER,
    pass: process.env.SMTP_PASS,
    from: process.env.EMAIL_FROM || 'no-reply@hikaku.test',
  },
}
