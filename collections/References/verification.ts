import { BIBLIOGRAPHIC_FIELDS } from '@/lib/references/types'

/**
 * The verification record of a reference: who confirmed its bibliographic data, against which
 * source, when, with a note. The fields it covers are the ones a lookup fills and a visitor
 * reads; changing one of them without re-confirming returns the reference to unverified.
 */
export const VERIFICATION_STATUSES = ['unverified', 'verified'] as const
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number]

export const verificationSourceOptions = [
  { label: { ja: 'Crossref', en: 'Crossref' }, value: 'crossref' },
  { label: { ja: 'PubMed', en: 'PubMed' }, value: 'pubmed' },
  { label: { ja: 'PubMed Central（PMC）', en: 'PubMed Central (PMC)' }, value: 'pmc' },
  { label: { ja: 'Europe PMC', en: 'Europe PMC' }, value: 'europepmc' },
  { label: { ja: '出版社・発行元のページ', en: 'Publisher page' }, value: 'publisher' },
  { label: { ja: 'その他', en: 'Other' }, value: 'other' },
] as const

/** Sources that are not a database lookup by identifier need the address that was read. */
export const SOURCES_NEEDING_URL = ['publisher', 'other'] as const

/** The fields a verification vouches for: what a lookup fills (lib/references), and the address. */
export const VERIFIED_FIELDS = [...BIBLIOGRAPHIC_FIELDS, 'url'] as const

/** The verification record a person writes; the stamp (who, when) is the server's. */
export const VERIFICATION_INPUT_FIELDS = [
  'verificationStatus',
  'verificationSource',
  'verificationUrl',
  'verificationNote',
] as const
