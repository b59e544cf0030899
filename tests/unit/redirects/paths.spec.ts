import { describe, expect, it } from '@jest/globals'

import { normalizeFromPath, normalizeToUrl } from '@/lib/redirects/paths'

describe('redirect paths', () => {
  it('keep a site path, without its trailing slash', () => {
    expect(normalizeFromPath(' /articles/old-slug/ ')).toEqual({
      ok: true,
      path: '/articles/old-slug',
    })
    expect(normalizeFromPath('/')).toEqual({ ok: true, path: '/' })
  })

  it.each([
    '',
    'articles/old',
    '//evil.example/x',
    '/a?utm=1',
    '/a#top',
    '/a b',
    'https://example.org/a',
    42,
  ])('refuse %p as a from, in Japanese', (value) => {
    const check = normalizeFromPath(value)
    expect(check.ok).toBe(false)
    expect(check.ok ? '' : check.message).toMatch(/転送元/)
  })

  it('accept a site path or an http(s) URL as a custom destination, nothing else', () => {
    expect(normalizeToUrl('/treatments/new/')).toEqual({ ok: true, path: '/treatments/new' })
    expect(normalizeToUrl('https://clinic.example/page')).toEqual({
      ok: true,
      path: 'https://clinic.example/page',
    })
    for (const bad of ['javascript:alert(1)', 'ftp://x.example/', '//evil.example', 'relative']) {
      expect(normalizeToUrl(bad).ok).toBe(false)
    }
  })
})
