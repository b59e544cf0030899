/**
 * Europe PMC REST search (format=json, resultType=lite) → `{ hitCount, resultList: { result: [{
 * pmid, pmcid, doi, title, authorString, journalTitle, pubYear, journalVolume, issue,
 * pageInfo, pubType }] } }`. Used for PMC articles that have no PMID.
 */
import { LookupError } from './errors'
import { endpoint, getJson, nonEmpty, plainTitle, yearOf } from './http'
import type { LookupIdentifier } from './identifiers'
import type { BibliographicRecord, LookupConfig } from './types'

type Hit = {
  pmid?: string
  pmcid?: string
  doi?: string
  title?: string
  authorString?: string
  journalTitle?: string
  pubYear?: string
  journalVolume?: string
  issue?: string
  pageInfo?: string
  pubType?: string
}

const QUERY: Record<LookupIdentifier['kind'], (value: string) => string> = {
  pmcid: (v) => `PMCID:${v}`,
  pmid: (v) => `EXT_ID:${v} AND SRC:MED`,
  doi: (v) => `DOI:"${v}"`,
}

export async function europePmcRecord(
  id: LookupIdentifier,
  config: LookupConfig,
): Promise<BibliographicRecord> {
  const url = endpoint(config.europePmcUrl, 'search', {
    query: QUERY[id.kind](id.value),
    format: 'json',
    resultType: 'lite',
    pageSize: '1',
  })
  const response = await getJson('europepmc', url, config)
  const hit =
    response.status === 'ok'
      ? (response.body as { resultList?: { result?: Hit[] } })?.resultList?.result?.[0]
      : undefined
  if (!hit?.title) throw LookupError.notFound('europepmc', id)
  return {
    title: plainTitle(hit.title)?.replace(/\.$/, ''),
    authors: nonEmpty(hit.authorString)?.replace(/\.$/, ''),
    journal: nonEmpty(hit.journalTitle),
    year: yearOf(hit.pubYear),
    volume: nonEmpty(hit.journalVolume),
    issue: nonEmpty(hit.issue),
    pages: nonEmpty(hit.pageInfo),
    doi: nonEmpty(hit.doi)?.toLowerCase(),
    pmid: nonEmpty(hit.pmid),
    pmcid: nonEmpty(hit.pmcid),
    kind: /review/i.test(hit.pubType ?? '') ? 'review' : 'journal-article',
  }
}
