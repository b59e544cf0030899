/**
 * How a reference is named where its bibliographic data is not confirmed: by its identifier,
 * never by a title (which may be a guess). "PMC10789073", "PMID 12345678", "doi:10.1/x",
 * "example.jp のウェブページ" (a web page), "mdpi.com/2079-4991/14/7/639" (a document's address).
 */
export type Identified = {
  kind?: string | null
  doi?: string | null
  pmid?: string | null
  pmcid?: string | null
  url?: string | null
}

export function identifierLabel(ref: Identified): string {
  if (ref.pmcid) return ref.pmcid
  if (ref.pmid) return `PMID ${ref.pmid}`
  if (ref.doi) return `doi:${ref.doi}`
  if (ref.url)
    return ref.kind === 'web-page' ? `${hostOf(ref.url)} のウェブページ` : addressOf(ref.url)
  return '識別子なし'
}

/** An address without its scheme, "www." and trailing slash. */
export function addressOf(url: string): string {
  try {
    const u = new URL(url)
    return `${u.hostname.replace(/^www\./, '')}${u.pathname === '/' ? '' : u.pathname.replace(/\/$/, '')}`
  } catch {
    return url
  }
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return url
  }
}

export const UNVERIFIED_NOTE = '書誌情報未確認'

/** Whether a reference's bibliographic data was confirmed by a physician or admin. */
export const isVerified = (ref: { verificationStatus?: string | null }) =>
  ref.verificationStatus === 'verified'
