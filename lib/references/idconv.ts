/**
 * PMC ID Converter (format=json) → `{ status: 'ok', records: [{ pmcid, pmid, doi,
 * 'requested-id' }] }`. An id PMC does not know comes back as a record with
 * `status: 'error', errmsg` (HTTP 200). It only knows articles that are in PMC.
 */
import { endpoint, getJson, nonEmpty } from './http'
import type { LookupIdentifier } from './identifiers'
import type { LookupConfig } from './types'

export type ConvertedIds = { pmcid?: string; pmid?: string; doi?: string }

/** The PMCID, PMID and DOI of one article, or null when PMC does not know the id. */
export async function convertIds(
  id: LookupIdentifier,
  config: LookupConfig,
): Promise<ConvertedIds | null> {
  const url = endpoint(config.idconvUrl, '', {
    ids: id.value,
    idtype: id.kind,
    format: 'json',
    versions: 'no',
    tool: 'hikaku',
    email: config.contactEmail,
    api_key: config.ncbiApiKey,
  })
  const response = await getJson('pmc-idconv', url, config)
  if (response.status === 'not-found') return null
  const record = (response.body as { records?: Record<string, unknown>[] })?.records?.[0]
  if (!record || record.status === 'error') return null
  const ids: ConvertedIds = {
    pmcid: nonEmpty(record.pmcid),
    pmid: nonEmpty(record.pmid),
    doi: nonEmpty(record.doi)?.toLowerCase(),
  }
  return ids.pmcid || ids.pmid || ids.doi ? ids : null
}
