/**
 * NCBI E-utilities esummary (db=pubmed, retmode=json) → `{ result: { uids: ['…'], '<pmid>': {
 * title, authors: [{ name: 'Yang G' }], source, pubdate, volume, issue, pages, pubtype,
 * articleids: [{ idtype: 'doi' | 'pmc' | 'pubmed', value }] } } }`. An unknown PMID comes back
 * as `{ uid, error: 'cannot get document summary' }` (HTTP 200).
 */
import { LookupError } from './errors'
import { endpoint, getJson, nonEmpty, plainTitle, yearOf } from './http'
import type { BibliographicRecord, LookupConfig } from './types'

type Summary = {
  uid?: string
  error?: string
  title?: string
  authors?: { name?: string }[]
  source?: string
  pubdate?: string
  epubdate?: string
  volume?: string
  issue?: string
  pages?: string
  pubtype?: string[]
  articleids?: { idtype?: string; value?: string }[]
}

export async function pubmedSummary(
  pmid: string,
  config: LookupConfig,
): Promise<BibliographicRecord> {
  const url = endpoint(config.eutilsUrl, 'esummary.fcgi', {
    db: 'pubmed',
    id: pmid,
    retmode: 'json',
    tool: 'hikaku',
    email: config.contactEmail,
    api_key: config.ncbiApiKey,
  })
  const response = await getJson('pubmed', url, config)
  const result =
    response.status === 'ok'
      ? (response.body as { result?: Record<string, unknown> })?.result
      : undefined
  const summary = result?.[pmid] as Summary | undefined
  if (!summary || summary.error || !summary.title)
    throw LookupError.notFound('pubmed', { kind: 'pmid', value: pmid })
  const articleId = (type: string) =>
    nonEmpty(summary.articleids?.find((a) => a.idtype === type)?.value)
  const pmcid = articleId('pmc') ?? articleId('pmcid')?.match(/PMC\d+/)?.[0]
  return {
    title: plainTitle(summary.title)?.replace(/\.$/, ''),
    authors: summary.authors?.length
      ? summary.authors
          .map((a) => a.name?.trim())
          .filter(Boolean)
          .join(', ')
      : undefined,
    journal: nonEmpty(summary.source),
    year: yearOf(summary.pubdate) ?? yearOf(summary.epubdate),
    volume: nonEmpty(summary.volume),
    issue: nonEmpty(summary.issue),
    pages: nonEmpty(summary.pages),
    doi: articleId('doi')?.toLowerCase(),
    pmid,
    pmcid,
    kind: summary.pubtype?.some((t) => /review/i.test(t)) ? 'review' : 'journal-article',
  }
}
