/** The demo content's own consistency checks (seed/data/validate.ts). */
import { describe, expect, it } from '@jest/globals'

import { articles, components, references, siteSettings, treatments, validateSeedData } from '@/seed/data'

describe('demo content data', () => {
  it('has consistent keys, identifiers, citations and no banned advertising expression', () => {
    expect(validateSeedData({ references, components, treatments, articles, siteSettings })).toEqual([])
  })

  it('gives a title only to the references whose title was confirmed at the source', () => {
    const titled = references.filter((r) => r.title).map((r) => r.key)
    expect(titled.sort()).toEqual(['clinic-23c', 'fda-exosome-2019', 'ijbs-2023-19-1430'])
    expect(references.filter((r) => r.verification).map((r) => r.key).sort()).toEqual(titled.sort())
  })
})
