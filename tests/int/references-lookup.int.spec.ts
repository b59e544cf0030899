/**
 * POST /api/references/lookup (the admin's 「書誌情報を取得」) and `npm run references:refresh`,
 * against recorded responses of Crossref / PubMed / the PMC ID converter / Europe PMC served
 * through nock (tests/fixtures/referenceLookup.ts). No request leaves the machine.
 */
import { spawn } from 'node:child_process'

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { formatRefreshReport, refreshReferences } from '@/collections/References/refresh'
import { env } from '@/lib/env'

import { IDS, IJBS, NO_PMID_ARTICLE, TEST_ARTICLE } from '../fixtures/referenceLookup'
import { startLookupFixtureServer } from '../helpers/lookupFixtureServer'
import { interceptLookupApis } from '../helpers/lookupNock'
import { bootPayload, closePayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createTeam, createUser, type Actor } from '../helpers/users'
import { uniq } from './workflow-fixtures'

let payload: Payload
let team: Awaited<ReturnType<typeof createTeam>>
let nobody: Actor
let apis: ReturnType<typeof interceptLookupApis>

beforeAll(async () => {
  payload = await bootPayload()
  team = await createTeam(payload)
  // Every account is created with a role; one whose roles were later removed has none.
  nobody = await createUser(payload, ['marketer'], 'ロールを外された利用者')
  await (
    payload.db as unknown as {
      pool: { query: (sql: string, values: unknown[]) => Promise<unknown> }
    }
  ).pool.query('delete from users_roles where parent_id = $1', [nobody.user.id])
  process.env.REFERENCE_LOOKUP_TIMEOUT_MS = '300'
})

afterAll(async () => {
  delete process.env.REFERENCE_LOOKUP_TIMEOUT_MS
  await closePayload(payload)
})

beforeEach(() => {
  apis = interceptLookupApis({ slowMs: 2_000 })
})

afterEach(() => {
  apis.restore()
})

const lookup = (body: unknown, who?: Actor) =>
  rest('POST', '/references/lookup', { token: who?.token, body })

describe('POST /api/references/lookup', () => {
  it('fills reference #6 from Crossref for any staff member, without saving anything', async () => {
    const before = await payload.count({ collection: 'references' })
    for (const who of [team.marketer, team.reviewer, team.admin]) {
      const res = await lookup({ doi: `https://doi.org/${IDS.ijbsDoi.toUpperCase()}` }, who)
      expect(res.status).toBe(200)
      expect(res.json.record).toEqual({ ...IJBS, doi: IDS.ijbsDoi })
      expect(res.json.sources).toEqual(['crossref'])
      expect(res.json.message).toBe(`DOI ${IDS.ijbsDoi} の書誌情報を Crossref から取得しました。`)
    }
    expect((await payload.count({ collection: 'references' })).totalDocs).toBe(before.totalDocs)
  })

  it('by PMID and by PMCID, with the other identifiers', async () => {
    const byPmid = await lookup({ pmid: IDS.testPmid }, team.marketer)
    expect(byPmid.status).toBe(200)
    expect(byPmid.json.record).toMatchObject({
      title: TEST_ARTICLE.title,
      doi: IDS.testDoi,
      pmcid: IDS.testPmcid,
      volume: '7',
      issue: '3',
      pages: '101-109',
    })
    const byPmcid = await lookup({ pmcid: IDS.testPmcid.slice(3) }, team.marketer)
    expect(byPmcid.status).toBe(200)
    expect(byPmcid.json.record).toMatchObject({ pmid: IDS.testPmid, doi: IDS.testDoi })
    expect(byPmcid.json.sources).toEqual(['pmc-idconv', 'pubmed'])
  })

  it('an unknown id is a 404 with a Japanese message naming it', async () => {
    const res = await lookup({ pmid: IDS.unknownPmid }, team.marketer)
    expect(res.status).toBe(404)
    expect(res.json.errors[0].message).toContain(
      `PMID「${IDS.unknownPmid}」は PubMed（NCBI E-utilities） に見つかりませんでした`,
    )
    expect(res.json.errors[0].data.code).toBe('not-found')
  })

  it('a rate limit is a 429 that passes Retry-After on', async () => {
    const res = await lookup({ pmid: IDS.rateLimitedPmid }, team.marketer)
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBe('2')
    expect(res.json.errors[0].message).toContain('2 秒ほど待ってから')
  })

  it('a database slower than REFERENCE_LOOKUP_TIMEOUT_MS is a 504, not a hanging request', async () => {
    const started = Date.now()
    const res = await lookup({ pmid: IDS.slowPmid }, team.marketer)
    expect(res.status).toBe(504)
    expect(res.json.errors[0].message).toContain('0.3 秒以内に応答しませんでした')
    expect(Date.now() - started).toBeLessThan(1_500)
  })

  it.each([
    [{ pmid: 'PMC123' }, 'pmid', 'PMID は数字のみ'],
    [{ doi: '11.1234/x' }, 'doi', 'DOI は「10.'],
    [{ pmcid: 'PMX1' }, 'pmcid', 'PMCID は「PMC」'],
    [{ doi: IDS.ijbsDoi, pmid: IDS.testPmid }, 'pmid', 'いずれか1つ'],
    [{}, 'doi', 'いずれか1つ'],
    [{ isbn: '978-4-00-000000-0' }, 'isbn', '不明なフィールド'],
  ])('refuses %j with a 400 naming the field, and asks no database', async (body, field, text) => {
    const res = await lookup(body, team.marketer)
    expect(res.status).toBe(400)
    expect(res.json.errors[0].data.errors[0].path).toBe(field)
    expect(res.json.errors[0].message).toContain(text)
    expect(apis.requests).toEqual([])
  })

  it('is refused to anonymous callers (401) and to users without a staff role (403), before any lookup', async () => {
    expect((await lookup({ doi: IDS.ijbsDoi })).status).toBe(401)
    expect((await lookup({ doi: IDS.ijbsDoi }, nobody)).status).toBe(403)
    expect(apis.requests).toEqual([])
  })
})

function runScript(
  args: string[],
  extraEnv: Record<string, string>,
): Promise<{ status: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/with-db.ts', 'run', 'scripts/references-refresh.ts', ...args],
      {
        env: { ...process.env, ...extraEnv, NODE_OPTIONS: '--no-deprecation' },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    )
    let stdout = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    const timer = setTimeout(() => child.kill('SIGTERM'), 120_000)
    child.on('error', reject)
    child.on('exit', (status) => {
      clearTimeout(timer)
      resolve({ status, stdout })
    })
  })
}

describe('references:refresh', () => {
  const create = (data: Record<string, unknown>) =>
    payload.create({
      collection: 'references',
      draft: true,
      context: { disableRevalidate: true },
      data: {
        kind: 'journal-article',
        evidenceLevel: 'preclinical',
        slug: uniq('refresh'),
        ...data,
      } as never,
    })

  it('updates unverified references as drafts, leaves verified ones alone and says why each one failed', async () => {
    const stale = await create({ pmid: IDS.testPmid, title: '入力途中のタイトル' })
    const same = await create({ doi: IDS.noPmidDoi.replace('0002', '0003') })
    const verified = await create({
      doi: IDS.noPmidDoi,
      title: '確認済みの別タイトル',
      verificationStatus: 'verified',
      verificationSource: 'crossref',
    })
    const unknown = await create({ pmid: IDS.unknownPmid })
    const webPage = await create({ kind: 'web-page', url: `https://example.org/${uniq('page')}` })
    const ids = [stale.id, same.id, verified.id, unknown.id, webPage.id]

    const dry = await refreshReferences(payload, env.referenceLookup, { ids, dryRun: true })
    expect(dry.find((o) => o.id === stale.id)?.outcome).toBe('updated')
    expect(
      (await payload.findByID({ collection: 'references', id: stale.id, draft: true })).title,
    ).toBe('入力途中のタイトル')

    const outcomes = await refreshReferences(payload, env.referenceLookup, { ids })
    const of = (id: number) => outcomes.find((o) => o.id === id)!
    expect(of(stale.id)).toMatchObject({ outcome: 'updated' })
    expect(of(stale.id).changes.map((c) => c.field)).toEqual([
      'title',
      'authors',
      'journal',
      'year',
      'volume',
      'issue',
      'pages',
      'doi',
      'pmcid',
      'kind',
    ])
    const updated = await payload.findByID({ collection: 'references', id: stale.id, draft: true })
    expect(updated).toMatchObject({
      title: TEST_ARTICLE.title,
      doi: IDS.testDoi,
      pmcid: IDS.testPmcid,
      kind: 'review',
      reviewState: 'draft',
      verificationStatus: 'unverified',
    })

    expect(of(same.id)).toMatchObject({ outcome: 'failed' })
    expect(of(same.id).reason).toContain('Crossref に見つかりませんでした')

    // Verified: the fetched title differs, and is only reported.
    expect(of(verified.id).outcome).toBe('conflict')
    expect(of(verified.id).changes).toEqual(
      expect.arrayContaining([
        { field: 'title', from: '確認済みの別タイトル', to: NO_PMID_ARTICLE.title },
      ]),
    )
    const stillVerified = await payload.findByID({
      collection: 'references',
      id: verified.id,
      draft: true,
    })
    expect(stillVerified).toMatchObject({
      title: '確認済みの別タイトル',
      verificationStatus: 'verified',
      authors: null,
    })

    expect(of(unknown.id)).toMatchObject({ outcome: 'failed' })
    expect(of(webPage.id)).toMatchObject({ outcome: 'skipped' })

    const report = formatRefreshReport(outcomes)
    expect(report).toContain(`updated   更新（下書き）  #${stale.id}`)
    expect(report).toContain(
      '5 references: 1 updated, 0 unchanged, 1 conflict, 2 failed, 1 skipped',
    )

    // A second run finds nothing left to change.
    expect(
      (await refreshReferences(payload, env.referenceLookup, { ids: [stale.id] }))[0],
    ).toMatchObject({ outcome: 'unchanged', changes: [] })
  })

  it('runs as `npm run references:refresh` against the configured databases and exits 1 on a failure', async () => {
    apis.restore()
    const server = await startLookupFixtureServer()
    try {
      const ok = await create({ doi: IDS.ijbsDoi.replace('80430', '80431') })
      // Asynchronously: the fixture server answers from this process.
      const run = await runScript(['--id', String(ok.id)], server.env)
      expect(run.stdout).toContain(`failed    失敗  #${ok.id}`)
      expect(run.stdout).toContain('Crossref に見つかりませんでした')
      expect(run.stdout).toContain(
        '1 references: 0 updated, 0 unchanged, 0 conflict, 1 failed, 0 skipped',
      )
      expect(run.status).toBe(1)
      expect(server.requests).toEqual([
        `GET /crossref/works/${encodeURIComponent(IDS.ijbsDoi.replace('80430', '80431'))}`,
      ])
    } finally {
      await server.close()
      apis = interceptLookupApis()
    }
  }, 150_000)
})
