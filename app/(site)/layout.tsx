import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import './globals.css'

export const metadata: Metadata = {
  title: { default: 'Hikaku — 治療法をエビデンスで比較', template: '%s — Hikaku' },
  description: '医師が監修した、エビデンスに基づく治療法の比較ページ。',
}

export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ja">
      <body>{children}</body>
    </html>
  )
}
