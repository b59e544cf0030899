import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { absoluteUrl, SITE_NAME } from '@/lib/seo/url'

import { SiteHeader } from './_components/Layout/SiteHeader'
import './globals.css'

export const metadata: Metadata = {
  metadataBase: new URL(absoluteUrl('/')),
  title: { default: `${SITE_NAME} — 治療法をエビデンスで比較`, template: `%s — ${SITE_NAME}` },
  description: '医師が監修した、エビデンスに基づく治療法の比較ページ。',
  applicationName: SITE_NAME,
  formatDetection: { telephone: false, address: false, email: false },
  // Files in public/ (also /favicon.ico, which browsers ask for on their own).
  icons: { icon: [{ url: '/icon.svg', type: 'image/svg+xml' }], apple: '/apple-touch-icon.png' },
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#ffffff' }

/** The public site's shell: no data, so it never needs the database (also not at build time). */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ja">
      <body>
        <a className="skip-link" href="#main">
          本文へスキップ
        </a>
        <SiteHeader />
        {children}
      </body>
    </html>
  )
}
