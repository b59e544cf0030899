import { env } from '@/lib/env'

export const SITE_NAME = 'Hikaku'

/** Absolute URL of a site path, from SERVER_URL (read at run time). */
export const absoluteUrl = (path: string): string => `${env.serverUrl}${path.startsWith('/') ? path : `/${path}`}`

export const paths = {
  home: () => '/',
  article: (slug: string) => `/articles/${slug}`,
  treatment: (slug: string) => `/treatments/${slug}`,
  component: (slug: string) => `/components/${slug}`,
  references: (page = 1) => (page > 1 ? `/references/page/${page}` : '/references'),
  search: (query?: string) => (query ? `/search?q=${encodeURIComponent(query)}` : '/search'),
}

/** Outbound links of a reference, most authoritative first. */
export function referenceLinks(ref: { doi?: string | null; pmid?: string | null; pmcid?: string | null; url?: string | null }) {
  const links: { kind: 'doi' | 'pubmed' | 'pmc' | 'url'; label: string; href: string }[] = []
  if (ref.doi) links.push({ kind: 'doi', label: `DOI: ${ref.doi}`, href: `https://doi.org/${ref.doi}` })
  if (ref.pmid) links.push({ kind: 'pubmed', label: `PubMed: ${ref.pmid}`, href: `https://pubmed.ncbi.nlm.nih.gov/${ref.pmid}/` })
  if (ref.pmcid) links.push({ kind: 'pmc', label: `PMC: ${ref.pmcid}`, href: `https://pmc.ncbi.nlm.nih.gov/articles/${ref.pmcid}/` })
  const known = links.map((l) => l.href)
  if (ref.url && !known.includes(ref.url)) links.push({ kind: 'url', label: 'ウェブページ', href: ref.url })
  return links
}

/** The admin's "preview" link: /next/preview checks the staff session, then enables draft mode. */
export const previewPath = (collection: 'articles' | 'treatments' | 'components', slug: unknown): string | null => {
  if (typeof slug !== 'string' || !slug) return null
  const path = collection === 'articles' ? paths.article(slug) : collection === 'treatments' ? paths.treatment(slug) : paths.component(slug)
  return `/next/preview?path=${encodeURIComponent(path)}`
}
