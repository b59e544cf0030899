import { env } from '@/lib/env'

export const SITE_NAME = 'Hikaku'

/** Absolute URL of a site path, from SERVER_URL (read at run time). */
export const absoluteUrl = (path: string): string =>
  `${env.serverUrl}${path.startsWith('/') ? path : `/${path}`}`

export const paths = {
  home: () => '/',
  article: (slug: string) => `/articles/${slug}`,
  treatment: (slug: string) => `/treatments/${slug}`,
  component: (slug: string) => `/components/${slug}`,
  references: (page = 1) => (page > 1 ? `/references/page/${page}` : '/references'),
  search: (query?: string) => (query ? `/search?q=${encodeURIComponent(query)}` : '/search'),
}

/** Outbound links of a reference, most authoritative first. */
export function referenceLinks(ref: {
  doi?: string | null
  pmid?: string | null
  pmcid?: string | null
  url?: string | null
}) {
  const links: { kind: 'doi' | 'pubmed' | 'pmc' | 'url'; label: string; href: string }[] = []
  if (ref.doi)
    links.push({ kind: 'doi', label: `DOI: ${ref.doi}`, href: `https://doi.org/${ref.doi}` })
  if (ref.pmid)
    links.push({
      kind: 'pubmed',
      label: `PubMed: ${ref.pmid}`,
      href: `https://pubmed.ncbi.nlm.nih.gov/${ref.pmid}/`,
    })
  if (ref.pmcid)
    links.push({
      kind: 'pmc',
      label: `PMC: ${ref.pmcid}`,
      href: `https://pmc.ncbi.nlm.nih.gov/articles/${ref.pmcid}/`,
    })
  const known = links.map((l) => l.href)
  if (ref.url && !known.includes(ref.url))
    links.push({ kind: 'url', label: 'ウェブページ', href: ref.url })
  return links
}

/** The collections whose documents have a page of their own, at /<collection>/<slug>. */
export const PAGE_COLLECTIONS = ['articles', 'treatments', 'components'] as const
export type PageCollection = (typeof PAGE_COLLECTIONS)[number]

export const hasOwnPage = (collection: string): collection is PageCollection =>
  (PAGE_COLLECTIONS as readonly string[]).includes(collection)

/** The public path of a document of a page collection. */
export const documentPath = (collection: PageCollection, slug: string): string =>
  collection === 'articles'
    ? paths.article(slug)
    : collection === 'treatments'
      ? paths.treatment(slug)
      : paths.component(slug)

/** Which document page a path names (`/articles/x` → articles, x), if any. */
export function pageOfPath(path: string): { collection: PageCollection; slug: string } | null {
  const match = /^\/([a-z]+)\/([^/]+)$/.exec(path)
  if (!match || !hasOwnPage(match[1]!)) return null
  return { collection: match[1] as PageCollection, slug: match[2]! }
}

/** The admin's "preview" link: /next/preview checks the staff session, then enables draft mode. */
export const previewPath = (collection: PageCollection, slug: unknown): string | null => {
  if (typeof slug !== 'string' || !slug) return null
  return `/next/preview?path=${encodeURIComponent(documentPath(collection, slug))}`
}
