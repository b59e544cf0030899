/**
 * The reference lookup clients (lib/references) against recorded responses of Crossref,
 * PubMed esummary, the PMC ID converter and Europe PMC (tests/fixtures/referenceLookup.ts),
 * served through nock: no request leaves the machine.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'

import { LookupError, lookupReference, parseIdentifier, type LookupConfig } from '@/lib/references'

import { IDS, IJBS, NO_PMID_ARTICLE, TEST_ARTICLE } from '../../fixtures/referenceLookup'
import { interceptLookupApis } from '../../helpers/lookupNock'

const config: LookupConfig = {
  crossrefUrl: 'https://api.crossref.org',
  eutilsUrl: 'https://eutils.ncbi.nlm.nih.gov/entrez/eutils',
  idconvUrl: 'https://pmc.ncbi.nlm.nih.gov/tools/idconv/api/v1/articles/',
  europePmcUrl: 'https://www.ebi.ac.uk/europepmc/webservices/rest',
  timeoutMs: 300,
  contactEmail: 'lookup@hikaku.test',
}

let apis: ReturnType<typeof interceptLookupApis>

beforeEach(() => {
  apis = interceptLookupApis({ slowMs: 2_000 })
})

afterEach(() => {
  apis.restore()
})

async function failure(promise: Promise<unknown>): Promise<LookupError> {
  try {
    await promise
  } catch (err) {
    if (err instanceof LookupError) return err
    throw err
  }
  throw new Error('the lookup succeeded')
}

describe('lookup by DOI (Crossref, then the PMC ID converter)', () => {
  it('fills every bibliographic field of demo reference #6 from Crossref', async () => {
    const result = await lookupReference({ kind: 'doi', value: IDS.ijbsDoi }, config)
    expect(result.record).toEqual({
      title: IJBS.title,
      authors: 'Yang G, Waheed S, Wang C, Shekh M, Li Z, Wu J',
      journal: 'International Journal of Biological Sciences',
      year: 2023,
      volume: '19',
      issue: '5',
      pages: '1430-1454',
      doi: '10.7150/ijbs.80430',
    })
    // PMC does not know the DOI in the recordings: no PMID/PMCID is invented.
    expect(result.sources).toEqual(['crossref'])
    expect(result.record.pmid).toBeUndefined()
    expect(apis.requests[0]).toBe(
      'https://api.crossref.org/works/10.7150%2Fijbs.80430?mailto=lookup%40hikaku.test',
    )
  })

  it('adds the PMID and PMCID from the converter, cleans the title and writes authors in Vancouver style', async () => {
    const result = await lookupReference({ kind: 'doi', value: IDS.testDoi }, config)
    expect(result.record).toMatchObject({
      title: TEST_ARTICLE.title,
      authors: 'Tanaka H, Suzuki K',
      year: 2024,
      pmid: IDS.testPmid,
      pmcid: IDS.testPmcid,
    })
    expect(result.sources).toEqual(['crossref', 'pmc-idconv'])
  })

  it('an unknown DOI is a not-found error that names the DOI, in Japanese', async () => {
    const err = await failure(lookupReference({ kind: 'doi', value: IDS.unknownDoi }, config))
    expect(err.code).toBe('not-found')
    expect(err.message).toContain(`DOI「${IDS.unknownDoi}」は Crossref に見つかりませんでした`)
  })
})

describe('lookup by PMID (PubMed esummary)', () => {
  it('reads title, authors, journal, year, volume, issue, pages, DOI, PMCID and the review type', async () => {
    const result = await lookupReference({ kind: 'pmid', value: IDS.testPmid }, config)
    expect(result.record).toEqual({
      title: TEST_ARTICLE.title,
      authors: 'Tanaka H, Suzuki K',
      journal: TEST_ARTICLE.pubmedJournal,
      year: 2024,
      volume: '7',
      issue: '3',
      pages: '101-109',
      doi: IDS.testDoi,
      pmid: IDS.testPmid,
      pmcid: IDS.testPmcid,
      kind: 'review',
    })
    expect(apis.requests[0]).toContain('db=pubmed')
    expect(apis.requests[0]).toContain('retmode=json')
  })

  it('an unknown PMID (esummary answers 200 with an error entry) is not found', async () => {
    const err = await failure(lookupReference({ kind: 'pmid', value: IDS.unknownPmid }, config))
    expect(err.code).toBe('not-found')
    expect(err.message).toContain(`PMID「${IDS.unknownPmid}」`)
  })

  it('a 429 is a rate-limit error that says how long to wait', async () => {
    const err = await failure(lookupReference({ kind: 'pmid', value: IDS.rateLimitedPmid }, config))
    expect(err.code).toBe('rate-limited')
    expect(err.retryAfterSeconds).toBe(2)
    expect(err.message).toContain('2 秒ほど待ってから')
  })

  it('a server slower than the deadline is a timeout error, not a hang', async () => {
    const started = Date.now()
    const err = await failure(lookupReference({ kind: 'pmid', value: IDS.slowPmid }, config))
    expect(err.code).toBe('timeout')
    expect(err.message).toContain('0.3 秒以内に応答しませんでした')
    expect(Date.now() - started).toBeLessThan(1_500)
  })
})

describe('lookup by PMCID (converter → esummary, or Europe PMC)', () => {
  it('converts the PMCID to its PMID and reads PubMed', async () => {
    const result = await lookupReference({ kind: 'pmcid', value: IDS.testPmcid }, config)
    expect(result.sources).toEqual(['pmc-idconv', 'pubmed'])
    expect(result.record).toMatchObject({
      title: TEST_ARTICLE.title,
      pmid: IDS.testPmid,
      pmcid: IDS.testPmcid,
      doi: IDS.testDoi,
    })
  })

  it('asks Europe PMC for a PMC article without a PMID', async () => {
    const result = await lookupReference({ kind: 'pmcid', value: IDS.noPmidPmcid }, config)
    expect(result.sources).toEqual(['pmc-idconv', 'europepmc'])
    expect(result.record).toMatchObject({
      title: NO_PMID_ARTICLE.title,
      authors: 'Kato M',
      year: 2025,
      pmcid: IDS.noPmidPmcid,
      doi: IDS.noPmidDoi,
    })
    expect(result.record.pmid).toBeUndefined()
  })

  it('an unknown PMCID is not found in either', async () => {
    const err = await failure(lookupReference({ kind: 'pmcid', value: IDS.unknownPmcid }, config))
    expect(err.code).toBe('not-found')
    expect(err.message).toContain('PMC ID Converter・Europe PMC に見つかりませんでした')
  })
})

describe('identifiers', () => {
  it('normalises what people paste and refuses what is not an identifier', () => {
    expect(parseIdentifier('doi', ' https://doi.org/10.7150/IJBS.80430 ')).toEqual({
      kind: 'doi',
      value: '10.7150/ijbs.80430',
    })
    expect(parseIdentifier('pmcid', '10789073')).toEqual({ kind: 'pmcid', value: 'PMC10789073' })
    expect(parseIdentifier('pmid', 'PMC123')).toBeNull()
    expect(parseIdentifier('doi', '11.1/x')).toBeNull()
    expect(parseIdentifier('pmid', 12345)).toBeNull()
  })
})
