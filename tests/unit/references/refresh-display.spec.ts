/** What the refresh does with a fetched record, and how an unverified reference is named. */
import { describe, expect, it } from '@jest/globals'

import { identifierLabel, planRefresh } from '@/lib/references'

describe('planRefresh', () => {
  const stored = {
    title: 'Old title',
    authors: 'Tanaka H',
    year: 2024,
    doi: '10.5555/x',
    kind: 'journal-article',
  }

  it('is unchanged when every field the source gives already has that value (case of the DOI aside)', () => {
    expect(
      planRefresh(
        stored,
        { title: ' Old  title ', authors: 'Tanaka H', year: 2024, doi: '10.5555/X' },
        false,
      ),
    ).toEqual({ outcome: 'unchanged', changes: [] })
  })

  it('updates an unverified reference field by field, never blanking what the source does not give', () => {
    const plan = planRefresh(stored, { title: 'New title', year: 2025 }, false)
    expect(plan).toEqual({
      outcome: 'update',
      changes: [
        { field: 'title', from: 'Old title', to: 'New title' },
        { field: 'year', from: 2024, to: 2025 },
      ],
    })
  })

  it('reports the differences of a verified reference as a conflict instead of writing them', () => {
    expect(planRefresh(stored, { title: 'New title' }, true)).toEqual({
      outcome: 'conflict',
      changes: [{ field: 'title', from: 'Old title', to: 'New title' }],
    })
  })

  it('keeps the kind of a reference that is not an article', () => {
    expect(planRefresh({ kind: 'guideline' }, { kind: 'journal-article' }, false).outcome).toBe(
      'unchanged',
    )
    expect(planRefresh({ kind: 'journal-article' }, { kind: 'review' }, false).changes).toEqual([
      { field: 'kind', from: 'journal-article', to: 'review' },
    ])
  })
})

describe('identifierLabel', () => {
  it('names a reference by its strongest identifier, never by a title', () => {
    expect(identifierLabel({ pmcid: 'PMC10789073', pmid: '1', url: 'https://x.jp/' })).toBe(
      'PMC10789073',
    )
    expect(identifierLabel({ pmid: '12345678', doi: '10.1/x' })).toBe('PMID 12345678')
    expect(identifierLabel({ doi: '10.1/x' })).toBe('doi:10.1/x')
    expect(
      identifierLabel({ kind: 'web-page', url: 'https://www.cosmedical.jp/menu/kansaibou/' }),
    ).toBe('cosmedical.jp のウェブページ')
    expect(
      identifierLabel({ kind: 'journal-article', url: 'https://www.mdpi.com/2079-4991/14/7/639' }),
    ).toBe('mdpi.com/2079-4991/14/7/639')
  })
})
