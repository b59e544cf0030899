import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'

import { DEPLOY_VARNISH_PARAMETERS } from '@/lib/serving/servers'

/** The quoted items of the `command:` list of docker-compose's `proxy` service. */
function proxyCommand(): string[] {
  const compose = readFileSync('docker-compose.yml', 'utf8')
  const service = compose.slice(compose.indexOf('\n  proxy:'))
  const list = service.slice(service.indexOf('command:'), service.indexOf(']'))
  return [...list.matchAll(/'([^']*)'/g)].map((m) => m[1]!)
}

describe('the Varnish that CI and the benchmark start is the one docker-compose deploys', () => {
  it('docker-compose passes exactly the parameters the test servers use', () => {
    expect(proxyCommand()).toEqual(DEPLOY_VARNISH_PARAMETERS)
  })

  it('keeps room for the tag headers and logs no record per header', () => {
    expect(DEPLOY_VARNISH_PARAMETERS).toContain('http_resp_hdr_len=65536')
    const mask = DEPLOY_VARNISH_PARAMETERS.find((p) => p.startsWith('vsl_mask='))
    for (const tag of ['-ReqHeader', '-RespHeader', '-ObjHeader', '-BerespHeader'])
      expect(mask?.split(/[=,]/)).toContain(tag)
  })
})
