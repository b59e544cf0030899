import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { TAGS } from '@/lib/cache/tags'
import { findArticlePage } from '@/lib/queries/article'
import { findComponentPage } from '@/lib/queries/component'
import { findHomePage } from '@/lib/queries/home'
import { VISITOR, type Viewer } from '@/lib/queries/payload'
import { findReferencesPage } from '@/lib/queries/references'
import { countSitemapEntries, findSitemapEntries } from '@/lib/queries/sitemap'
import { findTreatmentPage } from '@/lib/queries/treatment'
import type { User } from '@/payload-types'
import { seedDemoContent } from '@/seed'

import { bootPayload, closePayload } from '../helpers/payload'
import { countQueries } from '../../lib/db/countQueries'
import {
  body,
  createArticle,
  createReference,
  createTreatment,
  createUser,
  WRITE,
} from './site-fixtures'

let payload: Payload
let staff: Viewer

beforeAll(async () => {
  payload = await bootPayload()
  await seedDemoContent(payload)
  const marketer = await createUser(payload, ['marketer'])
  staff = { draft: true, user: { ...marketer, collection: 'users' } as User }
})

afterAll(async () => {
  await closePayload(payload)
})

describe('public queries return only published data', () => {
  it('a draft-only article is not found for visitors, but is for staff in draft mode', async () => {
    const [a, b] = [await createTreatment(payload), await createTreatment(payload)]
    const draft = await createArticle(payload, 'draft', {
      compares: [a.id, b.id],
      title: '下書きだけの記事',
    })

    await expect(findArticlePage(payload, draft.slug, VISITOR)).resolves.toBeNull()
    const preview = await findArticlePage(payload, draft.slug, staff)
    expect(preview?.article.title).toBe('下書きだけの記事')

    const home = await findHomePage(payload, VISITOR)
    expect(home.articles.map((x) => x.slug)).not.toContain(draft.slug)
    expect((await findSitemapEntries(payload)).map((e) => e.slug)).not.toContain(draft.slug)
  })

  it('a published article with a newer draft shows the published version to visitors', async () => {
    const [a, b] = [await createTreatment(payload), await createTreatment(payload)]
    const article = await createArticle(payload, 'published', {
      compares: [a.id, b.id],
      title: '公開版のタイトル',
    })
    await payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      context: WRITE,
      data: { title: '下書き版のタイトル' },
    })

    expect((await findArticlePage(payload, article.slug, VISITOR))?.article.title).toBe(
      '公開版のタイトル',
    )
    expect((await findArticlePage(payload, article.slug, staff))?.article.title).toBe(
      '下書き版のタイトル',
    )
    const home = await findHomePage(payload, VISITOR)
    expect(home.articles.find((x) => x.slug === article.slug)?.title).toBe('公開版のタイトル')
  })

  it('a compared treatment and a cited reference that are drafts never reach a visitor', async () => {
    const published = await createTreatment(payload, 'published', { name: '公開中の治療' })
    const draftTreatment = await createTreatment(payload, 'draft', { name: '下書きの治療' })
    const edited = await createTreatment(payload, 'published', { name: '治療（公開版）' })
    await payload.update({
      collection: 'treatments',
      id: edited.id,
      draft: true,
      context: WRITE,
      data: { name: '治療（下書き版）' },
    })
    const draftRef = await createReference(payload, 'draft', { title: '下書きの文献' })
    const ref = await createReference(payload, 'published', { title: '公開中の文献' })
    const article = await createArticle(payload, 'published', {
      compares: [published.id, draftTreatment.id, edited.id],
      body: body(['主張', ref.id, draftRef.id]),
      references: [ref.id, draftRef.id],
    })

    const data = await findArticlePage(payload, article.slug, VISITOR)
    expect(data!.treatments.map((t) => t.name)).toEqual(['公開中の治療', '治療（公開版）'])
    expect([...data!.referencesById.values()].map((r) => r.title)).toEqual(['公開中の文献'])
    const serialized = JSON.stringify(data)
    expect(serialized).not.toContain('下書きの治療')
    expect(serialized).not.toContain('下書き版')
    expect(serialized).not.toContain('下書きの文献')
    // …but the page is tagged with them, so publishing them later revalidates it.
    expect(data!.tags).toEqual(
      expect.arrayContaining([
        TAGS.doc('treatments', draftTreatment.id),
        TAGS.doc('references', draftRef.id),
      ]),
    )

    await expect(findTreatmentPage(payload, draftTreatment.slug, VISITOR)).resolves.toBeNull()
    expect((await findTreatmentPage(payload, edited.slug, VISITOR))?.treatment.name).toBe(
      '治療（公開版）',
    )
    const library = await findReferencesPage(payload, VISITOR)
    const titles = library!.groups.flatMap((g) => g.references.map((r) => r.title))
    expect(titles).toContain('公開中の文献')
    expect(titles).not.toContain('下書きの文献')
    expect((await findHomePage(payload, VISITOR)).treatments.map((t) => t.name)).not.toContain(
      '下書きの治療',
    )
  })

  it('the reviewer byline carries name and qualification only, never the e-mail', async () => {
    const reviewer = await createUser(payload, ['reviewer'], {
      name: '監修 医師',
      qualification: '医師・内科専門医',
    })
    const [a, b] = [await createTreatment(payload), await createTreatment(payload)]
    const article = await createArticle(payload, 'published', {
      compares: [a.id, b.id],
      reviewedBy: reviewer.id,
      lastReviewedAt: '2026-10-01T00:00:00.000Z',
    })
    const data = await findArticlePage(payload, article.slug, VISITOR)
    expect(data?.reviewer).toEqual({ name: '監修 医師', qualification: '医師・内科専門医' })
    expect(JSON.stringify(data)).not.toContain(reviewer.email)
  })

  it('component pages show what the component is part of and what contains it', async () => {
    const data = await findComponentPage(payload, 'exosome', VISITOR)
    expect(data).not.toBeNull()
    expect(data!.partOf.map((l) => l.slug)).toContain('secretome-therapy')
    expect(data!.containedIn.map((l) => l.slug)).toEqual(
      expect.arrayContaining(['secretome-therapy', 'exosome-therapy']),
    )
    expect(data!.contains.map((l) => l.slug)).toEqual(
      expect.arrayContaining(['tetraspanins', 'exosomal-mirna', 'membrane-lipids']),
    )
    // The exomere has no lipid membrane: a secreted particle of its own, not part of the exosome.
    expect(data!.contains.map((l) => l.slug)).not.toContain('exomeres')
    expect(data!.tags).toContain(TAGS.usedBy('components', data!.component.id))
  })

  it('the sitemap reads any range of the published pages, across collections, in a constant number of queries', async () => {
    const all = await findSitemapEntries(payload)
    const counts = await countSitemapEntries(payload)
    expect(all).toHaveLength(counts.articles + counts.treatments + counts.components)
    expect(all.map((e) => e.collection)).toEqual([
      ...Array(counts.articles).fill('articles'),
      ...Array(counts.treatments).fill('treatments'),
      ...Array(counts.components).fill('components'),
    ])
    const offset = counts.articles + counts.treatments - 1
    expect(await findSitemapEntries(payload, { offset, limit: 4 })).toEqual(
      all.slice(offset, offset + 4),
    )
    expect(await findSitemapEntries(payload, { offset: all.length - 2, limit: 10 })).toEqual(
      all.slice(-2),
    )
    // Within one collection, a range ten times as long costs the same queries.
    const inComponents = counts.articles + counts.treatments + 1
    expect(counts.components).toBeGreaterThan(11)
    const small = (
      await countQueries(payload, () =>
        findSitemapEntries(payload, { offset: inComponents, limit: 1 }),
      )
    ).count
    const large = (
      await countQueries(payload, () =>
        findSitemapEntries(payload, { offset: inComponents, limit: 10 }),
      )
    ).count
    expect(large).toBe(small)
  })

  /** Every page of the library (other specs add published references to the same database). */
  async function allLibraryPages() {
    const pages = []
    for (let n = 1; ; n++) {
      const page = await findReferencesPage(payload, VISITOR, n)
      if (!page) return pages
      pages.push(page)
    }
  }

  it('the reference library is grouped by evidence level', async () => {
    const pages = await allLibraryPages()
    expect(pages[0]!.total).toBeGreaterThanOrEqual(11)
    for (const group of pages.flatMap((p) => p.groups))
      for (const r of group.references) expect(r.evidenceLevel).toBe(group.level)
    expect(pages.flatMap((p) => p.groups.map((g) => g.level))).toEqual(
      expect.arrayContaining(['commercial', 'preclinical']),
    )
  })

  it('the reference library comes in pages of 100, strongest evidence first across pages, with a constant number of queries', async () => {
    for (let i = 0; i < 60; i++)
      await createReference(payload, 'published', {
        evidenceLevel: i % 2 ? 'systematic-review' : 'expert-opinion',
        year: 2000 + i,
      })
    for (let i = 0; i < 40; i++)
      await createReference(payload, 'published', { evidenceLevel: 'rct' })
    await createReference(payload, 'draft', { title: '下書きの文献（ページ送り）' })

    const pages = await allLibraryPages()
    const first = pages[0]!
    expect(first.total).toBeGreaterThanOrEqual(111) // the demo's 11 and the 100 above
    expect(pages).toHaveLength(Math.ceil(first.total / 100))
    expect(first.totalPages).toBe(pages.length)
    for (const page of pages.slice(0, -1))
      expect(page.groups.flatMap((g) => g.references)).toHaveLength(100)
    expect(pages.at(-1)!.groups.flatMap((g) => g.references)).toHaveLength(
      first.total - 100 * (pages.length - 1),
    )

    const order = [
      'systematic-review',
      'rct',
      'cohort',
      'case-series',
      'preclinical',
      'official',
      'expert-opinion',
      'commercial',
    ]
    // References without a level come last (PostgreSQL sorts NULL after every value).
    const rank = (level: string | null | undefined) => (level ? order.indexOf(level) : order.length)
    const levels = pages.flatMap((p) =>
      p.groups.flatMap((g) => g.references.map((r) => rank(r.evidenceLevel))),
    )
    expect(levels).toEqual([...levels].sort((a, b) => a - b))
    const reviews = first.groups
      .find((g) => g.level === 'systematic-review')!
      .references.map((r) => r.year)
    expect(reviews).toEqual([...reviews].sort((a, b) => Number(b) - Number(a)))
    const all = pages.flatMap((p) => p.groups.flatMap((g) => g.references.map((r) => r.title)))
    expect(all).not.toContain('下書きの文献（ページ送り）')

    // One after the other: the counter sees every query of the process.
    const onFirstPage = (await countQueries(payload, () => findReferencesPage(payload, VISITOR, 1)))
      .count
    const onSecondPage = (
      await countQueries(payload, () => findReferencesPage(payload, VISITOR, 2))
    ).count
    expect(onSecondPage).toBe(onFirstPage)
  })
})

describe('SQL per article render', () => {
  /** An article whose treatments use every kind of relationship, citing `n` references. */
  async function articleCiting(n: number) {
    const refs: number[] = []
    for (let i = 0; i < n; i++) refs.push((await createReference(payload)).id)
    const exosome = await payload.find({
      collection: 'components',
      where: { slug: { equals: 'exosome' } },
      limit: 1,
      depth: 0,
    })
    const component = exosome.docs[0]!.id
    const treatment = () =>
      createTreatment(payload, 'published', {
        components: [{ component, role: '成分' }],
        mechanism: body(['機序', refs[0]!]),
        clinicalApplications: [
          { area: '領域', finding: '知見', evidenceLevel: 'rct', references: refs },
        ],
        references: refs,
      })
    const [a, b] = [await treatment(), await treatment()]
    const reviewer = await createUser(payload, ['reviewer'], {
      name: '監修 医師',
      qualification: '医師',
    })
    return createArticle(payload, 'published', {
      compares: [a.id, b.id],
      body: body(['本文', ...refs]),
      references: refs,
      reviewedBy: reviewer.id,
    })
  }

  it('is a small constant, whatever the number of references', async () => {
    const two = await articleCiting(2)
    const eleven = await articleCiting(11)
    // Another test file may have deleted the demo reviewer (tests share the run's database):
    // the demo article gets one again, so its byline is read like the others'.
    const demoReviewer = await createUser(payload, ['reviewer'], {
      name: '監修 医師',
      qualification: '医師',
    })
    await payload.update({
      collection: 'articles',
      where: { slug: { equals: 'secretome-vs-exosome' } },
      context: WRITE,
      data: { reviewedBy: demoReviewer.id },
    })
    const few = await countQueries(payload, () => findArticlePage(payload, two.slug, VISITOR))
    const many = await countQueries(payload, () => findArticlePage(payload, eleven.slug, VISITOR))
    const demo = await countQueries(payload, () =>
      findArticlePage(payload, 'secretome-vs-exosome', VISITOR),
    )
    expect(few.result!.referencesById.size).toBe(2)
    expect(many.result!.referencesById.size).toBe(11)
    expect(demo.result!.referencesById.size).toBe(13)

    console.info(
      `SQL queries per article render: ${few.count} with 2 references, ${many.count} with 11, ${demo.count} for the demo article\n` +
        demo.sql.map((q) => `  ${q.slice(0, 110)}…`).join('\n'),
    )
    expect(many.count).toBe(few.count)
    expect(demo.count).toBe(few.count)
    expect(few.count).toBeLessThanOrEqual(9)
  })
})
