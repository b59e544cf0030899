import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { findSearchResults } from '@/lib/search'

import { bootPayload, closePayload } from '../helpers/payload'
import { componentData, createDraft, createPublished, referenceData } from './workflow-fixtures'

/**
 * The search index (Payload's search plugin) holds published documents only: a draft's
 * words are never findable, a draft saved over a published document leaves the published
 * words findable, and unpublishing or deleting removes the document from the results.
 */
let payload: Payload
const WRITE = { workflow: true, disableRevalidate: true }

beforeAll(async () => {
  payload = await bootPayload()
})

afterAll(async () => {
  await closePayload(payload)
})

/** Ids of the components a visitor's search for `word` finds. */
const found = async (word: string, collection = 'components') =>
  (await findSearchResults(payload, word))
    .filter((h) => h.collection === collection)
    .map((h) => h.id)

/** Rows of the index for one document, read past access control. */
const indexRows = async (collection: 'components' | 'references', id: number) =>
  (
    await payload.find({
      collection: 'search',
      where: {
        and: [{ 'doc.relationTo': { equals: collection } }, { 'doc.value': { equals: id } }],
      },
      depth: 0,
    })
  ).docs

describe('the search index holds published documents only', () => {
  it('a published document is findable by a word of its text; a draft-only one is not, and has no index row', async () => {
    const published = await createPublished(payload, 'components', {
      ...componentData('ズモルカ因子'),
      functions: '皮膚の再生を促すと報告されている架空の成分です。',
    })
    const draft = await createDraft(payload, 'components', {
      ...componentData('ペトラム因子'),
      functions: '下書きにだけ書かれた架空の成分です。',
    })

    expect(await found('ズモルカ')).toEqual([published.id])
    expect(await found('ペトラム')).toEqual([])
    expect(await indexRows('components', draft.id)).toHaveLength(0)
  })

  it('a draft saved over a published document: its words are not findable, the published words still are', async () => {
    const doc = await createPublished(payload, 'components', {
      ...componentData('クヴァリン因子'),
      functions: '公開版の説明文です。',
    })
    await payload.update({
      collection: 'components',
      id: doc.id,
      draft: true,
      context: WRITE,
      data: { name: 'ドゥリメ因子', functions: '下書き版の説明文にだけあるヴォルネス。' },
    })

    expect(await found('クヴァリン')).toEqual([doc.id])
    expect(await found('ドゥリメ')).toEqual([])
    expect(await found('ヴォルネス')).toEqual([])
    const [row] = await indexRows('components', doc.id)
    expect(row?.title).toBe('クヴァリン因子')

    // Publishing the draft (what approval does) replaces the published words.
    await payload.update({
      collection: 'components',
      id: doc.id,
      draft: false,
      context: WRITE,
      data: { _status: 'published', reviewState: 'approved' },
    })
    expect(await found('ドゥリメ')).toEqual([doc.id])
    expect(await found('クヴァリン')).toEqual([])
  })

  it('unpublishing and deleting remove a document from the results', async () => {
    const unpublished = await createPublished(
      payload,
      'components',
      componentData('ミュゼルタ因子'),
    )
    const deleted = await createPublished(payload, 'components', componentData('ガルピノ因子'))
    expect(await found('ミュゼルタ')).toEqual([unpublished.id])
    expect(await found('ガルピノ')).toEqual([deleted.id])

    // As lib/workflow's unpublish writes it: the live document goes back to draft.
    await payload.update({
      collection: 'components',
      id: unpublished.id,
      draft: false,
      context: WRITE,
      data: { _status: 'draft', reviewState: 'changes_requested' },
    })
    await payload.delete({ collection: 'components', id: deleted.id, context: WRITE })

    expect(await found('ミュゼルタ')).toEqual([])
    expect(await found('ガルピノ')).toEqual([])
    expect(await indexRows('components', unpublished.id)).toHaveLength(0)
    expect(await indexRows('components', deleted.id)).toHaveLength(0)
  })

  it('an unverified reference is indexed by its identifier, never by its unchecked title', async () => {
    const ref = await createPublished(payload, 'references', {
      ...referenceData('未確認のタイトル ザフィロン'),
      pmid: '31234567',
      url: undefined,
    })
    expect(await found('ザフィロン', 'references')).toEqual([])
    const hits = (await findSearchResults(payload, '31234567')).filter(
      (h) => h.collection === 'references',
    )
    expect(hits.map((h) => [h.id, h.title])).toEqual([[ref.id, 'PMID 31234567（書誌情報未確認）']])
  })

  it('visitors cannot read the index over the API (staff only), and cannot write to it', async () => {
    await expect(
      payload.find({ collection: 'search', overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
    const before = (await payload.count({ collection: 'search' })).totalDocs
    await expect(
      payload.create({
        collection: 'search',
        overrideAccess: false,
        data: { title: 'x', doc: { relationTo: 'components', value: 1 } },
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await payload.count({ collection: 'search' })).totalDocs).toBe(before)
  })
})

describe('excerpts', () => {
  it('markup in the text is shown escaped; the hits are marked', async () => {
    await createPublished(payload, 'components', {
      ...componentData('ウミホタル因子'),
      functions:
        'ウミホタル因子の説明に <script>alert("x")</script> と書かれていても実行されません。',
    })
    const [hit] = await findSearchResults(payload, 'ウミホタル因子 説明')
    expect(hit?.snippet).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    expect(hit?.snippet).not.toContain('<script')
    expect(hit?.snippet).toContain('<mark>説明</mark>')
    expect(hit?.snippet).toMatch(/<mark>ウミホタル<\/mark>|<mark>ウミホタル因子<\/mark>/)
  })
})
