/** What a bibliographic database tells us about a paper, in the reference collection's terms. */

export type LookupSource = 'crossref' | 'pubmed' | 'pmc-idconv' | 'europepmc'

export const LOOKUP_SOURCE_NAMES: Record<LookupSource, string> = {
  crossref: 'Crossref',
  pubmed: 'PubMed（NCBI E-utilities）',
  'pmc-idconv': 'PMC ID Converter',
  europepmc: 'Europe PMC',
}

/** The bibliographic fields a lookup can fill; a field the source does not give is absent. */
export interface BibliographicRecord {
  title?: string
  /** Vancouver style: "Yang G, Waheed S, Wang C". */
  authors?: string
  journal?: string
  year?: number
  volume?: string
  issue?: string
  pages?: string
  doi?: string
  pmid?: string
  pmcid?: string
  kind?: 'journal-article' | 'review'
}

export const BIBLIOGRAPHIC_FIELDS = [
  'title',
  'authors',
  'journal',
  'year',
  'volume',
  'issue',
  'pages',
  'doi',
  'pmid',
  'pmcid',
  'kind',
] as const satisfies readonly (keyof BibliographicRecord)[]

export type BibliographicField = (typeof BIBLIOGRAPHIC_FIELDS)[number]

export interface LookupResult {
  record: BibliographicRecord
  /** Every database the record was read from, in the order they were asked. */
  sources: LookupSource[]
  /** What the record lacks because a secondary source failed (e.g. no PMID: the converter timed out). */
  notes: string[]
}

/** Where the lookup clients send their requests; lib/env.ts gives the public defaults. */
export interface LookupConfig {
  crossrefUrl: string
  eutilsUrl: string
  idconvUrl: string
  europePmcUrl: string
  timeoutMs: number
  /** Sent as Crossref's `mailto` and NCBI's `email`, as both ask of API clients. */
  contactEmail?: string
  ncbiApiKey?: string
}
