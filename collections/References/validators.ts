/** Identifier formats of a reference, normalised before they are validated and stored. */

export const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/
export const PMID_PATTERN = /^\d{1,9}$/
export const PMCID_PATTERN = /^PMC\d+$/

export const normalizeDoi = (value: unknown) =>
  typeof value === 'string'
    ? value.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '').toLowerCase() || null
    : value

export const normalizePmcid = (value: unknown) =>
  typeof value === 'string' ? value.trim().toUpperCase().replace(/^(\d+)$/, 'PMC$1') || null : value

export const normalizeTrimmed = (value: unknown) => (typeof value === 'string' ? value.trim() || null : value)

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && Boolean(url.hostname)
  } catch {
    return false
  }
}
