import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import pg from 'pg'
import type { Payload } from 'payload'

import { env } from '@/lib/env'

import { bootPayload, closePayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createTeam, type Actor } from '../helpers/users'
import { referenceData } from './workflow-fixtures'

/**
 * Races between a save and a workflow step on the same document, each run TRIALS times
 * against the real database (issue 11, items 2 and 3): the two requests of a trial start at
 * the same instant, and RACES_AT_ONCE trials run side by side: 8 transactions, so that the
 * pool of 10 connections always has one free for the query Payload's update makes outside its
 * transaction (the document-lock check) while the other request of the pair waits for the row. A save that answered 200 must
 * be in the document's latest version; two simultaneous approvals publish once.
 */

const TRIALS = 50
const RACES_AT_ONCE = 4
const APPROVE_BODY = { acknowledgeAllWarnings: true, acknowledgeAllUnverifiedReferences: true }

let payload: Payload
let team: Awaited<ReturnType<typeof createTeam>>

beforeAll(async () => {
  payload = await bootPayload()
  team = await createTeam(payload)
}, 120_000)
afterAll(async () => closePayload(payload))

const act = (id: number, action: 'submit' | 'approve', actor: Actor, body: unknown = {}) =>
  rest('POST', `/references/${id}/${action}`, { token: actor.token, body })
const save = (id: number, actor: Actor, data: Record<string, unknown>) =>
  rest('PATCH', `/references/${id}?draft=true`, { token: actor.token, body: data })
const latest = (id: number) =>
  payload.findByID({
    collection: 'references',
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
  }) as Promise<Record<string, any>>

async function newReference(state: 'draft' | 'in_review'): Promise<number> {
  const res = await rest('POST', '/references?draft=true', {
    token: team.marketer.token,
    body: referenceData('競合試験の文献'),
  })
  expect(res.status).toBe(201)
  const id = res.json.doc.id as number
  if (state === 'in_review') expect((await act(id, 'submit', team.marketer)).status).toBe(200)
  return id
}

/** `fn` on every item, RACES_AT_ONCE items at a time, results in order. */
async function inWaves<T, R>(items: T[], fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = []
  for (let i = 0; i < items.length; i += RACES_AT_ONCE) {
    out.push(
      ...(await Promise.all(items.slice(i, i + RACES_AT_ONCE).map((item, j) => fn(item, i + j)))),
    )
  }
  return out
}

const references = (n: number, state: 'draft' | 'in_review') =>
  inWaves(Array.from({ length: n }), () => newReference(state))

const auditEntries = async (id: number, action: string) =>
  (
    await payload.find({
      collection: 'audit-log',
      where: {
        and: [
          { collectionSlug: { equals: 'references' } },
          { documentId: { equals: String(id) } },
          { action: { equals: action } },
        ],
      },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
  ).docs

const publishedVersions = async (id: number) =>
  (
    await payload.countVersions({
      collection: 'references',
      where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
      overrideAccess: true,
    })
  ).totalDocs

/** Runs a save and a workflow step on each document at the same instant; counts saves lost after a 200. */
async function raceSaveAgainst(ids: number[], step: (id: number) => ReturnType<typeof act>) {
  const results = await inWaves(ids, async (id, i) => {
    const title = `競合中の保存 ${i} ${id}`
    const [saved, stepped] = await Promise.all([save(id, team.marketer, { title }), step(id)])
    const now = await latest(id)
    return { id, title, saved, stepped, now }
  })
  const lost = results.filter((r) => r.saved.status === 200 && r.now.title !== r.title)
  return { results, lost }
}

describe('a save racing a workflow step is never lost (item 2)', () => {
  it(`save ∥ approve, ${TRIALS} trials: every 200 save is in the latest version`, async () => {
    const ids = await references(TRIALS, 'in_review')
    const { results, lost } = await raceSaveAgainst(ids, (id) =>
      act(id, 'approve', team.reviewer, APPROVE_BODY),
    )
    console.log(`save ∥ approve: ${TRIALS} trials, ${lost.length} saves lost after a 200`)

    for (const r of results) {
      expect(r.saved.status).toBe(200)
      // Either the approval came first (the save is a new draft on top of it), or the save came
      // first and the approval is refused because the submitted version is no longer the latest.
      expect([200, 409]).toContain(r.stepped.status)
      // (the save returned it to draft, so the approval is refused for the state)
      if (r.stepped.status === 409)
        expect(r.stepped.json.errors[0].message).toContain('現在の状態は下書き（draft）です')
      expect(r.now.reviewState).toBe('draft')
    }
    expect(lost.map((r) => r.id)).toEqual([])
  })

  it(`save ∥ submit, ${TRIALS} trials: every 200 save is in the latest version`, async () => {
    const ids = await references(TRIALS, 'draft')
    const { results, lost } = await raceSaveAgainst(ids, (id) => act(id, 'submit', team.marketer))
    console.log(`save ∥ submit: ${TRIALS} trials, ${lost.length} saves lost after a 200`)

    for (const r of results) {
      expect(r.saved.status).toBe(200)
      expect(r.stepped.status).toBe(200)
    }
    expect(lost.map((r) => r.id)).toEqual([])
  })
})

describe('two reviewers approving at the same instant publish once (item 3)', () => {
  it(`approve ∥ approve, ${TRIALS} trials: one 200, one 409, one audit entry, one published version`, async () => {
    const ids = await references(TRIALS, 'in_review')
    const results = await inWaves(ids, async (id) => {
      const answers = await Promise.all([
        act(id, 'approve', team.reviewer, APPROVE_BODY),
        act(id, 'approve', team.reviewer2, APPROVE_BODY),
      ])
      return {
        id,
        answers,
        approvals: (await auditEntries(id, 'approve')).length,
        published: await publishedVersions(id),
      }
    })
    const doubled = results.filter(
      (r) =>
        r.answers.filter((a) => a.status === 200).length > 1 || r.approvals > 1 || r.published > 1,
    )
    console.log(`approve ∥ approve: ${TRIALS} trials, ${doubled.length} double approvals`)

    for (const r of results) {
      expect(r.answers.map((a) => a.status).sort()).toEqual([200, 409])
      const refused = r.answers.find((a) => a.status === 409)!
      expect(refused.json.errors[0].message).toContain('承認済み（approved）')
      expect(r.approvals).toBe(1)
      expect(r.published).toBe(1)
    }
    expect(doubled.map((r) => r.id)).toEqual([])
  })
})

describe('a write blocked behind a stuck transaction gives up (lock_timeout)', () => {
  it('a save waits for the row about 5 s, then answers 409 saying to try again; nothing is changed', async () => {
    const id = await newReference('draft')
    const title = (await latest(id)).title
    // Another connection holds the document's row, as a transaction that never ends would.
    const holder = new pg.Client({ connectionString: env.databaseUrl })
    await holder.connect()
    try {
      await holder.query('begin')
      await holder.query('select id from "references" where id = $1 for update', [id])
      const started = performance.now()
      const res = await save(id, team.marketer, { title: '待たされた保存' })
      const waited = performance.now() - started
      expect(res.status).toBe(409)
      expect(res.json.errors[0].message).toBe(
        'この文書は別の保存・レビュー操作の処理中です。少し待ってからもう一度お試しください（the document is locked by another write; try again）。',
      )
      expect(waited).toBeGreaterThanOrEqual(4_500)
    } finally {
      await holder.query('rollback')
      await holder.end()
    }
    expect((await latest(id)).title).toBe(title)
    // Once the row is free, the same save goes through.
    expect((await save(id, team.marketer, { title: '後からの保存' })).status).toBe(200)
    expect((await latest(id)).title).toBe('後からの保存')
  }, 30_000)
})
