import { isSameOriginPath } from '@/lib/http/sameOriginPath'

export type RichTextLink = { href: string; external: boolean }

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

/**
 * What a rich-text link may become on a public page: a path of this site
 * (lib/http/sameOriginPath), an in-page anchor, or an absolute http(s)/mailto address — which
 * the page marks as external. Anything else (`//host`, `/\t/host`, `javascript:`, `data:`,
 * relative paths, addresses with control characters) is no link at all: `null`, the text stays.
 */
export function richTextLink(url: unknown): RichTextLink | null {
  if (typeof url !== 'string' || url.length > 2048) return null
  if (url.startsWith('#')) return /^#[\w\-.:]*$/u.test(url) ? { href: url, external: false } : null
  if (url.startsWith('/')) return isSameOriginPath(url) ? { href: url, external: false } : null
  if (/[\u0000-\u0020\u007f-\u009f\\]/u.test(url)) return null
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (!EXTERNAL_PROTOCOLS.has(parsed.protocol)) return null
  if (parsed.protocol !== 'mailto:' && !parsed.hostname) return null
  return { href: parsed.href, external: true }
}
