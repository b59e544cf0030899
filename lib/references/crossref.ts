/**
 * Crossref REST API: GET /works/{doi} → `{ status: 'ok', message: { title: [..], author: [{ given,
 * family }], 'container-title': [..], issued: { 'date-parts': [[2023, 2, 27]] }, volume, issue,
 * page, DOI, type } }`; an unknown DOI answers 404.
 */
import { LookupError } from './errors'
import { endpoint, getJson, nonEmpty, plainTitle } from './http'
import type { LookupIdentifier } from './identifiers'
import type { BibliographicRecord, LookupConfig } from './types'

type CrossrefAuthor = { given?: string; family?: string; name?: string }
type CrossrefDate = { 'date-parts'?: (number | null)[][] }
type CrossrefWork = {
  title?: string[]
  author?: CrossrefAuthor[]
  'container-title'?: string[]
  issued?: CrossrefDate
  'published-print'?: CrossrefDate
  'published-online'?: CrossrefDate
  volume?: string
  issue?: string
  page?: string
  DOI?: string
}

export async function crossrefWork(
  doi: string,
  config: LookupConfig,
): Promise<BibliographicRecord> {
  const url = endpoint(config.crossrefUrl, `works/${encodeURIComponent(doi)}`, {
    mailto: config.contactEmail,
  })
  const response = await getJson('crossref', url, config)
  const id: LookupIdentifier = { kind: 'doi', value: doi }
  if (response.status === 'not-found') throw LookupError.notFound('crossref', id)
  const work = (response.body as { message?: CrossrefWork })?.message
  if (!work || typeof work !== 'object')
    throw LookupError.badResponse('crossref', 'message がありません')
  return {
    title: plainTitle(work.title?.[0]),
    authors: work.author?.length
      ? work.author.map(vancouverName).filter(Boolean).join(', ')
      : undefined,
    journal: plainTitle(work['container-title']?.[0]),
    year: firstYear(work.issued, work['published-print'], work['published-online']),
    volume: nonEmpty(work.volume),
    issue: nonEmpty(work.issue),
    pages: nonEmpty(work.page),
    doi: nonEmpty(work.DOI)?.toLowerCase() ?? doi,
    // No kind: Crossref's 'journal-article' covers reviews too, so it cannot tell them apart.
  }
}

/** "Jean-Pierre" "Dupont" → "Dupont JP"; an organisation keeps its name. */
export function vancouverName(author: CrossrefAuthor): string {
  if (!author.family) return author.name?.trim() ?? ''
  const initials = (author.given ?? '')
    .split(/[\s.\-]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase())
    .join('')
  return initials ? `${author.family.trim()} ${initials}` : author.family.trim()
}

function firstYear(...dates: (CrossrefDate | undefined)[]): number | undefined {
  for (const date of dates) {
    const year = date?.['date-parts']?.[0]?.[0]
    if (typeof year === 'number') return year
  }
  return undefined
}
