/**
 * Points 6 and 15 of issue 11: the preview redirect and rich-text links send a visitor only to a
 * path of this site or — for links — to an absolute http(s)/mailto address marked external with
 * rel="noopener noreferrer". `//host`, `/\host`, tabs and other control characters (which
 * browsers drop, turning `/\t/host` into `//host`), their percent-encoded forms and scripts never
 * become a same-site link or redirect.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { RichText } from '@/app/(site)/_components/RichText/RichText'
import { GET as preview } from '@/app/(site)/next/preview/route'

import { bootPayload, closePayload } from '../../helpers/payload'
import { createUser, type Actor } from '../../helpers/users'

let payload: Payload
let marketer: Actor

beforeAll(async () => {
  payload = await bootPayload()
  marketer = await createUser(payload, ['marketer'], 'リダイレクト試験のマーケター')
})
afterAll(async () => closePayload(payload))

/** Sent as the browser sends the admin's preview link: `raw` is put in the query as written. */
const previewWith = (raw: string) =>
  preview(
    new Request(`http://localhost:3000/next/preview?path=${raw}`, {
      headers: { Authorization: `JWT ${marketer.token}` },
    }),
  )

const HOSTILE_PATHS = [
  '%2F%09%2Fevil.test', // the issue's /\t/evil.test
  '/%09/evil.test',
  '/%0a/evil.test',
  '/%0d/evil.test',
  '/%00/evil.test',
  '%2F%2Fevil.test',
  '//evil.test',
  '/%5Cevil.test',
  '/\\evil.test',
  '%2F%5C%2Fevil.test',
  '/%252F/evil.test', // encoded twice: %2F after one decoding
  '/%25252F%25252Fevil.test',
  '/%2509/evil.test',
  'https://evil.test/',
  'http:%2F%2Fevil.test',
  'javascript:alert(1)',
  '%20//evil.test',
  '/%E2%80%A8/evil.test', // U+2028
  '/%C2%A0/evil.test', // NBSP
  '/%EF%BB%BF/evil.test', // BOM
  'evil.test',
  '/admin',
  '/api/users',
  '/next/exit-preview',
]

describe('/next/preview with a staff session redirects only to site paths', () => {
  it.each(HOSTILE_PATHS)('path=%s: 400, no draft-mode cookie', async (raw) => {
    const res = await previewWith(raw)
    expect(res.status).toBe(400)
    expect(await res.text()).toBe('path must be a site path such as /articles/slug')
    expect(res.headers.get('location')).toBeNull()
    expect(res.headers.get('set-cookie')).toBeNull()
  })
})

type LinkCase = [string, string]
const render = (url: string, newTab = false) =>
  renderToStaticMarkup(
    createElement(RichText, {
      state: {
        root: {
          children: [
            {
              type: 'paragraph',
              children: [
                {
                  type: 'link',
                  fields: { url, newTab, linkType: 'custom' },
                  children: [{ type: 'text', text: 'リンク' }],
                },
              ],
            },
          ],
        },
      },
      numberOf: () => undefined,
    }),
  )

describe('rich-text links', () => {
  it.each<LinkCase>([
    ['//evil.example/x', 'protocol-relative'],
    ['/\t/evil.example', 'a tab browsers drop'],
    ['/\n/evil.example', 'a newline'],
    ['/\\evil.example', 'a backslash'],
    ['/%09/evil.example', 'an encoded tab'],
    ['/%2F/evil.example', 'an encoded slash'],
    ['javascript:alert(1)', 'javascript:'],
    ['JaVaScRiPt:alert(1)', 'mixed-case javascript:'],
    [' javascript:alert(1)', 'javascript: after a space'],
    ['java\tscript:alert(1)', 'javascript: with a tab'],
    ['data:text/html,<script>alert(1)</script>', 'data:'],
    ['vbscript:msgbox(1)', 'vbscript:'],
    ['https://evil.example\\@site.example/', 'a backslash in an address'],
    ['http://', 'an address without a host'],
    ['evil.example/x', 'a relative path'],
  ])('%j (%s) is no link: the text stays, no href', (url) => {
    const html = render(url)
    expect(html).toBe('<p><span><span>リンク</span></span></p>')
  })

  it.each([
    ['/articles/secretome-vs-exosome', '/articles/secretome-vs-exosome'],
    ['/articles/%E3%81%82', '/articles/%E3%81%82'],
    ['#references', '#references'],
  ])('%s is an internal link without rel', (url, href) => {
    expect(render(url)).toBe(`<p><a href="${href}"><span>リンク</span></a></p>`)
  })

  it.each([
    ['https://pubmed.ncbi.nlm.nih.gov/12345/', 'https://pubmed.ncbi.nlm.nih.gov/12345/'],
    ['http://example.org', 'http://example.org/'],
    ['mailto:info@clinic.example', 'mailto:info@clinic.example'],
  ])('%s is external, with rel="noopener noreferrer"', (url, href) => {
    expect(render(url)).toBe(
      `<p><a href="${href}" rel="noopener noreferrer"><span>リンク</span></a></p>`,
    )
  })

  it('an external link opening a new tab', () => {
    expect(render('https://example.org/a', true)).toBe(
      '<p><a href="https://example.org/a" rel="noopener noreferrer" target="_blank"><span>リンク</span></a></p>',
    )
  })
})
