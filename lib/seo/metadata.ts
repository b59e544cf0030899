import type { Metadata } from 'next'

import { absoluteUrl, SITE_NAME } from './url'

type PageMeta = {
  title: string
  description: string
  path: string
  type?: 'article' | 'website'
  modifiedTime?: string | null
  noIndex?: boolean
}

/** Title, description, canonical URL and Open Graph of a public page. */
export function pageMetadata({
  title,
  description,
  path,
  type = 'website',
  modifiedTime,
  noIndex,
}: PageMeta): Metadata {
  const url = absoluteUrl(path)
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: {
      title,
      description,
      url,
      siteName: SITE_NAME,
      locale: 'ja_JP',
      type,
      ...(type === 'article' && modifiedTime ? { modifiedTime } : {}),
    },
    twitter: { card: 'summary', title, description },
    ...(noIndex ? { robots: { index: false, follow: false } } : {}),
  }
}

/** A description from free text: whitespace collapsed, cut at a sentence end near 120 characters. */
export function describe(text: string | null | undefined, max = 120): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max)
  const end = cut.lastIndexOf('。')
  return end > max / 2 ? cut.slice(0, end + 1) : `${cut}…`
}
