import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq, docAccessOperation, type Payload } from 'payload'

import type { User } from '@/payload-types'
import { REVIEWED_COLLECTIONS, type ReviewedCollection } from '@/lib/domain'

import { graphql } from '../helpers/graphql'
import { bootPayload, closePayload } from '../helpers/payload'
import { rest } from '../helpers/rest'
import { createTeam, type Actor } from '../helpers/users'
import { createPublished, dataFor, titleField } from './workflow-fixtures'

/**
 * The access matrix: role (incl. anonymous) × collection × operation, on REST and on the
 * Local API with overrideAccess: false. Every refused write also checks the database.
 */
let payload: Payload
let team: Awaited<ReturnType<typeof createTeam>>
const fixtures = {} as Record<ReviewedCollection, { id: number; title: string }>
const SECRET = 'まだ承認されていない下書き'

type Role = 'anonymous' | 'marketer' | 'reviewer' | 'admin'
const ROLES: Role[] = ['anonymous', 'marketer', 'reviewer', 'admin']
const OPS = [
  'read',
  'read draft',
  'read versions',
  'create draft',
  'create published',
  'update draft',
  'update to published',
  'delete',
] as const
type Op = (typeof OPS)[number]

const staff = (role: Role) => role !== 'anonymous'
/** The policy, written out: true = allowed; for reads of drafts "allowed" means the draft is visible. */
const policy: Record<Op, (role: Role) => boolean> = {
  read: () => true,
  'read draft': staff,
  'read versions': staff,
  'create draft': staff,
  'create published': () => false,
  'update draft': staff,
  'update to published': () => false,
  delete: (role) => role === 'admin',
}

beforeAll(async () => {
  payload = await bootPayload()
  team = await createTeam(payload)
  for (const collection of REVIEWED_COLLECTIONS) {
    const doc = await createPublished(payload, collection)
    await payload.update({
      collection,
      id: doc.id,
      draft: true,
      data: { [titleField(collection)]: `${SECRET} ${collection}` } as never,
    })
    fixtures[collection] = { id: doc.id, title: String(doc[titleField(collection)]) }
  }
})
afterAll(async () => closePayload(payload))

const actor = (role: Role): Actor | null => (role === 'anonymous' ? null : team[role])
const live = (collection: ReviewedCollection, id: number) =>
  payload.findByID({
    collection,
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  }) as Promise<Record<string, unknown> | null>
const latest = (collection: ReviewedCollection, id: number) =>
  payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  }) as Promise<Record<string, unknown> | null>
const countBySlug = async (collection: ReviewedCollection, slug: unknown) =>
  (await payload.count({ collection, where: { slug: { equals: slug } } as never })).totalDocs +
  (
    await payload.countVersions({
      collection,
      where: { 'version.slug': { equals: slug } } as never,
    })
  ).totalDocs

type Outcome = { ok: boolean; body: unknown; status?: number }

/** One operation through one transport. */
async function perform(
  transport: 'REST' | 'Local API',
  collection: ReviewedCollection,
  op: Op,
  role: Role,
  target: number,
): Promise<Outcome & { created?: unknown }> {
  const a = actor(role)
  const field = titleField(collection)
  if (transport === 'REST') {
    const r = (method: string, path: string, body?: unknown) =>
      rest(method, path, { token: a?.token, body })
    const done = (res: Awaited<ReturnType<typeof rest>>, okStatus = 200) => ({
      ok: res.status === okStatus,
      status: res.status,
      body: res.json,
    })
    switch (op) {
      case 'read':
        return done(await r('GET', `/${collection}/${target}`))
      case 'read draft':
        return done(await r('GET', `/${collection}/${target}?draft=true`))
      case 'read versions':
        return done(await r('GET', `/${collection}/versions?where[parent][equals]=${target}`))
      case 'create draft':
      case 'create published': {
        const data = await dataFor(payload, collection)
        const body = op === 'create published' ? { ...data, _status: 'published' } : data
        return {
          ...done(
            await r('POST', `/${collection}${op === 'create draft' ? '?draft=true' : ''}`, body),
            201,
          ),
          created: data.slug,
        }
      }
      case 'update draft':
        return done(
          await r('PATCH', `/${collection}/${target}?draft=true`, { [field]: `${role}の編集` }),
        )
      case 'update to published':
        return done(
          await r('PATCH', `/${collection}/${target}`, {
            [field]: `${role}の公開`,
            _status: 'published',
          }),
        )
      case 'delete':
        return done(await r('DELETE', `/${collection}/${target}`))
    }
  }
  const user = (a?.user ?? undefined) as User | undefined
  const common = { collection, overrideAccess: false, user, depth: 0 } as const
  const attempt = async (fn: () => Promise<unknown>) => {
    try {
      return { ok: true, body: await fn() }
    } catch (err) {
      return {
        ok: false,
        body: (err as Error).message,
        status: (err as { status?: number }).status,
      }
    }
  }
  switch (op) {
    case 'read':
      return attempt(() => payload.findByID({ ...common, id: target }))
    case 'read draft':
      return attempt(() => payload.findByID({ ...common, id: target, draft: true }))
    case 'read versions':
      return attempt(() =>
        payload.findVersions({ ...common, where: { parent: { equals: target } } }),
      )
    case 'create draft':
    case 'create published': {
      const data = await dataFor(payload, collection)
      const body = op === 'create published' ? { ...data, _status: 'published' } : data
      return {
        ...(await attempt(() =>
          payload.create({ ...common, data: body as never, draft: op === 'create draft' }),
        )),
        created: data.slug,
      }
    }
    case 'update draft':
      return attempt(() =>
        payload.update({
          ...common,
          id: target,
          draft: true,
          data: { [field]: `${role}の編集` } as never,
        }),
      )
    case 'update to published':
      return attempt(() =>
        payload.update({
          ...common,
          id: target,
          data: { [field]: `${role}の公開`, _status: 'published' } as never,
        }),
      )
    case 'delete':
      return attempt(() => payload.delete({ ...common, id: target }))
  }
}

for (const transport of ['REST', 'Local API'] as const) {
  describe(`access matrix over ${transport}`, () => {
    for (const collection of REVIEWED_COLLECTIONS) {
      for (const op of OPS) {
        for (const role of ROLES) {
          const allowed = policy[op](role)
          it(`${collection} · ${op} · ${role} → ${allowed ? 'allowed' : 'refused'}`, async () => {
            const writes = ['update draft', 'update to published', 'delete'].includes(op)
            // Writes get their own fresh published document; reads use the shared fixture.
            const target = writes
              ? (await createPublished(payload, collection)).id
              : fixtures[collection].id
            const beforeLive = await live(collection, target)
            const beforeLatest = await latest(collection, target)
            const result = await perform(transport, collection, op, role, target)

            if (op === 'read draft') {
              // Everyone may read; only staff get the draft, visitors the published version.
              expect(result.ok).toBe(true)
              const title = (result.body as Record<string, unknown>)[titleField(collection)]
              if (allowed) expect(title).toContain(SECRET)
              else expect(title).toBe(fixtures[collection].title)
              return
            }
            if (op === 'read') {
              expect(result.ok).toBe(true)
              const body = result.body as Record<string, unknown>
              expect(body[titleField(collection)]).toBe(fixtures[collection].title)
              expect(JSON.stringify(body)).not.toContain(SECRET)
              return
            }
            expect({ ok: result.ok, body: allowed ? 'allowed' : result.body }).toEqual({
              ok: allowed,
              body: allowed ? 'allowed' : expect.anything(),
            })
            if (!allowed && transport === 'REST')
              expect(result.status).toBe(role === 'anonymous' && op === 'read versions' ? 403 : 403)
            if (!allowed && transport === 'Local API') expect(result.status).toBe(403)

            if (op === 'create draft' || op === 'create published') {
              expect(await countBySlug(collection, result.created)).toBe(allowed ? 2 : 0)
              return
            }
            if (op === 'delete') {
              if (allowed) expect(await live(collection, target)).toBeNull()
              else expect(await latest(collection, target)).toEqual(beforeLatest)
              return
            }
            if (op === 'update draft') {
              const after = await latest(collection, target)
              if (allowed) expect(after?.[titleField(collection)]).toBe(`${role}の編集`)
              else expect(after).toEqual(beforeLatest)
              // Either way the live version is unchanged.
              expect(await live(collection, target)).toEqual(beforeLive)
              return
            }
            if (op === 'update to published') {
              expect(await latest(collection, target)).toEqual(beforeLatest)
              expect(await live(collection, target)).toEqual(beforeLive)
            }
          })
        }
      }
    }
  })
}

describe('the admin hides publishing', () => {
  it('no role has publish permission on a document (the Publish / Unpublish buttons are not shown)', async () => {
    for (const role of ['marketer', 'reviewer', 'admin'] as const) {
      for (const collection of REVIEWED_COLLECTIONS) {
        const req = await createLocalReq({ user: team[role].user }, payload)
        const collectionEntry = payload.collections[collection]
        const asDraft = await docAccessOperation({
          id: fixtures[collection].id,
          collection: collectionEntry,
          data: { _status: 'draft' },
          req,
        })
        const asPublished = await docAccessOperation({
          id: fixtures[collection].id,
          collection: collectionEntry,
          data: { _status: 'published' },
          req,
        })
        // Payload's sanitised permissions omit what is not granted.
        expect(Boolean(asDraft.update)).toBe(true)
        expect(Boolean(asPublished.update)).toBe(false)
      }
    }
  })

  it('bulk edit / publish is disabled in list views, and a bulk publish request is refused with 403', async () => {
    for (const collection of REVIEWED_COLLECTIONS)
      expect(payload.collections[collection].config.disableBulkEdit).toBe(true)
    const doc = await createPublished(payload, 'references')
    await payload.update({
      collection: 'references',
      id: doc.id,
      draft: true,
      data: { title: '一括公開されてはならない' },
    })
    const before = await live('references', doc.id)
    const res = await rest('PATCH', `/references?where[id][equals]=${doc.id}`, {
      token: team.admin.token,
      body: { _status: 'published' },
    })
    expect(res.status).toBe(403)
    expect(await live('references', doc.id)).toEqual(before)
    // The Local API's bulk update (no bulk-edit switch there) meets the publication guard.
    await expect(
      payload.update({
        collection: 'references',
        where: { id: { equals: doc.id } },
        data: { _status: 'published' },
        user: team.admin.user,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.update({
        collection: 'references',
        where: { id: { equals: doc.id } },
        data: { _status: 'published' },
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await live('references', doc.id)).toEqual(before)
  })

  it('GraphQL mutations cannot publish either, and their saves are drafts', async () => {
    const doc = await createPublished(payload, 'references')
    const before = await live('references', doc.id)
    for (const who of [team.marketer, team.reviewer, team.admin]) {
      const res = await graphql(
        `mutation { updateReference(id: ${doc.id}, data: { title: "GraphQLで公開", _status: published }) { id } }`,
        { token: who.token },
      )
      expect(res.errors?.[0]?.message).toMatch(/only approval publishes/)
      const created = await graphql(
        `mutation { createReference(data: { title: "x", kind: journal_article, evidenceLevel: rct, reviewState: draft, url: "https://example.org/gql-${who.user.id}", slug: "gql-pub-${who.user.id}-${doc.id}", _status: published }) { id } }`,
        { token: who.token },
      )
      expect(created.errors?.[0]?.message).toMatch(/only approval publishes/)
      expect(
        (
          await payload.count({
            collection: 'references',
            where: { slug: { equals: `gql-pub-${who.user.id}-${doc.id}` } },
          })
        ).totalDocs,
      ).toBe(0)
    }
    const saved = await graphql(
      `mutation { updateReference(id: ${doc.id}, data: { title: "GraphQLの編集" }) { id } }`,
      { token: team.marketer.token },
    )
    expect(saved.errors).toBeUndefined()
    expect(await live('references', doc.id)).toEqual(before)
    expect((await latest('references', doc.id))?.title).toBe('GraphQLの編集')
  })

  it('restoring an old published version only restores it as a draft: the live version does not change', async () => {
    const doc = await createPublished(payload, 'references')
    const original = await live('references', doc.id)
    // A newer version is approved and published.
    await payload.update({
      collection: 'references',
      id: doc.id,
      data: { title: '新しい承認済みタイトル' },
      context: { workflow: true },
    })
    const { docs } = await payload.findVersions({
      collection: 'references',
      where: { parent: { equals: doc.id } },
      sort: 'createdAt',
    })
    const oldVersion = docs[0]
    expect(oldVersion.version.title).toBe(original?.title)
    for (const who of [team.marketer, team.admin]) {
      // A plain restore would replace the live version: refused, nothing changes.
      const before = await latest('references', doc.id)
      const refused = await rest('POST', `/references/versions/${oldVersion.id}`, {
        token: who.token,
      })
      expect(refused.status).toBe(403)
      expect(refused.json.errors[0].message).toMatch(/restore as a draft/)
      expect(await latest('references', doc.id)).toEqual(before)
      // So is a plain restore of a draft version over a live document.
      const { docs: drafts } = await payload.findVersions({
        collection: 'references',
        where: {
          and: [{ parent: { equals: doc.id } }, { 'version._status': { equals: 'draft' } }],
        },
        limit: 1,
      })
      if (drafts[0])
        expect(
          (await rest('POST', `/references/versions/${drafts[0].id}`, { token: who.token })).status,
        ).toBe(403)
      expect((await live('references', doc.id))?.title).toBe('新しい承認済みタイトル')

      const res = await rest('POST', `/references/versions/${oldVersion.id}?draft=true`, {
        token: who.token,
      })
      expect(res.status).toBe(200)
      const liveNow = await live('references', doc.id)
      expect(liveNow?.title).toBe('新しい承認済みタイトル')
      expect(liveNow?._status).toBe('published')
      const draft = await latest('references', doc.id)
      expect(draft).toMatchObject({
        title: original?.title,
        _status: 'draft',
        reviewState: 'draft',
      })
    }
  })
})
