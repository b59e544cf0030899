/**
 * Identifier formats of a reference (DOI, PMID, PMCID, URL): normalised before they are
 * validated, stored or sent to a bibliographic database.
 */

export const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/
export const PMID_PATTERN = /^\d{1,9}$/
export const PMCID_PATTERN = /^PMC\d+$/

export const normalizeDoi = (value: unknown) =>
  typeof value === 'string'
    ? value
        .trim()
        .replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '')
        .toLowerCase() || null
    : value

export const normalizePmcid = (value: unknown) =>
  typeof value === 'string'
    ? value
        .trim()
        .toUpperCase()
        .replace(/^(\d+)$/, 'PMC$1') || null
    : value

export const normalizeTrimmed = (value: unknown) =>
  typeof value === 'string' ? value.trim() || null : value

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && Boolean(url.hostname)
  } catch {
    return false
  }
}

export type LookupIdentifier = { kind: 'doi' | 'pmid' | 'pmcid'; value: string }

/**
 * Which identifier a lookup uses when a reference has several: PubMed first (it knows the
 * article type and the NLM journal abbreviation), then PMC, then Crossref.
 */
export const LOOKUP_ORDER = [
  'pmid',
  'pmcid',
  'doi',
] as const satisfies readonly LookupIdentifier['kind'][]

export const IDENTIFIER_LABELS = { doi: 'DOI', pmid: 'PMID', pmcid: 'PMCID', url: 'URL' } as const

/** Format messages, in Japanese with the field named, shared by the form and the lookup endpoint. */
export const IDENTIFIER_FORMAT_MESSAGES = {
  doi: 'DOI は「10.数字4〜9桁/…」の形式で入力してください（doi: invalid format）',
  pmid: 'PMID は数字のみで入力してください（pmid: digits only）',
  pmcid: 'PMCID は「PMC」に続く数字で入力してください（pmcid: PMC followed by digits）',
  url: 'URL は http:// または https:// で始まる正しい形式で入力してください（url: invalid URL）',
} as const

/** The normalised identifier, or null when it is malformed. */
export function parseIdentifier(
  kind: LookupIdentifier['kind'],
  raw: unknown,
): LookupIdentifier | null {
  if (typeof raw !== 'string') return null
  if (kind === 'doi') {
    const value = normalizeDoi(raw) as string | null
    return value && DOI_PATTERN.test(value) ? { kind, value } : null
  }
  if (kind === 'pmid') {
    const value = raw.trim()
    return PMID_PATTERN.test(value) ? { kind, value } : null
  }
  const value = normalizePmcid(raw) as string | null
  return value && PMCID_PATTERN.test(value) ? { kind, value } : null
}
