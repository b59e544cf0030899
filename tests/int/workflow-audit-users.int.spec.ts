import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload, Where } from 'payload'

import { isDueForReReview } from '@/lib/workflow/due'
import { reviewQueue } from '@/lib/workflow/queue'

import { countQueries } from '../../lib/db/countQueries'

import { graphql } from '../helpers/graphql'
import { bootPayload, closePayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createTeam } from '../helpers/users'
import {
  articleData,
  createDraft,
  createPublished,
  referenceData,
  treatmentData,
} from './workflow-fixtures'

let payload: Payload
let team: Awaited<ReturnType<typeof createTeam>>
let entryId: number

beforeAll(async () => {
  payload = await bootPayload()
  team = await createTeam(payload)
  const ref = await createDraft(payload, 'references', referenceData())
  const res = await rest('POST', `/references/${ref.id}/submit`, { token: team.marketer.token })
  expect(res.status).toBe(200)
  const { docs } = await payload.find({
    collection: 'audit-log',
    where: { documentId: { equals: String(ref.id) } },
    limit: 1,
  })
  entryId = docs[0].id
})
afterAll(async () => closePayload(payload))

const entry = () => payload.findByID({ collection: 'audit-log', id: entryId, depth: 0 })

describe('audit log', () => {
  it('is readable by admins and reviewers only', async () => {
    for (const who of [team.admin, team.reviewer]) {
      const res = await rest('GET', `/audit-log/${entryId}`, { token: who.token })
      expect(res.status).toBe(200)
      expect(res.json.action).toBe('submit')
    }
    for (const token of [team.marketer.token, undefined]) {
      const res = await rest('GET', `/audit-log/${entryId}`, { token })
      expect(res.status).toBe(403)
      const list = await rest('GET', '/audit-log', { token })
      expect(list.status).toBe(403)
    }
  })

  it('nobody, admins included, can create, update or delete an entry over REST', async () => {
    const before = await entry()
    const count = (await payload.count({ collection: 'audit-log' })).totalDocs
    const created = await rest('POST', '/audit-log', {
      token: team.admin.token,
      body: { action: 'approve', collectionSlug: 'references', documentId: '1' },
    })
    expect(created.status).toBe(403)
    for (const who of [team.admin, team.reviewer, team.marketer]) {
      expect(
        (
          await rest('PATCH', `/audit-log/${entryId}`, {
            token: who.token,
            body: { note: '改ざん' },
          })
        ).status,
      ).toBe(403)
      expect((await rest('DELETE', `/audit-log/${entryId}`, { token: who.token })).status).toBe(403)
      expect(
        (await rest('DELETE', `/audit-log?where[id][equals]=${entryId}`, { token: who.token }))
          .status,
      ).toBe(403)
      expect(
        (
          await rest('PATCH', `/audit-log?where[id][equals]=${entryId}`, {
            token: who.token,
            body: { note: '改ざん' },
          })
        ).status,
      ).toBe(403)
    }
    expect(await entry()).toEqual(before)
    expect((await payload.count({ collection: 'audit-log' })).totalDocs).toBe(count)
  })

  it('nor over GraphQL', async () => {
    const before = await entry()
    const upd = await graphql(
      `mutation { updateAuditLog(id: ${entryId}, data: { note: "改ざん" }) { id note } }`,
      { token: team.admin.token },
    )
    expect(upd.errors?.length).toBeGreaterThan(0)
    const del = await graphql(`mutation { deleteAuditLog(id: ${entryId}) { id } }`, {
      token: team.admin.token,
    })
    expect(del.errors?.length).toBeGreaterThan(0)
    expect(await entry()).toEqual(before)
  })

  it('nor through the Local API, not even with overrideAccess', async () => {
    const before = await entry()
    await expect(
      payload.update({ collection: 'audit-log', id: entryId, data: { note: '改ざん' } }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(payload.delete({ collection: 'audit-log', id: entryId })).rejects.toMatchObject({
      status: 403,
    })
    await expect(
      payload.delete({ collection: 'audit-log', where: { id: { equals: entryId } } }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.update({
        collection: 'audit-log',
        id: entryId,
        data: { note: 'x' },
        user: team.admin.user,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await entry()).toEqual(before)
  })

  it('records collection, document, version, actor, time and note', async () => {
    const e = await entry()
    expect(e).toMatchObject({
      action: 'submit',
      collectionSlug: 'references',
      actor: team.marketer.user.id,
      actorName: 'マーケター',
    })
    expect(e.versionId).toMatch(/^\d+$/)
    expect(e.createdAt).toBeTruthy()
  })
})

describe('users', () => {
  it('visitors see reviewer bylines only: display name and qualification, never an email', async () => {
    // 100, newest first: the most an anonymous caller may list (lib/http/publicReads.ts).
    const list = await rest('GET', '/users?limit=100&sort=-createdAt')
    expect(list.status).toBe(200)
    expect(list.text).not.toContain('@')
    for (const u of list.json.docs)
      expect(Object.keys(u).sort()).toEqual(['id', 'name', 'qualification'])
    expect(list.json.docs.map((u: { id: number }) => u.id)).toContain(team.reviewer.user.id)
    expect(list.json.docs.map((u: { id: number }) => u.id)).not.toContain(team.marketer.user.id)
    expect((await rest('GET', `/users/${team.marketer.user.id}`)).status).toBe(404)
    const byline = await rest('GET', `/users/${team.reviewer.user.id}`)
    expect(byline.json).toEqual({
      id: team.reviewer.user.id,
      name: 'レビュアー',
      qualification: '医師・皮膚科専門医',
    })
  })

  it('nobody but admins can search users by email', async () => {
    for (const token of [undefined, team.marketer.token, team.reviewer.token]) {
      const res = await rest(
        'GET',
        `/users?where[email][equals]=${encodeURIComponent(team.reviewer.email)}`,
        { token },
      )
      expect(res.text).not.toContain(team.reviewer.email)
      expect(res.json.docs ?? []).toEqual([])
    }
    const admin = await rest(
      'GET',
      `/users?where[email][equals]=${encodeURIComponent(team.reviewer.email)}`,
      { token: team.admin.token },
    )
    expect(admin.json.docs[0].email).toBe(team.reviewer.email)
  })

  it('a reviewer byline populated into a published article exposes only name and qualification', async () => {
    const a = await createPublished(payload, 'treatments', treatmentData())
    const b = await createPublished(payload, 'treatments', treatmentData())
    const article = await createPublished(payload, 'articles', {
      ...articleData([a.id, b.id]),
      reviewer: team.reviewer.user.id,
      reviewedBy: team.reviewer.user.id,
    })
    const res = await rest('GET', `/articles/${article.id}?depth=1`)
    expect(res.json.reviewedBy).toEqual({
      id: team.reviewer.user.id,
      name: 'レビュアー',
      qualification: '医師・皮膚科専門医',
    })
    expect(res.text).not.toContain(team.reviewer.email)
    const gql = await graphql(
      `{ Article(id: ${article.id}) { reviewedBy { name qualification email } } }`,
    )
    expect(JSON.stringify(gql)).not.toContain(team.reviewer.email)
    expect(gql.data?.Article?.reviewedBy?.name).toBe('レビュアー')
  })

  it('others read only themselves in full and update only themselves, never their roles', async () => {
    const me = await rest('GET', '/users/me', { token: team.marketer.token })
    expect(me.json.user.email).toBe(team.marketer.email)
    const other = await rest('GET', `/users/${team.admin.user.id}`, { token: team.marketer.token })
    expect(other.status).toBe(404)

    const renamed = await rest('PATCH', `/users/${team.marketer.user.id}`, {
      token: team.marketer.token,
      body: { name: '新しい名前' },
    })
    expect(renamed.status).toBe(200)
    await rest('PATCH', `/users/${team.marketer.user.id}`, {
      token: team.marketer.token,
      body: { roles: ['admin'] },
    })
    const self = await payload.findByID({ collection: 'users', id: team.marketer.user.id })
    expect(self).toMatchObject({ name: '新しい名前', roles: ['marketer'] })

    const beforeReviewer = await payload.findByID({
      collection: 'users',
      id: team.reviewer.user.id,
    })
    const patchOther = await rest('PATCH', `/users/${team.reviewer.user.id}`, {
      token: team.marketer.token,
      body: { name: '乗っ取り' },
    })
    expect([403, 404]).toContain(patchOther.status)
    const reviewerRoles = await rest('PATCH', `/users/${team.reviewer.user.id}`, {
      token: team.reviewer2.token,
      body: { roles: ['admin'] },
    })
    expect([403, 404]).toContain(reviewerRoles.status)
    expect(await payload.findByID({ collection: 'users', id: team.reviewer.user.id })).toEqual(
      beforeReviewer,
    )

    const count = (await payload.count({ collection: 'users' })).totalDocs
    const created = await rest('POST', '/users', {
      token: team.reviewer.token,
      body: { email: 'new@workflow.test', password: 'pw-123456', name: 'x', roles: ['admin'] },
    })
    expect(created.status).toBe(403)
    expect(
      (await rest('DELETE', `/users/${team.reviewer2.user.id}`, { token: team.reviewer.token }))
        .status,
    ).toBe(403)
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(count)
  })

  it('admins manage users and roles', async () => {
    const res = await rest('POST', '/users', {
      token: team.admin.token,
      body: {
        email: `staff-${Date.now()}@workflow.test`,
        password: 'new-staff-phrase-42',
        name: '新人',
        roles: ['marketer'],
      },
    })
    expect(res.status).toBe(201)
    const id = res.json.doc.id
    expect(
      (
        await rest('PATCH', `/users/${id}`, {
          token: team.admin.token,
          body: { roles: ['reviewer'] },
        })
      ).status,
    ).toBe(200)
    expect((await payload.findByID({ collection: 'users', id })).roles).toEqual(['reviewer'])
    expect((await rest('DELETE', `/users/${id}`, { token: team.admin.token })).status).toBe(200)
  })
})

describe('re-review', () => {
  it('documents past their review interval are due; a per-document interval overrides the default', async () => {
    const thirteenMonthsAgo = new Date()
    thirteenMonthsAgo.setMonth(thirteenMonthsAgo.getMonth() - 13)
    expect(isDueForReReview({ lastReviewedAt: thirteenMonthsAgo.toISOString() })).toBe(true)
    expect(
      isDueForReReview({
        lastReviewedAt: thirteenMonthsAgo.toISOString(),
        reviewIntervalMonths: 24,
      }),
    ).toBe(false)
    expect(isDueForReReview({ lastReviewedAt: new Date().toISOString() })).toBe(false)

    const old = await createPublished(payload, 'references', { ...referenceData('古い承認の文献') })
    await payload.update({
      collection: 'references',
      id: old.id,
      data: { lastReviewedAt: thirteenMonthsAgo.toISOString() },
      context: { workflow: true },
    })
    const longer = await createPublished(payload, 'references', {
      ...referenceData('間隔の長い文献'),
      reviewIntervalMonths: 24,
    })
    await payload.update({
      collection: 'references',
      id: longer.id,
      data: { lastReviewedAt: thirteenMonthsAgo.toISOString() },
      context: { workflow: true },
    })
    const recent = await createPublished(payload, 'references')

    const { due } = await reviewQueue(payload, { limit: 1000 })
    const ids = due.filter((d) => d.collection === 'references').map((d) => d.id)
    expect(ids).toContain(old.id)
    expect(ids).not.toContain(longer.id)
    expect(ids).not.toContain(recent.id)
  })

  it('the re-review date is stored from the last review and the interval; a value sent with a save is replaced', async () => {
    const doc = await createPublished(payload, 'references', {
      ...referenceData('期限の文献'),
      reviewIntervalMonths: 6,
    })
    await payload.update({
      collection: 'references',
      id: doc.id,
      data: { lastReviewedAt: '2025-03-10T00:00:00.000Z' },
      context: { workflow: true },
    })
    const stored = await payload.findByID({ collection: 'references', id: doc.id, depth: 0 })
    expect(stored.reviewDueAt).toBe('2025-09-10T00:00:00.000Z')

    const res = await rest('PATCH', `/references/${doc.id}?draft=true`, {
      token: team.marketer.token,
      body: { reviewDueAt: '2099-01-01T00:00:00.000Z', authors: '期限を動かそうとした人' },
    })
    expect(res.status).toBe(200)
    const draft = await payload.findByID({
      collection: 'references',
      id: doc.id,
      draft: true,
      depth: 0,
    })
    expect(draft.reviewDueAt).toBe('2025-09-10T00:00:00.000Z')
    const queue = await reviewQueue(payload, { limit: 1000 })
    expect(queue.due.find((d) => d.collection === 'references' && d.id === doc.id)?.dueAt).toBe(
      '2025-09-10T00:00:00.000Z',
    )
  })

  it('the queue shows a page of each list with totals, in as many queries however long the lists grow', async () => {
    const thirteenMonthsAgo = new Date()
    thirteenMonthsAgo.setMonth(thirteenMonthsAgo.getMonth() - 13)
    const makeDue = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const doc = await createPublished(payload, 'references')
        await payload.update({
          collection: 'references',
          id: doc.id,
          data: { lastReviewedAt: thirteenMonthsAgo.toISOString() },
          context: { workflow: true },
        })
      }
    }
    await makeDue(6)
    const before = await countQueries(payload, () => reviewQueue(payload, { limit: 3 }))
    expect(before.result.due).toHaveLength(3)
    expect(before.result.dueTotal).toBeGreaterThanOrEqual(6)
    await makeDue(6)
    const after = await countQueries(payload, () => reviewQueue(payload, { limit: 3 }))
    expect(after.result.due).toHaveLength(3)
    expect(after.result.dueTotal).toBe(before.result.dueTotal + 6)
    expect(after.count).toBe(before.count)
  })

  it('each waiting item links its submitted version and its newest published one, read in as many queries for five items as for one', async () => {
    /** A published reference, published twice more, then edited and submitted. */
    const republishedAndSubmitted = async (title: string) => {
      const doc = await createPublished(payload, 'references', referenceData(title))
      for (const n of [2, 3])
        await payload.update({
          collection: 'references',
          id: doc.id,
          data: { title: `${title} 第${n}版`, _status: 'published' },
          context: { workflow: true, disableRevalidate: true },
        })
      const edit = await rest('PATCH', `/references/${doc.id}?draft=true`, {
        token: team.marketer.token,
        body: { title: `${title}（提出版）` },
      })
      expect(edit.status).toBe(200)
      const submit = await rest('POST', `/references/${doc.id}/submit`, {
        token: team.marketer.token,
      })
      expect(submit.status).toBe(200)
      return doc.id
    }
    const newestVersionId = async (id: number, where: Where) =>
      String(
        (
          await payload.findVersions({
            collection: 'references',
            where: { and: [{ parent: { equals: id } }, where] },
            sort: '-updatedAt',
            limit: 1,
            depth: 0,
          })
        ).docs[0]!.id,
      )
    const first = await republishedAndSubmitted('版の比較の文献A')
    const neverPublished = await createDraft(payload, 'references', referenceData('未公開の文献'))
    expect(
      (
        await rest('POST', `/references/${neverPublished.id}/submit`, {
          token: team.marketer.token,
        })
      ).status,
    ).toBe(200)

    const one = await countQueries(payload, () => reviewQueue(payload, { limit: 1000 }))
    const item = one.result.waiting.find((w) => w.collection === 'references' && w.id === first)
    expect(item?.submittedVersionId).toBe(
      await newestVersionId(first, { latest: { equals: true } }),
    )
    expect(item?.publishedVersionId).toBe(
      await newestVersionId(first, { 'version._status': { equals: 'published' } }),
    )
    expect(item?.publishedVersionId).not.toBe(item?.submittedVersionId)
    const draftOnly = one.result.waiting.find(
      (w) => w.collection === 'references' && w.id === neverPublished.id,
    )
    expect(draftOnly?.publishedVersionId).toBeNull()
    expect(draftOnly?.submittedVersionId).toBe(
      await newestVersionId(neverPublished.id, { latest: { equals: true } }),
    )

    for (const letter of ['B', 'C', 'D', 'E'])
      await republishedAndSubmitted(`版の比較の文献${letter}`)
    const five = await countQueries(payload, () => reviewQueue(payload, { limit: 1000 }))
    expect(five.result.waiting.length).toBe(one.result.waiting.length + 4)
    expect(five.count).toBe(one.count)
  })

  it('the queue lists what waits in review, flagging the reviewer’s own edits', async () => {
    const ref = await createDraft(payload, 'references', referenceData('キューの文献'))
    await rest('PATCH', `/references/${ref.id}?draft=true`, {
      token: team.reviewer.token,
      body: { authors: 'R' },
    })
    expect(
      (await rest('POST', `/references/${ref.id}/submit`, { token: team.marketer.token })).status,
    ).toBe(200)
    const mine = (
      await reviewQueue(payload, { userId: team.reviewer.user.id, limit: 1000 })
    ).waiting.find((w) => w.id === ref.id && w.collection === 'references')
    expect(mine).toMatchObject({ title: 'キューの文献', reviewState: 'in_review', ownEdits: true })
    const theirs = (
      await reviewQueue(payload, { userId: team.reviewer2.user.id, limit: 1000 })
    ).waiting.find((w) => w.id === ref.id && w.collection === 'references')
    expect(theirs?.ownEdits).toBe(false)
  })
})
