/**
 * Verification of a reference's bibliographic data (who confirmed it, against what, when):
 * only reviewers and admins may verify; an edit of a bibliographic field afterwards returns
 * the reference to unverified; approving a document that cites an unverified reference
 * needs an explicit acknowledgement, which goes into the audit log.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { bootPayload, closePayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createTeam, type Actor } from '../helpers/users'
import {
  articleData,
  createDraft,
  createPublished,
  referenceData,
  treatmentData,
} from './workflow-fixtures'

let payload: Payload
let team: Awaited<ReturnType<typeof createTeam>>

beforeAll(async () => {
  payload = await bootPayload()
  team = await createTeam(payload)
})
afterAll(async () => closePayload(payload))

const latest = (id: number) =>
  payload.findByID({
    collection: 'references',
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
  }) as Promise<Record<string, any>>
const versionCount = async (id: number) =>
  (await payload.countVersions({ collection: 'references', where: { parent: { equals: id } } }))
    .totalDocs
const patch = (id: number, who: Actor, body: Record<string, unknown>) =>
  rest('PATCH', `/references/${id}?draft=true`, { token: who.token, body })
const VERIFY = {
  verificationStatus: 'verified',
  verificationSource: 'pubmed',
  verificationNote: 'PubMed の書誌情報と照合',
}

async function verifiedReference(by: Actor = team.reviewer) {
  const ref = await createPublished(payload, 'references')
  expect((await patch(ref.id, by, VERIFY)).status).toBe(200)
  return ref
}

describe('who may verify', () => {
  it('a marketer marking a reference verified over REST is refused with 403 and nothing changes', async () => {
    const ref = await createPublished(payload, 'references')
    const before = await latest(ref.id)
    const versions = await versionCount(ref.id)
    for (const body of [
      VERIFY,
      { verificationStatus: 'verified' },
      { verificationNote: '確認したことにする' },
      { title: '新しい題名', ...VERIFY },
    ]) {
      const res = await patch(ref.id, team.marketer, body)
      expect(res.status).toBe(403)
      expect(res.json.errors[0].message).toContain('医療レビュアー（医師）と管理者だけ')
    }
    expect(await latest(ref.id)).toEqual(before)
    expect(await versionCount(ref.id)).toBe(versions)
  })

  it('a marketer cannot create a reference that is already verified', async () => {
    const before = (await payload.count({ collection: 'references' })).totalDocs
    const res = await rest('POST', '/references?draft=true', {
      token: team.marketer.token,
      body: { ...referenceData(), ...VERIFY },
    })
    expect(res.status).toBe(403)
    expect((await payload.count({ collection: 'references' })).totalDocs).toBe(before)
  })

  it.each([
    ['reviewer', () => team.reviewer],
    ['admin', () => team.admin],
  ])(
    'a %s verifies: the server records who and when, whatever the request says',
    async (_label, who) => {
      const ref = await createPublished(payload, 'references')
      const started = Date.now()
      const res = await patch(ref.id, who(), {
        ...VERIFY,
        verifiedBy: team.marketer.user.id,
        verifiedAt: '2001-01-01T00:00:00.000Z',
      })
      expect(res.status).toBe(200)
      const doc = await latest(ref.id)
      expect(doc).toMatchObject({
        verificationStatus: 'verified',
        verificationSource: 'pubmed',
        verifiedBy: who().user.id,
      })
      expect(Date.parse(doc.verifiedAt)).toBeGreaterThanOrEqual(started - 1000)
    },
  )

  it('a marketer may save other fields of a verified reference, sending its verification back unchanged as the admin form does', async () => {
    const ref = await verifiedReference()
    const doc = await latest(ref.id)
    const res = await patch(ref.id, team.marketer, {
      evidenceLevel: 'cohort',
      verificationStatus: doc.verificationStatus,
      verificationSource: doc.verificationSource,
      verificationNote: doc.verificationNote,
    })
    expect(res.status).toBe(200)
    expect(await latest(ref.id)).toMatchObject({
      evidenceLevel: 'cohort',
      verificationStatus: 'verified',
      verifiedBy: team.reviewer.user.id,
      verifiedAt: doc.verifiedAt,
    })
  })
})

describe('editing bibliographic data returns a reference to unverified', () => {
  it.each([
    ['marketer', 'title', '訂正後のタイトル'],
    ['marketer', 'authors', 'Tanaka H'],
    ['reviewer', 'pages', '1-9'],
    ['admin', 'year', 2020],
    ['reviewer', 'doi', '10.5555/hikaku.verification.edit'],
  ] as const)('%s edits %s → unverified, verifier and date cleared', async (who, field, value) => {
    const ref = await verifiedReference()
    const res = await patch(ref.id, team[who], { [field]: value })
    expect(res.status).toBe(200)
    expect(await latest(ref.id)).toMatchObject({
      [field]: value,
      verificationStatus: 'unverified',
      verificationSource: null,
      verifiedBy: null,
      verifiedAt: null,
    })
  })

  it('the live page keeps the verified version until the edit is approved', async () => {
    const ref = await createPublished(payload, 'references', { ...referenceData(), ...VERIFY })
    await patch(ref.id, team.marketer, { title: '未承認の訂正' })
    const live = await payload.findByID({
      collection: 'references',
      id: ref.id,
      draft: false,
      depth: 0,
      overrideAccess: false,
    })
    expect(live).toMatchObject({ verificationStatus: 'verified', title: ref.title })
  })

  it('a reviewer verifies again after the edit', async () => {
    const ref = await verifiedReference()
    await patch(ref.id, team.marketer, { title: '訂正後' })
    expect(
      (await patch(ref.id, team.reviewer2, { ...VERIFY, verificationSource: 'crossref' })).status,
    ).toBe(200)
    expect(await latest(ref.id)).toMatchObject({
      title: '訂正後',
      verificationStatus: 'verified',
      verificationSource: 'crossref',
      verifiedBy: team.reviewer2.user.id,
    })
  })
})

describe('approving a document that cites unverified references', () => {
  const auditOf = async (collection: string, id: number) =>
    (
      await payload.find({
        collection: 'audit-log',
        where: {
          and: [
            { collectionSlug: { equals: collection } },
            { documentId: { equals: String(id) } },
            { action: { equals: 'approve' } },
          ],
        },
        depth: 0,
        pagination: false,
      })
    ).docs
  const isPublished = async (collection: 'treatments' | 'articles', id: number) =>
    (await payload.findByID({ collection, id, draft: false, depth: 0, overrideAccess: true }))
      ._status === 'published'
  const submit = async (collection: string, id: number) =>
    expect(
      (await rest('POST', `/${collection}/${id}/submit`, { token: team.marketer.token })).status,
    ).toBe(200)
  const approve = (collection: string, id: number, body: Record<string, unknown> = {}) =>
    rest('POST', `/${collection}/${id}/approve`, { token: team.reviewer.token, body })

  it('is refused with 422 listing them until each is acknowledged; the acknowledgement is in the audit log', async () => {
    const unverified = await createPublished(payload, 'references', {
      ...referenceData(),
      pmcid: `PMC9${Date.now() % 1e8}`,
      title: undefined,
    })
    const other = await createPublished(payload, 'references')
    const verified = await createPublished(payload, 'references', { ...referenceData(), ...VERIFY })
    const treatment = await createDraft(payload, 'treatments', {
      ...treatmentData(),
      references: [unverified.id, other.id, verified.id],
    })
    await submit('treatments', treatment.id)

    const refused = await approve('treatments', treatment.id)
    expect(refused.status).toBe(422)
    expect(refused.json.errors[0].message).toContain('書誌情報が未確認の参考文献2件')
    expect(refused.json.errors[0].data.unverifiedReferences).toEqual([
      { id: unverified.id, label: unverified.pmcid, title: null, published: true },
      { id: other.id, label: `example.org/${other.slug}`, title: other.title, published: true },
    ])
    const partly = await approve('treatments', treatment.id, {
      acknowledgeUnverifiedReferences: [unverified.id],
    })
    expect(partly.status).toBe(422)
    expect(
      partly.json.errors[0].data.unverifiedReferences.map((r: { id: number }) => r.id),
    ).toEqual([other.id])
    expect(await isPublished('treatments', treatment.id)).toBe(false)
    expect(await auditOf('treatments', treatment.id)).toEqual([])

    const approved = await approve('treatments', treatment.id, {
      acknowledgeUnverifiedReferences: [other.id, unverified.id],
    })
    expect(approved.status).toBe(200)
    expect(approved.json.acknowledgedUnverifiedReferences).toEqual([unverified.id, other.id])
    expect(await isPublished('treatments', treatment.id)).toBe(true)
    const [entry] = await auditOf('treatments', treatment.id)
    expect(entry!.acknowledgedUnverifiedReferences).toEqual([
      { id: unverified.id, label: unverified.pmcid },
      { id: other.id, label: `example.org/${other.slug}` },
    ])
  })

  it('counts what an article shows through its compared treatments, and takes acknowledgeAllUnverifiedReferences', async () => {
    const unverified = await createPublished(payload, 'references')
    const a = await createPublished(payload, 'treatments', {
      ...treatmentData('比較A'),
      clinicalApplications: [
        { area: '皮膚', finding: '報告がある', evidenceLevel: 'rct', references: [unverified.id] },
      ],
    })
    const b = await createPublished(payload, 'treatments', treatmentData('比較B'))
    const article = await createDraft(
      payload,
      'articles',
      articleData([a.id as number, b.id as number]),
    )
    await submit('articles', article.id)

    const list = await rest('GET', `/articles/${article.id}/unverified-references`, {
      token: team.reviewer.token,
    })
    expect(list.status).toBe(200)
    expect(list.json.references.map((r: { id: number }) => r.id)).toEqual([unverified.id])
    expect((await rest('GET', `/articles/${article.id}/unverified-references`)).status).toBe(401)

    expect((await approve('articles', article.id)).status).toBe(422)
    expect(await isPublished('articles', article.id)).toBe(false)
    const approved = await approve('articles', article.id, {
      acknowledgeAllUnverifiedReferences: true,
    })
    expect(approved.status).toBe(200)
    expect((await auditOf('articles', article.id))[0]!.acknowledgedUnverifiedReferences).toEqual([
      { id: unverified.id, label: `example.org/${unverified.slug}` },
    ])
  })

  it('needs no acknowledgement when every cited reference is verified and published', async () => {
    const verified = await createPublished(payload, 'references', { ...referenceData(), ...VERIFY })
    const treatment = await createDraft(payload, 'treatments', {
      ...treatmentData(),
      references: [verified.id],
    })
    await submit('treatments', treatment.id)
    const approved = await approve('treatments', treatment.id)
    expect(approved.status).toBe(200)
    expect(
      (await auditOf('treatments', treatment.id))[0]!.acknowledgedUnverifiedReferences,
    ).toBeNull()
  })
})
