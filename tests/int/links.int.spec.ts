/**
 * The link graph (lib/domain/links.ts) is the one map of what links to what. These tests run
 * every link of it through each consumer — delete protection, revalidation tags, page tags —
 * and check the map against the schema, so a relationship added to a collection without
 * its link (or a link without a fixture here) fails.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { pageTags } from '@/lib/cache/pageTags'
import { tagsForChange } from '@/lib/cache/revalidate'
import { TAGS } from '@/lib/cache/tags'
import { LINKS, linksTo, type Link, type LinkingCollection, type LinkTarget } from '@/lib/domain'

import { bootPayload, closePayload } from '../helpers/payload'
import { body, createReference, createTreatment, uid, WRITE } from './site-fixtures'

let payload: Payload

beforeAll(async () => {
  payload = await bootPayload()
})

afterAll(async () => {
  await closePayload(payload)
})

type Id = number

/** Data that links a document at `link.path` to `target` (one fixture per link of the map). */
const LINK_DATA: Record<
  string,
  (target: LinkTarget, id: Id, other: { treatment: Id }) => Record<string, unknown>
> = {
  'articles.compares': (_t, id, other) => ({ compares: [id, other.treatment] }),
  'articles.references': (_t, id) => ({ references: [id] }),
  // citedReferences is set from the inline citations on every save (collectCitations).
  'articles.citedReferences': (_t, id) => ({ body: body(['本文', id]) }),
  'articles.body': (_t, id) => ({ body: body(['本文', id]) }),
  'articles.meta.image': (_t, id) => ({ meta: { image: id } }),
  'articles.heroImage': (_t, id) => ({ heroImage: id }),
  'treatments.heroImage': (_t, id) => ({ heroImage: id }),
  'treatments.components.component': (_t, id) => ({
    components: [{ component: id, role: '成分' }],
  }),
  'treatments.references': (_t, id) => ({ references: [id] }),
  'treatments.citedReferences': (_t, id) => ({ mechanism: body(['機序', id]) }),
  'treatments.clinicalApplications.references': (_t, id) => ({
    clinicalApplications: [{ area: '領域', finding: '知見', references: [id] }],
  }),
  'treatments.mechanism': (_t, id) => ({ mechanism: body(['機序', id]) }),
  'components.partOf': (target, id) => ({ partOf: [{ relationTo: target, value: id }] }),
  'components.references': (_t, id) => ({ references: [id] }),
}

const allLinks = (Object.keys(LINKS) as LinkingCollection[]).flatMap((collection) =>
  (LINKS[collection] as readonly Link[]).flatMap((link) =>
    link.to.map((target) => ({ collection, link, target, key: `${collection}.${link.path}` })),
  ),
)

const dataFor = (key: string) => {
  const make = LINK_DATA[key]
  if (!make) throw new Error(`no test fixture for the link ${key}: add one to LINK_DATA`)
  return make
}

async function createTarget(target: LinkTarget): Promise<{ id: Id; title: string }> {
  switch (target) {
    case 'references': {
      const ref = await createReference(payload)
      return { id: ref.id, title: ref.citationLabel ?? '' }
    }
    case 'treatments': {
      const t = await createTreatment(payload)
      return { id: t.id, title: t.name }
    }
    case 'components': {
      const c = await payload.create({
        collection: 'components',
        context: WRITE,
        data: {
          name: `リンク先成分 ${uid()}`,
          kind: 'protein',
          slug: `link-c-${uid()}`,
          _status: 'published',
          reviewState: 'approved',
        },
      })
      return { id: c.id, title: c.name }
    }
    case 'media': {
      const sharp = (await import('sharp')).default
      const png = await sharp({
        create: { width: 16, height: 16, channels: 3, background: '#0b5a8c' },
      })
        .png()
        .toBuffer()
      const media = await payload.create({
        collection: 'media',
        data: { alt: 'リンク先の画像' },
        file: { data: png, mimetype: 'image/png', name: `link-${uid()}.png`, size: png.length },
      })
      return { id: media.id, title: media.alt }
    }
    case 'articles':
      throw new Error('nothing links to articles')
  }
}

/** A published document of `collection` with `extra` laid over minimal valid data. */
async function createSource(collection: LinkingCollection, extra: Record<string, unknown>) {
  const slug = `link-src-${uid()}`
  const title = `リンク元 ${slug}`
  const state = { _status: 'published', reviewState: 'approved' } as const
  switch (collection) {
    case 'articles': {
      const [a, b] = [await createTreatment(payload), await createTreatment(payload)]
      const base = {
        title,
        slug,
        lead: 'リード',
        audience: 'general' as const,
        compares: [a.id, b.id],
        body: body(['本文']),
        ...state,
      }
      return {
        title,
        doc: await payload.create({ collection, context: WRITE, data: { ...base, ...extra } }),
      }
    }
    case 'treatments':
      return {
        title,
        doc: await createTreatment(payload, 'published', { name: title, slug, ...extra }),
      }
    case 'components':
      return {
        title,
        doc: await payload.create({
          collection,
          context: WRITE,
          data: { name: title, kind: 'protein', slug, ...state, ...extra },
        }),
      }
  }
}

describe('the link graph and the schema', () => {
  it('lists every relationship field that points at a linked collection, and only existing ones', async () => {
    const config = await payload.config
    const targets = new Set<string>(['articles', 'treatments', 'components', 'references', 'media'])
    const inSchema: string[] = []
    type F = {
      name?: string
      type: string
      relationTo?: string | string[]
      fields?: F[]
      flattenedFields?: F[]
    }
    const walk = (collection: string, fields: F[], prefix: string) => {
      for (const field of fields) {
        const path = field.name ? `${prefix}${field.name}` : prefix.replace(/\.$/, '')
        if (field.type === 'relationship' || field.type === 'upload') {
          const to = [field.relationTo].flat()
          if (to.some((t) => t && targets.has(t))) inSchema.push(`${collection}.${path}`)
        } else if (field.type === 'richText') {
          inSchema.push(`${collection}.${path}`)
        } else if (field.flattenedFields || field.fields) {
          walk(
            collection,
            field.flattenedFields ?? field.fields ?? [],
            field.name ? `${path}.` : prefix,
          )
        }
      }
    }
    // Payload's own collections (locked documents, preferences, migrations) are not content;
    // nor are redirects: a page shows none, and one to a deleted document simply stops answering;
    // nor is the search index, derived from published documents (a deleted one leaves it).
    const derived = new Set(['redirects', 'search'])
    for (const collection of config.collections.filter(
      (c) => !c.slug.startsWith('payload-') && !derived.has(c.slug),
    )) {
      walk(collection.slug, collection.flattenedFields as F[], '')
    }
    const inMap = (Object.keys(LINKS) as LinkingCollection[]).flatMap((c) =>
      (LINKS[c] as readonly Link[]).map((l) => `${c}.${l.path}`),
    )
    expect([...new Set(inSchema)].sort()).toEqual([...inMap].sort())
  })
})

describe('delete protection, from the link graph', () => {
  it.each(allLinks.map((l) => [l.key, l.target, l] as const))(
    '%s refuses to delete the %s it links to',
    async (_key, target, { collection, link }) => {
      const other = { treatment: (await createTreatment(payload)).id }
      const linked = await createTarget(target)
      const source = await createSource(
        collection,
        dataFor(`${collection}.${link.path}`)(target, linked.id, other),
      )
      await expect(payload.delete({ collection: target, id: linked.id })).rejects.toMatchObject({
        status: 409,
      })
      await expect(payload.delete({ collection: target, id: linked.id })).rejects.toThrow(
        source.title,
      )
      expect(
        await payload.findByID({ collection: target, id: linked.id, disableErrors: true }),
      ).not.toBeNull()
    },
  )

  it('asks for every link that points at a collection', () => {
    expect(
      linksTo('references').map(({ collection, link }) => `${collection}.${link.path}`),
    ).toEqual([
      'articles.references',
      'articles.citedReferences',
      'articles.body',
      'treatments.references',
      'treatments.citedReferences',
      'treatments.clinicalApplications.references',
      'treatments.mechanism',
      'components.references',
    ])
    expect(
      linksTo('treatments').map(({ collection, link }) => `${collection}.${link.path}`),
    ).toEqual(['articles.compares', 'components.partOf'])
  })
})

/** Links whose target's page lists the linking documents: 比較している記事, 含まれる治療・成分. */
const LISTED_ON_TARGET_PAGE = [
  'articles.compares',
  'treatments.components.component',
  'components.partOf',
]

describe('revalidation and page tags, from the link graph', () => {
  it.each(allLinks.map((l) => [l.key, l.target, l] as const))(
    '%s → %s',
    (key, target, { collection, link }) => {
      const linkedId = 4242
      const data = dataFor(`${collection}.${link.path}`)(target, linkedId, { treatment: 4343 })
      const doc = { id: 1, slug: 'source', ...data }
      // Every page built from the document depends on what it links to.
      expect(pageTags(collection, doc)).toContain(TAGS.doc(target, linkedId))
      // Pages that list what links to the target change when the link is added or removed.
      const usedBy = TAGS.usedBy(target, linkedId)
      if (LISTED_ON_TARGET_PAGE.includes(key)) {
        expect(tagsForChange(collection, doc)).toContain(usedBy)
        expect(tagsForChange(collection, { id: 1, slug: 'source' }, doc)).toContain(usedBy)
      } else {
        expect(tagsForChange(collection, doc)).not.toContain(usedBy)
      }
    },
  )
})
