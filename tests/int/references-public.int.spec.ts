/**
 * What visitors see of the demo's references: the reference list and the library page render
 * a title only for verified references; an unverified one shows its identifier marked
 * 「書誌情報未確認」 with its link. Rendered to HTML from the published data, as the pages do.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import {
  buildCitationIndex,
  pageCitations,
} from '@/app/(site)/_components/Citations/buildCitationIndex'
import { buildComparisonRows } from '@/app/(site)/_components/ComparisonTable/buildComparisonRows'
import { ReferenceEntry } from '@/app/(site)/_components/ReferenceList/ReferenceEntry'
import { ReferenceList } from '@/app/(site)/_components/ReferenceList/ReferenceList'
import { findArticlePage } from '@/lib/queries/article'
import { VISITOR } from '@/lib/queries/payload'
import { findReferencesPage } from '@/lib/queries/references'
import { seedDemoContent } from '@/seed'
import { references as demoReferences } from '@/seed/data'

import { bootPayload, closePayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await bootPayload()
  await seedDemoContent(payload)
})
afterAll(async () => closePayload(payload))

const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&')

describe('the demo reference list on the article page', () => {
  it('shows full metadata for the verified references and only identifiers for the others', async () => {
    const data = (await findArticlePage(payload, 'secretome-vs-exosome', VISITOR))!
    const rows = buildComparisonRows(data.treatments)
    const index = buildCitationIndex(
      pageCitations(data.article.body, rows),
      data.referencesById,
      (data.article.references ?? []).map((r) => (typeof r === 'object' ? r.id : r)),
    )
    const html = renderToStaticMarkup(
      createElement(ReferenceList, { entries: index.entries, uncitedFrom: index.uncitedFrom }),
    )
    const items = [...html.matchAll(/<li id="ref-(\d+)"[^>]*>(.*?)<\/li>/g)].map((m) => text(m[2]!))
    expect(items).toHaveLength(13)

    const ijbs = items.find((t) => t.includes('10.7150/ijbs.80430'))!
    expect(ijbs).toContain(
      'Yang G, Waheed S, Wang C, Shekh M, Li Z, Wu J. Exosomes and Their Bioengineering Strategies in the Cutaneous Wound Healing and Related Complications: Current Knowledge and Future Perspectives. International Journal of Biological Sciences, 2023;19(5):1430-1454',
    )
    expect(items.find((t) => t.includes('23c.jp'))).toContain(
      'セクレトームとエクソソームの違いと比較',
    )
    expect(items.find((t) => t.includes('fda.gov'))).toContain(
      'Public Safety Notification on Exosome Products',
    )

    // The ten references nobody has verified: identifier, the mark, the link — nothing else.
    const unverified = items.filter((t) => t.includes('（書誌情報未確認）'))
    expect(unverified).toHaveLength(10)
    expect(unverified.find((t) => t.includes('PMC10789073'))).toMatch(
      /^\[\d+\]PMC10789073（書誌情報未確認）エビデンス：前臨床（in vitro・動物）PMC: PMC10789073/,
    )
    expect(unverified.find((t) => t.includes('cosmedical'))).toContain(
      'cosmedical.jp のウェブページ（書誌情報未確認）',
    )
    expect(unverified.find((t) => t.includes('mhlw'))).toContain(
      'mhlw.go.jp/content/001281987.pdf（書誌情報未確認）',
    )
    expect(html).toContain('href="https://pmc.ncbi.nlm.nih.gov/articles/PMC10789073/"')
    expect(html).toContain('識別子とリンクのみを表示しています')
    expect(html).not.toContain('書誌情報確認中')
  })

  it('the /references library page does the same', async () => {
    // The test database is shared with other files and the library is paginated: read every
    // page and look at the demo's references.
    const slugs = new Set(demoReferences.map((r) => r.slug))
    const references = []
    for (let page = 1; ; page++) {
      const data = await findReferencesPage(payload, VISITOR, page)
      if (!data) break
      references.push(...data.groups.flatMap((g) => g.references))
      if (page >= data.totalPages) break
    }
    const demo = references.filter((r) => slugs.has(r.slug))
    expect(demo).toHaveLength(demoReferences.length)
    const html = demo
      .map((r) =>
        renderToStaticMarkup(createElement(ReferenceEntry, { reference: r, showLevel: false })),
      )
      .join('\n')
    expect(html.match(/（書誌情報未確認）/g)).toHaveLength(10)
    expect(html).not.toContain('書誌情報確認中')
  })

  it('a title stored on an unverified reference is not shown', async () => {
    const html = renderToStaticMarkup(
      createElement(ReferenceEntry, {
        reference: {
          id: 1,
          slug: 'x',
          kind: 'journal-article',
          evidenceLevel: 'rct',
          title: '推測で入れたタイトル',
          authors: 'Someone A',
          journal: 'Some Journal',
          year: 2020,
          pmid: '900000001',
          verificationStatus: 'unverified',
        } as never,
      }),
    )
    expect(text(html)).toContain('PMID 900000001（書誌情報未確認）')
    for (const hidden of ['推測で入れたタイトル', 'Someone A', 'Some Journal', '2020'])
      expect(html).not.toContain(hidden)
  })
})
