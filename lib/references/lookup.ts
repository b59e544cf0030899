/**
 * Reference lookup: a DOI, PMID or PMCID → the bibliographic record, from the databases that
 * own each identifier.
 *
 *   DOI   → Crossref /works, then the PMC ID converter for the PMID and PMCID
 *   PMID  → PubMed esummary (it also lists the DOI and PMCID)
 *   PMCID → PMC ID converter → PubMed esummary for its PMID; Europe PMC when PMC gives no PMID
 *
 * Why a small client rather than citation-js (@citation-js/plugin-doi, plugin-pubmed): the DOI
 * plugin always asks https://doi.org/<doi> (content negotiation) and the PubMed plugin NCBI's
 * citation exporter, both with fixed hosts that cannot be pointed at a recorded-response
 * server; its fetch has no timeout and sets no way to tell a 429 from other failures; and it
 * covers neither esummary, the PMC ID converter nor Europe PMC. The four JSON formats are
 * small and documented; each client is one file here.
 */
import { LookupError } from './errors'
import { convertIds, type ConvertedIds } from './idconv'
import { crossrefWork } from './crossref'
import { europePmcRecord } from './europepmc'
import type { LookupIdentifier } from './identifiers'
import { pubmedSummary } from './pubmed'
import { LOOKUP_SOURCE_NAMES, type LookupConfig, type LookupResult } from './types'

export async function lookupReference(
  id: LookupIdentifier,
  config: LookupConfig,
): Promise<LookupResult> {
  switch (id.kind) {
    case 'doi': {
      const record = await crossrefWork(id.value, config)
      const { ids, note } = await secondary(() => convertIds(id, config))
      return {
        record: { ...record, pmid: ids?.pmid, pmcid: ids?.pmcid },
        sources: ids ? ['crossref', 'pmc-idconv'] : ['crossref'],
        notes: note ? [note] : [],
      }
    }
    case 'pmid':
      return { record: await pubmedSummary(id.value, config), sources: ['pubmed'], notes: [] }
    case 'pmcid': {
      const ids = await convertIds(id, config)
      if (ids?.pmid) {
        const record = await pubmedSummary(ids.pmid, config)
        return {
          record: { ...record, pmcid: record.pmcid ?? id.value, doi: record.doi ?? ids.doi },
          sources: ['pmc-idconv', 'pubmed'],
          notes: [],
        }
      }
      try {
        const record = await europePmcRecord(id, config)
        return {
          record: { ...record, pmcid: record.pmcid ?? id.value, doi: record.doi ?? ids?.doi },
          sources: ['pmc-idconv', 'europepmc'],
          notes: [],
        }
      } catch (err) {
        if (err instanceof LookupError && err.code === 'not-found')
          throw LookupError.notFound(['pmc-idconv', 'europepmc'], id)
        throw err
      }
    }
  }
}

/** A lookup that only adds identifiers: its failure leaves them out, with a note saying why. */
async function secondary(
  fn: () => Promise<ConvertedIds | null>,
): Promise<{ ids: ConvertedIds | null; note?: string }> {
  try {
    return { ids: await fn() }
  } catch (err) {
    if (!(err instanceof LookupError)) throw err
    return { ids: null, note: `PMID・PMCID は取得できませんでした：${err.message}` }
  }
}

export { LOOKUP_SOURCE_NAMES }
