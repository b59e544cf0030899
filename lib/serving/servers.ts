/**
 * The serving stack on this machine, started from the production build, for the proxy/replica
 * e2e spec and the benchmarks (like lib/db/throwaway.ts, never used by the app itself): standalone app servers, Varnish with the repository's configuration
 * (deploy/varnish), nginx serving files. Every process listens on a free 127.0.0.1 port and
 * is stopped by `stop()`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { findFreePort } from '../db/embedded'
import { createThrowawayDatabase, type ThrowawayDatabase } from '../db/throwaway'

export type Service = {
  url: string
  port: number
  /** The process started (its children, e.g. Varnish's cache process, are under it). */
  pid: number
  stop: () => Promise<void>
}

const VARNISHD = process.env.VARNISHD_PATH ?? '/usr/sbin/varnishd'
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx'

export function stopProcess(
  child: ChildProcess,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    child.kill(signal)
  })
}

/** Polls `url` until it answers `ok`, failing early when `child` exits. */
export async function waitForUrl(
  url: string,
  child: ChildProcess,
  name: string,
  timeoutMs = 90_000,
  ok = (res: Response) => res.ok,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`)
    try {
      const res = await fetch(url)
      await res.arrayBuffer()
      if (ok(res)) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`${name} did not answer ${url} within ${timeoutMs} ms`)
}

/** A pristine copy of the last production build: pages cached by earlier runs never leak in. */
export function copyBuild(label: string): { dir: string; remove: () => void } {
  if (!existsSync('.next/standalone/server.js'))
    throw new Error('no production build: run `npm run build` first')
  const dir = mkdtempSync(path.join(os.tmpdir(), `hikaku-${label}-`))
  cpSync('.next/standalone', dir, { recursive: true })
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

export type SeededDatabase = ThrowawayDatabase & { secret: string }

/** A throw-away database with the demo content and demo users (the development seed). */
export async function createSeededDatabase(label: string): Promise<SeededDatabase> {
  const db = await createThrowawayDatabase(label)
  const secret = randomBytes(24).toString('hex')
  const res = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/with-db.ts', 'seed'], {
    env: { ...process.env, DATABASE_URL: db.url, PAYLOAD_SECRET: secret, NODE_ENV: 'development' },
    encoding: 'utf8',
  })
  if (res.status !== 0) {
    await db.drop()
    throw new Error(`seeding failed (${res.status})\n${res.stdout}\n${res.stderr}`)
  }
  return { ...db, secret }
}

export type AppServerOptions = {
  buildDir: string
  databaseUrl: string
  secret: string
  /** The public origin (SERVER_URL): the proxy's, when there is one in front. */
  serverUrl?: string
  /** Extra environment: REDIS_URL, PURGE_* … */
  env?: Record<string, string>
  /** Where the server's output goes; inherited by default. */
  quiet?: boolean
}

/** One standalone production server (what the Docker image runs). */
export async function startAppServer(options: AppServerOptions): Promise<Service> {
  const port = await findFreePort()
  const url = `http://127.0.0.1:${port}`
  const child = spawn(process.execPath, [path.join(options.buildDir, 'start.mjs')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: options.databaseUrl,
      PAYLOAD_SECRET: options.secret,
      SERVER_URL: options.serverUrl ?? url,
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      // These servers run on the demo seed: its reviewers sign in without a second factor,
      // as on the development server (never set in a real deployment).
      HIKAKU_DEMO_2FA_EXEMPT: '1',
      ...options.env,
    },
    stdio: ['ignore', options.quiet ? 'ignore' : 'inherit', 'inherit'],
  })
  try {
    await waitForUrl(`${url}/api/health`, child, `app server on ${port}`)
  } catch (err) {
    await stopProcess(child)
    throw err
  }
  return { url, port, pid: child.pid!, stop: () => stopProcess(child) }
}

/**
 * Varnish (Debian's package in CI) with deploy/varnish/default.vcl, in front of `backends`:
 * a generated backends.vcl, found first in vcl_path, replaces the docker-compose one.
 */
export async function startVarnish(backends: { port: number }[], port?: number): Promise<Service> {
  if (!existsSync(VARNISHD))
    throw new Error(`${VARNISHD} not found: apt-get install -y varnish varnish-modules`)
  port ??= await findFreePort()
  const work = mkdtempSync(path.join(os.tmpdir(), 'hikaku-varnish-'))
  const vclDir = path.join(work, 'vcl')
  mkdirSync(vclDir)
  const names = backends.map((_, i) => `app${i + 1}`)
  writeFileSync(
    path.join(vclDir, 'backends.vcl'),
    [
      'import directors;',
      ...backends.map(
        (b, i) => `backend ${names[i]} { .host = "127.0.0.1"; .port = "${b.port}"; }`,
      ),
      'sub vcl_init {',
      '  new app = directors.round_robin();',
      ...names.map((n) => `  app.add_backend(${n});`),
      '}',
      '',
    ].join('\n'),
  )
  const deployDir = path.resolve('deploy/varnish')
  const child = spawn(
    VARNISHD,
    [
      '-F',
      '-j',
      'none',
      '-n',
      path.join(work, 'state'),
      '-a',
      `127.0.0.1:${port}`,
      '-T',
      'none',
      '-p',
      `vcl_path=${vclDir}:${deployDir}`,
      ...DEPLOY_VARNISH_PARAMETERS,
      '-f',
      path.join(deployDir, 'default.vcl'),
      '-s',
      'malloc,256m',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  )
  const url = `http://127.0.0.1:${port}`
  try {
    await waitForUrl(`${url}/api/health`, child, 'varnishd', 30_000)
  } catch (err) {
    await stopProcess(child)
    rmSync(work, { recursive: true, force: true })
    throw err
  }
  return {
    url,
    port,
    pid: child.pid!,
    stop: async () => {
      await stopProcess(child)
      rmSync(work, { recursive: true, force: true })
    },
  }
}

/**
 * The varnishd parameters docker-compose passes too: room for the pages' tag headers, and no
 * shared-memory log record per request and response header (about 30 a page, the largest part
 * of Varnish's work on a cache hit: about 8 % less CPU per hit, measured here). The request line,
 * status, timings and cache decisions are still logged; `varnishadm param.set vsl_mask default`
 * brings the headers back while debugging.
 */
export const DEPLOY_VARNISH_PARAMETERS = [
  '-p',
  'http_resp_hdr_len=65536',
  '-p',
  'http_resp_size=98304',
  '-p',
  'vsl_mask=-ReqHeader,-RespHeader,-ReqUnset,-RespUnset,-ObjHeader,-BereqHeader,-BerespHeader,-BereqUnset,-BerespUnset',
]

/** nginx serving `root` as static files (precompressed `.gz` beside each file when asked). */
export async function startNginxStatic(root: string): Promise<Service> {
  // nginx's workers run as an unprivileged user when started as root: they must read the files.
  chmodSync(root, 0o755)
  return startNginx(
    (_, port) => `
  sendfile on;
  tcp_nopush on;
  gzip_static on;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    location / { try_files $uri $uri.html =404; }
  }`,
  )
}

/**
 * nginx's own caching proxy in front of `backend`, as the issue measured it (pages valid 1 s,
 * served stale while one request updates them): a reference for the benchmark, never deployed —
 * it cannot purge by tag, so a publish would take up to a second to show.
 */
export async function startNginxCache(backend: { port: number }): Promise<Service> {
  return startNginx(
    (work, port) => `
  proxy_cache_path ${work}/cache levels=1:2 keys_zone=pages:10m max_size=256m use_temp_path=off;
  upstream app { server 127.0.0.1:${backend.port}; keepalive 16; }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_cache pages;
      proxy_ignore_headers Cache-Control Expires;
      proxy_cache_valid 200 1s;
      proxy_cache_use_stale updating;
      proxy_cache_background_update on;
      proxy_cache_lock on;
    }
  }`,
  )
}

/** nginx with `http` (the server block and what it needs), stopped gracefully. */
async function startNginx(http: (work: string, port: number) => string): Promise<Service> {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} not found: apt-get install -y nginx`)
  const port = await findFreePort()
  const work = mkdtempSync(path.join(os.tmpdir(), 'hikaku-nginx-'))
  chmodSync(work, 0o755)
  const conf = path.join(work, 'nginx.conf')
  writeFileSync(
    conf,
    `daemon off;
worker_processes auto;
pid ${work}/nginx.pid;
error_log stderr warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  keepalive_requests 100000;
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
${http(work, port)}
}
`,
  )
  const child = spawn(NGINX, ['-c', conf, '-e', 'stderr'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const url = `http://127.0.0.1:${port}`
  try {
    await waitForUrl(`${url}/`, child, 'nginx', 15_000, (res) => res.status < 500)
  } catch (err) {
    await stopProcess(child)
    rmSync(work, { recursive: true, force: true })
    throw err
  }
  return {
    url,
    port,
    pid: child.pid!,
    stop: async () => {
      await stopProcess(child, 'SIGQUIT')
      rmSync(work, { recursive: true, force: true })
    },
  }
}
