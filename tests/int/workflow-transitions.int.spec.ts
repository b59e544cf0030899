import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { outbox } from '@/lib/email'
import type { ReviewedCollection } from '@/lib/domain'
import { WORKFLOW_ACTIONS, type WorkflowAction } from '@/lib/workflow/states'

import { bootPayload, closePayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createTeam, type Actor } from '../helpers/users'
import { componentData, createDraft, createPublished, referenceData } from './workflow-fixtures'

let payload: Payload
let team: Awaited<ReturnType<typeof createTeam>>

beforeAll(async () => {
  payload = await bootPayload()
  team = await createTeam(payload)
})
afterAll(async () => closePayload(payload))
beforeEach(() => {
  outbox.length = 0
})

const latest = (collection: ReviewedCollection, id: number) =>
  payload.findByID({ collection, id, draft: true, depth: 0, overrideAccess: true }) as Promise<
    Record<string, any>
  >
const live = (collection: ReviewedCollection, id: number) =>
  payload.findByID({ collection, id, draft: false, depth: 0, overrideAccess: true }) as Promise<
    Record<string, any>
  >
const auditFor = async (collection: string, id: number) =>
  (
    await payload.find({
      collection: 'audit-log',
      where: {
        and: [{ collectionSlug: { equals: collection } }, { documentId: { equals: String(id) } }],
      },
      sort: 'createdAt',
      depth: 0,
      pagination: false,
    })
  ).docs
const act = (
  collection: string,
  id: number,
  action: WorkflowAction,
  actor: Actor | null,
  body?: unknown,
) => rest('POST', `/${collection}/${id}/${action}`, { token: actor?.token, body: body ?? {} })

/** A marketer's edit through REST, exactly as the admin form saves a draft. */
const edit = (collection: string, id: number, actor: Actor, data: Record<string, unknown>) =>
  rest('PATCH', `/${collection}/${id}?draft=true`, { token: actor.token, body: data })

async function newReference(): Promise<number> {
  const res = await rest('POST', '/references?draft=true', {
    token: team.marketer.token,
    body: referenceData(),
  })
  expect(res.status).toBe(201)
  return res.json.doc.id
}

/** Drives a fresh reference into `state` through the real endpoints. */
async function referenceIn(
  state: 'draft' | 'in_review' | 'changes_requested' | 'approved',
): Promise<number> {
  const id = await newReference()
  if (state === 'draft') return id
  expect((await act('references', id, 'submit', team.marketer)).status).toBe(200)
  if (state === 'changes_requested')
    expect(
      (
        await act('references', id, 'request-changes', team.reviewer, {
          note: '出典を追加してください',
        })
      ).status,
    ).toBe(200)
  if (state === 'approved')
    expect((await act('references', id, 'approve', team.reviewer)).status).toBe(200)
  return id
}

describe('the happy path: submit → approve publishes exactly the submitted version', () => {
  it('marketer submits, reviewer approves; visitors see it, with audit entries and e-mails', async () => {
    const id = await newReference()
    expect((await live('references', id))._status).toBe('draft')
    expect((await rest('GET', `/references/${id}`)).status).toBe(404)

    const submitted = await act('references', id, 'submit', team.marketer)
    expect(submitted.status).toBe(200)
    expect(submitted.json.reviewState).toBe('in_review')
    const afterSubmit = await latest('references', id)
    expect(afterSubmit.reviewState).toBe('in_review')
    expect(afterSubmit.submittedBy).toBe(team.marketer.user.id)
    expect(afterSubmit.submittedAt).toBeTruthy()
    // Reviewers are told; the submitter is not a reviewer.
    const reviewerMail = outbox.filter((m) => m.subject.includes('レビュー依頼'))
    expect(reviewerMail.map((m) => m.to).join(',')).toContain(team.reviewer.email)
    expect(reviewerMail.map((m) => m.to).join(',')).toContain(team.reviewer2.email)
    expect(reviewerMail.map((m) => m.to).join(',')).not.toContain(team.marketer.email)

    outbox.length = 0
    const approved = await act('references', id, 'approve', team.reviewer)
    expect(approved.status).toBe(200)
    const doc = await live('references', id)
    expect(doc._status).toBe('published')
    expect(doc.reviewState).toBe('approved')
    expect(doc.reviewedBy).toBe(team.reviewer.user.id)
    expect(Date.now() - new Date(doc.lastReviewedAt).getTime()).toBeLessThan(60_000)
    expect(doc.editedBy).toEqual([])
    expect((await rest('GET', `/references/${id}`)).json.title).toBe(doc.title)
    expect(outbox.find((m) => m.to === team.marketer.email)?.subject).toContain('承認・公開')

    const audit = await auditFor('references', id)
    expect(audit.map((a) => a.action)).toEqual(['submit', 'approve'])
    expect(audit[0].versionId).toBe(submitted.json.versionId)
    expect(audit[1].versionId).toBe(submitted.json.versionId)
    expect(audit[1].actor).toBe(team.reviewer.user.id)
    expect(
      audit.every(
        (a) => a.createdAt && a.collectionSlug === 'references' && a.documentId === String(id),
      ),
    ).toBe(true)
  })

  it('request changes shows the note to the author; the fixed version is resubmitted and approved', async () => {
    const id = await referenceIn('in_review')
    const res = await act('references', id, 'request-changes', team.reviewer, {
      note: 'DOIを追加してください。',
    })
    expect(res.status).toBe(200)
    const doc = await rest('GET', `/references/${id}?draft=true`, { token: team.marketer.token })
    expect(doc.json.reviewState).toBe('changes_requested')
    expect(doc.json.reviewNote).toBe('DOIを追加してください。')
    const mail = outbox.find((m) => m.to === team.marketer.email)
    expect(mail?.subject).toContain('修正依頼')
    expect(mail?.text).toContain('DOIを追加してください。')
    expect((await auditFor('references', id)).at(-1)).toMatchObject({
      action: 'request-changes',
      note: 'DOIを追加してください。',
    })

    expect((await edit('references', id, team.marketer, { doi: '10.1000/wf.123' })).status).toBe(
      200,
    )
    expect((await act('references', id, 'submit', team.marketer)).status).toBe(200)
    expect((await latest('references', id)).reviewNote).toBeNull()
    expect((await act('references', id, 'approve', team.reviewer)).status).toBe(200)
    expect((await rest('GET', `/references/${id}`)).json.doi).toBe('10.1000/wf.123')
  })
})

describe('every transition, legal and illegal', () => {
  const legal: Record<string, WorkflowAction[]> = {
    draft: ['submit'],
    in_review: ['approve', 'request-changes'],
    changes_requested: ['submit'],
    approved: ['unpublish'],
  }
  for (const state of ['draft', 'in_review', 'changes_requested', 'approved'] as const) {
    for (const action of WORKFLOW_ACTIONS) {
      const ok = legal[state].includes(action)
      it(`${state} --${action}--> ${ok ? '200' : '409'}`, async () => {
        const id = await referenceIn(state)
        const before = await latest('references', id)
        const beforeLive = await live('references', id)
        const auditBefore = (await auditFor('references', id)).length
        const actor = action === 'submit' ? team.marketer : team.reviewer
        const res = await act('references', id, action, actor, { note: '理由' })
        if (ok) {
          expect(res.status).toBe(200)
          expect((await auditFor('references', id)).length).toBe(auditBefore + 1)
          return
        }
        expect(res.status).toBe(409)
        expect(res.json.errors[0].message).toMatch(
          new RegExp(action === 'unpublish' ? 'not published' : `not valid in state ${state}`),
        )
        // Nothing changed.
        expect(await latest('references', id)).toEqual(before)
        expect(await live('references', id)).toEqual(beforeLive)
        expect((await auditFor('references', id)).length).toBe(auditBefore)
      })
    }
  }

  it('unpublish withdraws the live page, needs a new review, and tells the author', async () => {
    const id = await referenceIn('approved')
    outbox.length = 0
    const res = await act('references', id, 'unpublish', team.reviewer, {
      note: '新しい研究で結論が変わったため',
    })
    expect(res.status).toBe(200)
    expect((await live('references', id))._status).toBe('draft')
    expect((await rest('GET', `/references/${id}`)).status).toBe(404)
    expect((await latest('references', id)).reviewState).toBe('changes_requested')
    expect((await auditFor('references', id)).at(-1)).toMatchObject({
      action: 'unpublish',
      note: '新しい研究で結論が変わったため',
    })
    expect(outbox.find((m) => m.to === team.marketer.email)?.subject).toContain('公開停止')
    expect((await act('references', id, 'submit', team.marketer)).status).toBe(200)
  })
})

describe('who may act', () => {
  const cases: [WorkflowAction, 'draft' | 'in_review' | 'approved', string][] = [
    ['approve', 'in_review', 'marketer'],
    ['request-changes', 'in_review', 'marketer'],
    ['unpublish', 'approved', 'marketer'],
    ['submit', 'draft', 'anonymous'],
    ['approve', 'in_review', 'anonymous'],
  ]
  for (const [action, state, who] of cases) {
    it(`${who} cannot ${action} (403, nothing changes)`, async () => {
      const id = await referenceIn(state)
      const actor = who === 'marketer' ? team.marketer : null
      const before = await latest('references', id)
      const beforeLive = await live('references', id)
      const auditBefore = (await auditFor('references', id)).length
      const res = await act('references', id, action, actor, { note: '理由' })
      expect(res.status).toBe(403)
      expect(res.json.errors[0].message).toMatch(actor ? /requires one of the roles/ : /logged in/)
      expect(await latest('references', id)).toEqual(before)
      expect(await live('references', id)).toEqual(beforeLive)
      expect((await auditFor('references', id)).length).toBe(auditBefore)
    })
  }

  for (const action of ['request-changes', 'unpublish'] as const) {
    for (const body of [{}, { note: '   ' }, { note: 42 }]) {
      it(`${action} without a note is refused with 400 (${JSON.stringify(body)})`, async () => {
        const id = await referenceIn(action === 'unpublish' ? 'approved' : 'in_review')
        const before = await latest('references', id)
        const res = await act('references', id, action, team.reviewer, body)
        expect(res.status).toBe(400)
        expect(res.json.errors[0].message).toMatch(/note/)
        expect(await latest('references', id)).toEqual(before)
      })
    }
  }

  it('an unknown document is 404', async () => {
    const res = await act('references', 99_999_999, 'submit', team.marketer)
    expect(res.status).toBe(404)
  })
})

describe('four-eyes', () => {
  it('a reviewer who edited the version cannot approve it; another reviewer can', async () => {
    const id = await newReference()
    expect((await edit('references', id, team.reviewer, { authors: 'Yamada T' })).status).toBe(200)
    expect((await latest('references', id)).editedBy).toEqual(
      expect.arrayContaining([team.marketer.user.id, team.reviewer.user.id]),
    )
    expect((await act('references', id, 'submit', team.reviewer)).status).toBe(200)
    const before = await latest('references', id)
    const refused = await act('references', id, 'approve', team.reviewer)
    expect(refused.status).toBe(403)
    expect(refused.json.errors[0].message).toMatch(/four-eyes/)
    expect(await latest('references', id)).toEqual(before)
    expect((await live('references', id))._status).toBe('draft')
    expect((await act('references', id, 'approve', team.reviewer2)).status).toBe(200)
  })

  it('admins are no exception', async () => {
    const id = await newReference()
    expect((await edit('references', id, team.admin, { journal: 'Admin Journal' })).status).toBe(
      200,
    )
    expect((await act('references', id, 'submit', team.marketer)).status).toBe(200)
    const refused = await act('references', id, 'approve', team.admin)
    expect(refused.status).toBe(403)
    expect(refused.json.errors[0].message).toMatch(/four-eyes/)
    expect((await live('references', id))._status).toBe('draft')
  })

  it('edits before the last approval do not count: the reviewer may approve a later version edited by others', async () => {
    const id = await newReference()
    expect((await edit('references', id, team.reviewer, { authors: 'Sato M' })).status).toBe(200)
    expect((await act('references', id, 'submit', team.marketer)).status).toBe(200)
    expect((await act('references', id, 'approve', team.reviewer2)).status).toBe(200)
    expect((await edit('references', id, team.marketer, { journal: 'J' })).status).toBe(200)
    expect((await latest('references', id)).editedBy).toEqual([team.marketer.user.id])
    expect((await act('references', id, 'submit', team.marketer)).status).toBe(200)
    expect((await act('references', id, 'approve', team.reviewer)).status).toBe(200)
  })
})

describe('edits after submission or approval', () => {
  it('an edit after approval returns to draft; the live page keeps the approved version until a new approval', async () => {
    const id = await referenceIn('approved')
    const approvedTitle = (await live('references', id)).title
    const res = await edit('references', id, team.marketer, { title: '改訂中のタイトル' })
    expect(res.status).toBe(200)
    expect((await latest('references', id)).reviewState).toBe('draft')
    const pub = await rest('GET', `/references/${id}`)
    expect(pub.json.title).toBe(approvedTitle)
    expect(pub.json.reviewState).toBe('approved')
    expect((await live('references', id))._status).toBe('published')
    expect((await act('references', id, 'approve', team.reviewer)).status).toBe(409)
    expect((await act('references', id, 'submit', team.marketer)).status).toBe(200)
    expect((await act('references', id, 'approve', team.reviewer)).status).toBe(200)
    expect((await rest('GET', `/references/${id}`)).json.title).toBe('改訂中のタイトル')
  })

  it('an edit after submission returns to draft and cannot be approved until resubmitted', async () => {
    const id = await referenceIn('in_review')
    expect((await edit('references', id, team.marketer, { authors: 'Later edit' })).status).toBe(
      200,
    )
    expect((await latest('references', id)).reviewState).toBe('draft')
    const res = await act('references', id, 'approve', team.reviewer)
    expect(res.status).toBe(409)
    expect((await live('references', id))._status).toBe('draft')
  })

  it('a save without ?draft=true (REST or Local API) is still only a draft: the live version does not change', async () => {
    const id = await referenceIn('approved')
    const approved = await live('references', id)
    expect(
      (
        await rest('PATCH', `/references/${id}`, {
          token: team.admin.token,
          body: { title: 'REST直接保存' },
        })
      ).status,
    ).toBe(200)
    await payload.update({
      collection: 'references',
      id,
      data: { journal: 'Local直接保存' },
      user: team.marketer.user,
      overrideAccess: false,
    })
    const after = await live('references', id)
    expect(after.title).toBe(approved.title)
    expect(after.journal).toBe(approved.journal)
    expect(after._status).toBe('published')
    expect(await latest('references', id)).toMatchObject({
      title: 'REST直接保存',
      journal: 'Local直接保存',
      reviewState: 'draft',
    })
  })

  it('approval refuses a version that changed after submission even if its state still says in_review (409)', async () => {
    const id = await referenceIn('in_review')
    // A write that keeps the state (e.g. a concurrent workflow step) creates a newer version.
    await payload.update({
      collection: 'references',
      id,
      draft: true,
      data: { reviewIntervalMonths: 6 },
      context: { workflow: true },
    })
    const res = await act('references', id, 'approve', team.reviewer)
    expect(res.status).toBe(409)
    expect(res.json.errors[0].message).toMatch(/changed after it was submitted/)
    expect((await live('references', id))._status).toBe('draft')
  })
})

describe('guideline check on submit (issue #6)', () => {
  it('submit is refused with 422 and the list of errors while an error finding remains', async () => {
    const comp = await createDraft(payload, 'components', {
      ...componentData(),
      functions: '当院の幹細胞治療は絶対安全な治療です。',
    })
    const before = await latest('components', comp.id)
    const res = await act('components', comp.id, 'submit', team.marketer)
    expect(res.status).toBe(422)
    expect(res.json.errors[0].message).toMatch(/guideline error/)
    const errors = res.json.errors[0].data.errors
    expect(errors.length).toBeGreaterThan(0)
    expect(errors[0]).toMatchObject({ path: 'functions' })
    expect(errors[0].key).toBe(`${errors[0].ruleId}@functions`)
    expect(await latest('components', comp.id)).toEqual(before)
    expect(await auditFor('components', comp.id)).toEqual([])
  })

  it('warnings travel with the submission and each must be acknowledged on approval', async () => {
    const comp = await createDraft(payload, 'components', {
      ...componentData(),
      functions: '最先端の再生医療を提供します。',
    })
    const submitted = await act('components', comp.id, 'submit', team.marketer)
    expect(submitted.status).toBe(200)
    const keys: string[] = submitted.json.warnings.map((w: { key: string }) => w.key)
    expect(keys.length).toBeGreaterThan(0)
    expect(
      (await latest('components', comp.id)).submittedWarnings.map((w: { key: string }) => w.key),
    ).toEqual(keys)

    const none = await act('components', comp.id, 'approve', team.reviewer, {})
    expect(none.status).toBe(422)
    expect(none.json.errors[0].message).toContain(keys[0])
    expect(none.json.errors[0].data.unacknowledged.map((w: { key: string }) => w.key)).toEqual(keys)
    const wrong = await act('components', comp.id, 'approve', team.reviewer, {
      acknowledgeWarnings: ['other@rule'],
    })
    expect(wrong.status).toBe(422)
    expect((await live('components', comp.id))._status).toBe('draft')

    const ok = await act('components', comp.id, 'approve', team.reviewer, {
      acknowledgeWarnings: keys,
    })
    expect(ok.status).toBe(200)
    expect((await auditFor('components', comp.id)).at(-1)).toMatchObject({
      action: 'approve',
      acknowledgedWarnings: keys,
    })
  })

  it('acknowledgeAllWarnings: true acknowledges every warning; references are not checked', async () => {
    const comp = await createDraft(payload, 'components', {
      ...componentData(),
      functions: '最先端の再生医療を提供します。',
    })
    expect((await act('components', comp.id, 'submit', team.marketer)).status).toBe(200)
    expect(
      (await act('components', comp.id, 'approve', team.reviewer, { acknowledgeAllWarnings: true }))
        .status,
    ).toBe(200)

    const ref = await createDraft(payload, 'references', {
      ...referenceData('絶対安全な治療の文献'),
    })
    const sub = await act('references', ref.id, 'submit', team.marketer)
    expect(sub.status).toBe(200)
    expect(sub.json.warnings).toEqual([])
  })
})

describe('deletion', () => {
  it('is admin only, is written to the audit log, and is refused while the document is used', async () => {
    const ref = await createPublished(payload, 'references')
    const comp = await createPublished(payload, 'components', {
      ...componentData(),
      references: [ref.id],
    })
    for (const actor of [team.marketer, team.reviewer]) {
      const res = await rest('DELETE', `/references/${ref.id}`, { token: actor.token })
      expect(res.status).toBe(403)
    }
    const used = await rest('DELETE', `/references/${ref.id}`, { token: team.admin.token })
    expect(used.status).toBe(409)
    expect(await live('references', ref.id)).toBeTruthy()
    expect((await auditFor('references', ref.id)).filter((a) => a.action === 'delete')).toEqual([])

    const del = await rest('DELETE', `/components/${comp.id}`, { token: team.admin.token })
    expect(del.status).toBe(200)
    const entry = (await auditFor('components', comp.id)).find((a) => a.action === 'delete')
    expect(entry).toMatchObject({ actor: team.admin.user.id, documentTitle: comp.name })
  })
})
