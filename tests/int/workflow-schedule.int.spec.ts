import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { runnerHeaders } from '@/lib/jobs/runner'
import { scheduledPublishing } from '@/lib/workflow/queue'
import { formatTokyo, PUBLISHING_QUEUE } from '@/lib/workflow/schedule'

import { bootPayload, closePayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createTeam, type Actor } from '../helpers/users'
import { referenceData } from './workflow-fixtures'

/**
 * Scheduled publishing on the real jobs queue and PostgreSQL: the job is queued for the
 * publish time and run by `payload.jobs.run` (as the runner does through the run endpoint),
 * with publish times a second or two ahead.
 */

let payload: Payload
let team: Awaited<ReturnType<typeof createTeam>>

beforeAll(async () => {
  payload = await bootPayload()
  team = await createTeam(payload)
})
afterAll(async () => closePayload(payload))

const sleepUntil = async (when: Date) => {
  const ms = when.getTime() - Date.now() + 50
  if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms))
}
const inMs = (ms: number) => new Date(Date.now() + ms)
const runJobs = () => payload.jobs.run({ queue: PUBLISHING_QUEUE })

const latest = (id: number) =>
  payload.findByID({
    collection: 'references',
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
  }) as Promise<Record<string, any>>
const visitorRead = (id: number) => rest('GET', `/references/${id}`)
const auditFor = async (id: number) =>
  (
    await payload.find({
      collection: 'audit-log',
      where: {
        and: [{ collectionSlug: { equals: 'references' } }, { documentId: { equals: String(id) } }],
      },
      sort: 'createdAt',
      depth: 0,
      pagination: false,
    })
  ).docs
const jobCount = async () => (await payload.count({ collection: 'payload-jobs' })).totalDocs
const act = (id: number, action: string, actor: Actor | null, body: unknown = {}) =>
  rest('POST', `/references/${id}/${action}`, { token: actor?.token, body })
const edit = (id: number, actor: Actor, data: Record<string, unknown>) =>
  rest('PATCH', `/references/${id}?draft=true`, { token: actor.token, body: data })

/** A reference with `title`, submitted by the marketer; returns its id and the submitted version. */
async function submitted(title: string): Promise<{ id: number; versionId: string }> {
  const created = await rest('POST', '/references?draft=true', {
    token: team.marketer.token,
    body: referenceData(title),
  })
  expect(created.status).toBe(201)
  const id = created.json.doc.id as number
  const res = await act(id, 'submit', team.marketer)
  expect(res.status).toBe(200)
  return { id, versionId: res.json.versionId }
}

describe('approve with a publish time', () => {
  it('publishes exactly the approved version at that time, audited, and not before', async () => {
    const { id, versionId } = await submitted('予約公開される文献')
    const publishAt = inMs(1500)
    const res = await act(id, 'approve', team.reviewer, { publishAt: publishAt.toISOString() })
    expect(res.status).toBe(200)
    expect(res.json.reviewState).toBe('scheduled')
    expect((await latest(id)).reviewState).toBe('scheduled')
    expect(new Date((await latest(id)).publishAt).getTime()).toBe(publishAt.getTime())

    // Before the publish time: the job is not due, the visitor sees nothing.
    await runJobs()
    expect((await visitorRead(id)).status).toBe(404)

    await sleepUntil(publishAt)
    await runJobs()
    const live = await visitorRead(id)
    expect(live.status).toBe(200)
    expect(live.json.title).toBe('予約公開される文献')
    const doc = await latest(id)
    expect(doc._status).toBe('published')
    expect(doc.reviewState).toBe('approved')
    expect(doc.reviewedBy).toBe(team.reviewer.user.id)
    expect(doc.publishAt).toBeNull()

    const audit = await auditFor(id)
    expect(audit.map((a) => a.action)).toEqual(['submit', 'schedule', 'scheduled-publish'])
    expect(audit[1]).toMatchObject({ actor: team.reviewer.user.id, versionId })
    expect(audit[2]).toMatchObject({ versionId })
    expect(audit[2].note).toContain('レビュアー')

    // Ran once: a second run finds nothing to do.
    await runJobs()
    expect((await auditFor(id)).length).toBe(3)
  })

  it('an edit after the approval cancels the schedule: the live page keeps the previous version', async () => {
    const { id } = await submitted('最初に公開された版')
    expect((await act(id, 'approve', team.reviewer)).status).toBe(200)
    expect((await edit(id, team.marketer, { title: '予約された版' })).status).toBe(200)
    expect((await act(id, 'submit', team.marketer)).status).toBe(200)
    const publishAt = inMs(1200)
    expect(
      (await act(id, 'approve', team.reviewer, { publishAt: publishAt.toISOString() })).status,
    ).toBe(200)

    expect((await edit(id, team.marketer, { title: '承認後の編集' })).status).toBe(200)
    const afterEdit = await latest(id)
    expect(afterEdit.reviewState).toBe('draft')
    expect(afterEdit.publishAt).toBeNull()

    await sleepUntil(publishAt)
    await runJobs()
    expect((await visitorRead(id)).json.title).toBe('最初に公開された版')
    expect((await latest(id)).title).toBe('承認後の編集')
    const actions = (await auditFor(id)).map((a) => a.action)
    expect(actions).toEqual(['submit', 'approve', 'submit', 'schedule', 'schedule-cancel'])
  })

  it('the job itself refuses a version other than the approved one (a write that kept the state)', async () => {
    const { id } = await submitted('承認された題名')
    const publishAt = inMs(1200)
    expect(
      (await act(id, 'approve', team.reviewer, { publishAt: publishAt.toISOString() })).status,
    ).toBe(200)
    // A workflow-context write (as a seed would make) leaves the state `scheduled` but adds a version.
    await payload.update({
      collection: 'references',
      id,
      draft: true,
      data: { title: '差し替えられた題名' },
      context: { workflow: true, disableRevalidate: true },
    })
    expect((await latest(id)).reviewState).toBe('scheduled')

    await sleepUntil(publishAt)
    await runJobs()
    expect((await visitorRead(id)).status).toBe(404)
    expect((await auditFor(id)).map((a) => a.action)).not.toContain('scheduled-publish')
  })

  it('the review dashboard lists what is scheduled, with Japan times', async () => {
    const { id } = await submitted('ダッシュボードに載る予約')
    const publishAt = new Date(Date.now() + 3 * 24 * 3600_000)
    const unpublishAt = new Date(publishAt.getTime() + 24 * 3600_000)
    expect(
      (
        await act(id, 'approve', team.reviewer, {
          publishAt: publishAt.toISOString(),
          unpublishAt: unpublishAt.toISOString(),
        })
      ).status,
    ).toBe(200)
    const item = (await scheduledPublishing(payload)).find(
      (i) => i.collection === 'references' && i.id === id,
    )
    expect(item).toMatchObject({ title: 'ダッシュボードに載る予約', scheduledBy: 'レビュアー' })
    expect(new Date(item!.publishAt!).getTime()).toBe(publishAt.getTime())
    expect(new Date(item!.unpublishAt!).getTime()).toBe(unpublishAt.getTime())
    expect(formatTokyo('2026-12-01T00:00:00.000Z')).toBe('2026/12/01 09:00')
  })
})

describe('unpublish at a time', () => {
  it('takes the page down at the unpublish time, audited', async () => {
    const { id } = await submitted('期間限定の文献')
    const unpublishAt = inMs(1500)
    expect(
      (await act(id, 'approve', team.reviewer, { unpublishAt: unpublishAt.toISOString() })).status,
    ).toBe(200)
    expect((await visitorRead(id)).status).toBe(200)
    await runJobs()
    expect((await visitorRead(id)).status).toBe(200)

    await sleepUntil(unpublishAt)
    await runJobs()
    const gone = await visitorRead(id)
    expect(gone.status).toBe(404)
    expect(gone.json?.title).toBeUndefined()
    expect((await latest(id)).reviewState).toBe('draft')
    expect((await auditFor(id)).map((a) => a.action)).toEqual([
      'submit',
      'approve',
      'scheduled-unpublish',
    ])
  })

  it('a scheduled publish with an unpublish time publishes, then unpublishes', async () => {
    const { id } = await submitted('公開と終了を予約')
    const publishAt = inMs(1200)
    const unpublishAt = inMs(2400)
    expect(
      (
        await act(id, 'approve', team.reviewer, {
          publishAt: publishAt.toISOString(),
          unpublishAt: unpublishAt.toISOString(),
        })
      ).status,
    ).toBe(200)
    await sleepUntil(publishAt)
    await runJobs()
    expect((await visitorRead(id)).status).toBe(200)
    await sleepUntil(unpublishAt)
    await runJobs()
    expect((await visitorRead(id)).status).toBe(404)
    expect((await auditFor(id)).map((a) => a.action)).toEqual([
      'submit',
      'schedule',
      'scheduled-publish',
      'scheduled-unpublish',
    ])
  })
})

describe('refusals change nothing', () => {
  async function unchanged(id: number, run: () => Promise<{ status: number; json: any }>) {
    const before = await latest(id)
    const jobsBefore = await jobCount()
    const auditBefore = (await auditFor(id)).length
    const res = await run()
    const after = await latest(id)
    expect(after.reviewState).toBe(before.reviewState)
    expect(after.publishAt ?? null).toBe(before.publishAt ?? null)
    expect(after.updatedAt).toBe(before.updatedAt)
    expect(await jobCount()).toBe(jobsBefore)
    expect((await auditFor(id)).length).toBe(auditBefore)
    expect((await visitorRead(id)).status).toBe(404)
    return res
  }

  it('a marketer cannot schedule (403)', async () => {
    const { id } = await submitted('マーケターは予約できない')
    const res = await unchanged(id, () =>
      act(id, 'approve', team.marketer, { publishAt: inMs(60_000).toISOString() }),
    )
    expect(res.status).toBe(403)
  })

  it('a publish time in the past is a 400 naming publishAt', async () => {
    const { id } = await submitted('過去の公開日時')
    const res = await unchanged(id, () =>
      act(id, 'approve', team.reviewer, { publishAt: inMs(-60_000).toISOString() }),
    )
    expect(res.status).toBe(400)
    expect(res.json.errors[0].message).toContain('publishAt')
    expect(res.json.errors[0].data.errors[0].path).toBe('publishAt')
  })

  it('an unpublish time before the publish time is a 400 naming unpublishAt', async () => {
    const { id } = await submitted('終了が公開より前')
    const res = await unchanged(id, () =>
      act(id, 'approve', team.reviewer, {
        publishAt: inMs(120_000).toISOString(),
        unpublishAt: inMs(60_000).toISOString(),
      }),
    )
    expect(res.status).toBe(400)
    expect(res.json.errors[0].data.errors[0].path).toBe('unpublishAt')
  })

  it('a time without an offset is a 400 naming the field', async () => {
    const { id } = await submitted('タイムゾーンのない日時')
    const res = await unchanged(id, () =>
      act(id, 'approve', team.reviewer, { publishAt: '2030-01-01T09:00' }),
    )
    expect(res.status).toBe(400)
    expect(res.json.errors[0].data.errors[0].path).toBe('publishAt')
  })
})

describe('the run endpoint', () => {
  it('runs due jobs only for the runner (or an admin); anyone else gets 401 and nothing runs', async () => {
    const { id } = await submitted('エンドポイントで公開')
    const publishAt = inMs(1000)
    expect(
      (await act(id, 'approve', team.reviewer, { publishAt: publishAt.toISOString() })).status,
    ).toBe(200)
    await sleepUntil(publishAt)
    const path = `/payload-jobs/run?queue=${PUBLISHING_QUEUE}`
    for (const token of [undefined, team.marketer.token, team.reviewer.token]) {
      expect((await rest('GET', path, { token })).status).toBe(401)
      expect((await visitorRead(id)).status).toBe(404)
    }
    expect((await rest('GET', path, { headers: { 'x-hikaku-jobs-key': 'wrong' } })).status).toBe(
      401,
    )
    expect((await visitorRead(id)).status).toBe(404)

    expect((await rest('GET', path, { headers: runnerHeaders() })).status).toBe(200)
    expect((await visitorRead(id)).json.title).toBe('エンドポイントで公開')
  })
})
