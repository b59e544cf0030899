/**
 * The paths a redirect goes from and to. A `from` is a site path as a visitor types it: it
 * starts with one `/`, carries no query or fragment, and loses a trailing slash (the site's
 * URLs have none), so `/articles/old/` and `/articles/old` are one redirect.
 */
const FROM_PATTERN = /^\/(?!\/)[^\s?#]*$/

export type PathCheck = { ok: true; path: string } | { ok: false; message: string }

export function normalizeFromPath(value: unknown): PathCheck {
  const raw = typeof value === 'string' ? value.trim() : ''
  if (!raw) return { ok: false, message: '転送元のパスは必須です（from is required）' }
  if (!FROM_PATTERN.test(raw)) {
    return {
      ok: false,
      message:
        '転送元は「/」で始まるサイト内のパスで指定してください（例：/articles/old-slug）。クエリや # は使えません（from: a site path such as /articles/old-slug）',
    }
  }
  const path = raw.length > 1 ? raw.replace(/\/+$/, '') : raw
  return { ok: true, path }
}

/** A custom destination: a site path (normalised like a `from`) or an absolute http(s) URL. */
export function normalizeToUrl(value: unknown): PathCheck {
  const raw = typeof value === 'string' ? value.trim() : ''
  if (/^https?:\/\/[^\s]+$/i.test(raw)) return { ok: true, path: raw }
  const site = normalizeFromPath(raw)
  if (site.ok) return site
  return {
    ok: false,
    message:
      '転送先は「/」で始まるサイト内のパスか http(s):// で始まる URL で指定してください（to.url: a site path or an http(s) URL）',
  }
}

export const isSitePath = (path: string): boolean => path.startsWith('/')
