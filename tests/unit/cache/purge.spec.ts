/** Purging the caches in front of the app by cache tag (lib/cache/purge.ts), against a local recorder. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import { PurgeConfigError, purgeTags, purgeTargets } from '@/lib/cache/purge'

import { startRecorder } from '../../helpers/recorder'

type Recorder = Awaited<ReturnType<typeof startRecorder>>
let recorder: Recorder

beforeAll(async () => {
  recorder = await startRecorder()
})
afterAll(async () => {
  await recorder.close()
})
beforeEach(() => {
  recorder.requests.length = 0
  recorder.setStatus(200)
})

const config = (overrides: Partial<Parameters<typeof purgeTargets>[0]> = {}) => ({
  proxyUrls: [],
  cdn: undefined,
  cdnUrl: undefined,
  cdnToken: undefined,
  ...overrides,
})

describe('purge targets from the environment', () => {
  it('none by default: nothing is purged', () => {
    expect(purgeTargets(config())).toEqual([])
  })

  it('proxies first, then the CDN', () => {
    const targets = purgeTargets(
      config({
        proxyUrls: ['http://proxy:80', 'http://proxy2:80'],
        cdn: 'cloudflare',
        cdnUrl: 'https://cdn.example/zones/z/purge_cache',
        cdnToken: 't',
      }),
    )
    expect(targets.map((t) => t.kind)).toEqual(['proxy', 'proxy', 'cloudflare'])
  })

  it('refuses an unknown CDN, a CDN without URL or token, and a URL that is not http(s), naming the variable', () => {
    expect(() =>
      purgeTargets(config({ cdn: 'akamai', cdnUrl: 'https://x', cdnToken: 't' })),
    ).toThrow(/PURGE_CDN must be "cloudflare" or "fastly"/)
    expect(() => purgeTargets(config({ cdn: 'fastly', cdnToken: 't' }))).toThrow(
      /needs PURGE_CDN_URL/,
    )
    expect(() =>
      purgeTargets(config({ cdn: 'fastly', cdnUrl: 'https://api.fastly.example/service/s/purge' })),
    ).toThrow(/needs PURGE_CDN_TOKEN/)
    expect(() => purgeTargets(config({ proxyUrls: ['ftp://proxy'] }))).toThrow(PurgeConfigError)
    expect(() => purgeTargets(config({ proxyUrls: ['not a url'] }))).toThrow(
      /PURGE_PROXY_URLS must be an http\(s\) URL/,
    )
  })
})

describe('purgeTags', () => {
  const tags = ['doc:references:7', 'slug:articles:a', 'list:references']

  it('asks the proxy to purge the tags with xkey-purge', async () => {
    const results = await purgeTags(tags, purgeTargets(config({ proxyUrls: [recorder.url] })))
    expect(results).toEqual([{ target: 'proxy', url: `${recorder.url}/`, ok: true, status: 200 }])
    expect(recorder.requests).toHaveLength(1)
    expect(recorder.requests[0]).toMatchObject({
      method: 'PURGE',
      url: '/',
      headers: expect.objectContaining({
        'xkey-purge': 'doc:references:7 slug:articles:a list:references',
      }),
    })
  })

  it('calls Fastly with Surrogate-Key and Fastly-Key', async () => {
    await purgeTags(
      tags,
      purgeTargets(
        config({
          cdn: 'fastly',
          cdnUrl: `${recorder.url}/service/svc/purge`,
          cdnToken: 'fastly-token',
        }),
      ),
    )
    expect(recorder.requests).toHaveLength(1)
    expect(recorder.requests[0]).toMatchObject({
      method: 'POST',
      url: '/service/svc/purge',
      headers: expect.objectContaining({
        'surrogate-key': 'doc:references:7 slug:articles:a list:references',
        'fastly-key': 'fastly-token',
      }),
    })
  })

  it('calls Cloudflare with a JSON list of tags and a bearer token, 30 tags per call', async () => {
    const many = Array.from({ length: 65 }, (_, i) => `doc:references:${i + 1}`)
    await purgeTags(
      [...many, many[0]!],
      purgeTargets(
        config({
          cdn: 'cloudflare',
          cdnUrl: `${recorder.url}/client/v4/zones/z/purge_cache`,
          cdnToken: 'cf-token',
        }),
      ),
    )
    expect(recorder.requests.map((r) => JSON.parse(r.body).tags.length)).toEqual([30, 30, 5])
    expect(recorder.requests.flatMap((r) => JSON.parse(r.body).tags)).toEqual(many)
    expect(recorder.requests[0]).toMatchObject({
      method: 'POST',
      url: '/client/v4/zones/z/purge_cache',
      headers: expect.objectContaining({
        authorization: 'Bearer cf-token',
        'content-type': 'application/json',
      }),
    })
  })

  it('reports a refused or unreachable purge instead of throwing', async () => {
    recorder.setStatus(403)
    const refused = await purgeTags(tags, purgeTargets(config({ proxyUrls: [recorder.url] })))
    expect(refused).toEqual([{ target: 'proxy', url: `${recorder.url}/`, ok: false, status: 403 }])
    const unreachable = await purgeTags(
      tags,
      purgeTargets(config({ proxyUrls: ['http://127.0.0.1:9/'] })),
    )
    expect(unreachable[0]).toMatchObject({ ok: false, error: expect.any(String) })
  })

  it('sends nothing when there is nothing to purge', async () => {
    expect(await purgeTags([], purgeTargets(config({ proxyUrls: [recorder.url] })))).toEqual([])
    expect(recorder.requests).toHaveLength(0)
  })
})
