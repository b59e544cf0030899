import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The one place that reads process.env. Everything else imports `env`.
 */
const nodeEnv = process.env.NODE_ENV ?? 'development'
const isBuild = process.env.NEXT_PHASE === 'phase-production-build'

export const DATA_DIR = path.resolve(
  process.env.HIKAKU_DATA_DIR ?? path.join(process.cwd(), '.data'),
)

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

const DEV_SECRET_FILE = path.join(DATA_DIR, 'payload-secret')

/** A secret for this process only, for development runs that did not go through the wrapper. */
let processSecret: string | undefined

/**
 * Production: PAYLOAD_SECRET must come from the environment.
 * Development and tests: the secret kept in .data/payload-secret, which `npm run dev` and the
 * other database commands create first (readOrCreateDevSecret, scripts/with-db.ts). Reading
 * never writes: without the file (e.g. `npm run generate:types` on a fresh clone) the process
 * gets a random secret of its own.
 * `next build` only needs a placeholder; nothing is signed at build time.
 */
function resolvePayloadSecret(): string {
  const fromEnv = process.env.PAYLOAD_SECRET?.trim()
  if (fromEnv) return fromEnv
  if (isBuild) return 'build-time-placeholder-never-used-to-sign'
  if (nodeEnv === 'production') throw new MissingSecretError()
  if (existsSync(DEV_SECRET_FILE)) return readFileSync(DEV_SECRET_FILE, 'utf8').trim()
  processSecret ??= randomBytes(32).toString('hex')
  return processSecret
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

/** Creates the development secret in .data/payload-secret unless it exists, and returns it. */
export function readOrCreateDevSecret(): string {
  if (existsSync(DEV_SECRET_FILE)) return readFileSync(DEV_SECRET_FILE, 'utf8').trim()
  mkdirSync(DATA_DIR, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(DEV_SECRET_FILE, secret + '\n', { mode: 0o600 })
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
  /** Whether PAYLOAD_SECRET comes from the environment (else, in development, from .data/). */
  get payloadSecretFromEnvironment(): boolean {
    return Boolean(process.env.PAYLOAD_SECRET?.trim())
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
  /** Port of the embedded PostgreSQL of `npm run dev` / `npm start` without DATABASE_URL. */
  embeddedPgPort: Number(process.env.HIKAKU_PG_PORT ?? 54329),
  /** HIKAKU_BENCH=1 at build time adds the benchmark's static comparison page (next.config.ts). */
  benchPages: process.env.HIKAKU_BENCH === '1',
  /**
   * The publishing jobs runner (lib/jobs/runner.ts): on unless JOBS_RUNNER=0 (with several
   * replicas, keep it on one, or on a dedicated worker); every JOBS_INTERVAL_SECONDS (15);
   * calls this server at JOBS_RUN_ORIGIN (http://127.0.0.1:$PORT).
   */
  jobsRunner: {
    enabled: process.env.JOBS_RUNNER !== '0',
    intervalMs: Math.max(1, Number(process.env.JOBS_INTERVAL_SECONDS || 15)) * 1000,
    origin: (
      process.env.JOBS_RUN_ORIGIN?.trim() || `http://127.0.0.1:${process.env.PORT ?? 3000}`
    ).replace(/\/$/, ''),
  },
  /**
   * Where uploads are stored on disk: MEDIA_DIR, else `media/` in the directory the server was
   * started from (the project for `npm start`, /app in Docker, where the volume is mounted).
   * Never inside .next/, which a rebuild replaces: `npm start` fixes the path before Next's
   * standalone server changes into .next/standalone (pinDirectories).
   */
  mediaDir: path.resolve(process.env.MEDIA_DIR || path.join(process.cwd(), 'media')),
  /**
   * Bibliographic databases behind the reference lookup (lib/references). Tests and the e2e
   * run point them at a local server of recorded responses; production uses the defaults.
   */
  get referenceLookup() {
    return {
      crossrefUrl: process.env.CROSSREF_API_URL || 'https://api.crossref.org',
      eutilsUrl: process.env.NCBI_EUTILS_URL || 'https://eutils.ncbi.nlm.nih.gov/entrez/eutils',
      idconvUrl:
        process.env.PMC_IDCONV_URL || 'https://pmc.ncbi.nlm.nih.gov/tools/idconv/api/v1/articles/',
      europePmcUrl:
        process.env.EUROPE_PMC_API_URL || 'https://www.ebi.ac.uk/europepmc/webservices/rest',
      timeoutMs: Number(process.env.REFERENCE_LOOKUP_TIMEOUT_MS || 8000),
      contactEmail: process.env.REFERENCE_LOOKUP_EMAIL || undefined,
      ncbiApiKey: process.env.NCBI_API_KEY || undefined,
    }
  },
  /**
   * Shared Next cache for several app replicas (lib/cache/handler): unset, each process keeps
   * its own cache in memory, as a single server needs.
   */
  redisUrl: process.env.REDIS_URL?.trim() || undefined,
  /** Prefix of every Redis key and channel, so several sites (or test runs) share one Redis. */
  redisKeyPrefix: process.env.REDIS_KEY_PREFIX?.trim() || 'hikaku:',
  /** Caches in front of the app that are purged by cache tag after a publish (lib/cache/purge.ts). */
  purge: {
    /** Caching proxies (the shipped Varnish), comma separated base URLs, e.g. http://proxy:80. */
    proxyUrls: (process.env.PURGE_PROXY_URLS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    /** A CDN's tag-purge API: `cloudflare` or `fastly`, its URL and its API token. */
    cdn: process.env.PURGE_CDN?.trim() || undefined,
    cdnUrl: process.env.PURGE_CDN_URL?.trim() || undefined,
    cdnToken: process.env.PURGE_CDN_TOKEN?.trim() || undefined,
  },
  /**
   * Two-factor authentication. Read at call time (a test switches to production in-process).
   * `enforced`: admins and reviewers must use it — in production.
   * `demoExemption`: the development seed's demo accounts sign in with the password alone;
   * on by default outside production, off in production unless HIKAKU_DEMO_2FA_EXEMPT=1
   * (the e2e run serves a production build with the development seed).
   */
  twoFactor: {
    get enforced(): boolean {
      return (process.env.NODE_ENV ?? 'development') === 'production'
    },
    get demoExemption(): boolean {
      const flag = process.env.HIKAKU_DEMO_2FA_EXEMPT
      if (flag === '1' || flag === '0') return flag === '1'
      return (process.env.NODE_ENV ?? 'development') !== 'production'
    },
  },
  smtp: {
    host: process.env.SMTP_HOST || undefined,
    port: Number(process.env.SMTP_PORT || 587),
    user: process.env.SMTP_USER,
    pass: process.env.SMTP_PASS,
    from: process.env.EMAIL_FROM || 'no-reply@hikaku.test',
  },
}

/**
 * Writes the data and media directories, resolved against the current working directory, into
 * the environment as absolute paths. For launchers whose server then changes its working
 * directory (Next's standalone server.js moves into .next/standalone) or runs as a child.
 */
export function pinDirectories(): void {
  process.env.HIKAKU_DATA_DIR = DATA_DIR
  process.env.MEDIA_DIR = env.mediaDir
}
