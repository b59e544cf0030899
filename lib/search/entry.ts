/**
 * What the site search stores for one published document: the title shown in the results,
 * the public path, the plain text (snippets and trigram matching) and the analyser's tokens
 * of the title and of the text (full-text matching). Built from the published document only
 * (the search plugin calls this from the document's afterChange when it is published).
 */
import type { Analyzer } from '@/lib/compliance/analyzer'
import { extractSegments } from '@/lib/compliance'
import type { Doc } from '@/lib/compliance/values'
import type { ReviewedCollection } from '@/lib/domain'
import { identifierLabel, isVerified, UNVERIFIED_NOTE } from '@/lib/references/display'
import { paths, referenceLinks } from '@/lib/seo/url'

import { searchTokens } from './tokens'

export type SearchEntry = {
  title: string
  path: string
  content: string
  tokens: string
  titleTokens: string
}

type ReferenceDoc = Doc & {
  title?: string | null
  authors?: string | null
  journal?: string | null
  year?: number | null
  kind?: string | null
  doi?: string | null
  pmid?: string | null
  pmcid?: string | null
  url?: string | null
  verificationStatus?: string | null
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '')

/** A reference is named and described only by what the public page shows: unverified ones by their identifiers. */
function referenceText(ref: ReferenceDoc): { title: string; text: string[]; path: string } {
  const ids = [ref.doi && `doi:${ref.doi}`, ref.pmid && `PMID ${ref.pmid}`, ref.pmcid].filter(
    (v): v is string => Boolean(v),
  )
  const path = referenceLinks(ref)[0]?.href ?? paths.references()
  if (!isVerified(ref))
    return { title: `${identifierLabel(ref)}（${UNVERIFIED_NOTE}）`, text: ids, path }
  return {
    title: str(ref.title),
    text: [str(ref.authors), str(ref.journal), ref.year ? String(ref.year) : '', ...ids],
    path,
  }
}

/** Title, path and text of a document, as its public page shows them. */
export function documentText(
  collection: ReviewedCollection,
  doc: Doc,
): { title: string; path: string; content: string } {
  if (collection === 'references') {
    const { title, text, path } = referenceText(doc as ReferenceDoc)
    return { title, path, content: [title, ...text].filter(Boolean).join('\n') }
  }
  const slug = str(doc.slug)
  const title = str(collection === 'articles' ? doc.title : doc.name)
  const path =
    collection === 'articles'
      ? paths.article(slug)
      : collection === 'treatments'
        ? paths.treatment(slug)
        : paths.component(slug)
  const content = extractSegments(collection, doc)
    .map((s) => s.text.trim())
    .filter(Boolean)
    .join('\n')
  return { title, path, content }
}

export function searchEntry(
  analyzer: Analyzer,
  collection: ReviewedCollection,
  doc: Doc,
): SearchEntry {
  const { title, path, content } = documentText(collection, doc)
  return {
    title,
    path,
    content,
    tokens: searchTokens(analyzer, content).join(' '),
    titleTokens: searchTokens(analyzer, title).join(' '),
  }
}
