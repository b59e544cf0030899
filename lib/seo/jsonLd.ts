import type { ArticlePageData } from '@/lib/queries/article'
import type { PublicReference } from '@/lib/queries/shared'

import { isVerified } from '@/lib/references/display'

import { absoluteUrl, paths, referenceLinks, SITE_NAME } from './url'

type JsonLd = Record<string, unknown>

const date = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : undefined)

/**
 * schema.org description of one reference. Like the visible list, an unverified reference
 * gives only its links and identifiers: no title, authors, journal or date that nobody checked.
 */
export function referenceJsonLd(ref: PublicReference): JsonLd {
  const links = referenceLinks(ref)
  const scholarly = ref.kind === 'journal-article' || ref.kind === 'review'
  const verified = isVerified(ref)
  return clean({
    '@type': scholarly ? 'ScholarlyArticle' : 'CreativeWork',
    name: verified ? ref.title || undefined : undefined,
    author: verified ? ref.authors || undefined : undefined,
    isPartOf:
      verified && ref.journal
        ? { '@type': scholarly ? 'Periodical' : 'WebSite', name: ref.journal }
        : undefined,
    datePublished: verified && ref.year ? String(ref.year) : undefined,
    url: links[0]?.href,
    sameAs: links.length > 1 ? links.slice(1).map((l) => l.href) : undefined,
    identifier: [
      ref.doi && { '@type': 'PropertyValue', propertyID: 'DOI', value: ref.doi },
      ref.pmid && { '@type': 'PropertyValue', propertyID: 'PMID', value: ref.pmid },
      ref.pmcid && { '@type': 'PropertyValue', propertyID: 'PMCID', value: ref.pmcid },
    ].filter(Boolean),
  })
}

/**
 * JSON-LD `MedicalWebPage` of an article: what it is about (the compared therapies), who
 * reviewed it and when, and every reference it cites, in citation order.
 */
export function articleJsonLd(data: ArticlePageData, citedInOrder: PublicReference[]): JsonLd {
  const { article, treatments, reviewer, settings } = data
  const url = absoluteUrl(paths.article(article.slug))
  return clean({
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': url,
    url,
    name: article.title,
    headline: article.title,
    description: article.meta?.description || article.lead,
    inLanguage: 'ja',
    audience: {
      '@type': 'MedicalAudience',
      audienceType: article.audience === 'professional' ? 'Clinician' : 'Patient',
    },
    about: treatments.map((t) =>
      clean({
        '@type': 'MedicalTherapy',
        name: t.name,
        alternateName: t.nameEn || undefined,
        url: absoluteUrl(paths.treatment(t.slug)),
      }),
    ),
    reviewedBy: reviewer
      ? clean({
          '@type': 'Person',
          name: reviewer.name,
          jobTitle: reviewer.qualification || undefined,
        })
      : undefined,
    lastReviewed: date(article.lastReviewedAt),
    dateModified: article.updatedAt,
    datePublished: article.createdAt,
    citation: citedInOrder.map(referenceJsonLd),
    publisher: { '@type': 'Organization', name: settings?.clinicName || SITE_NAME },
    isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: absoluteUrl('/') },
  })
}

/** Serialises JSON-LD for a <script> element: `<` is escaped so content cannot close the tag. */
/** schema.org `WebSite` of the home page, with the site search as its `SearchAction`. */
export function websiteJsonLd(): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: SITE_NAME,
    url: absoluteUrl(paths.home()),
    inLanguage: 'ja',
    potentialAction: {
      '@type': 'SearchAction',
      target: {
        '@type': 'EntryPoint',
        urlTemplate: `${absoluteUrl(paths.search())}?q={search_term_string}`,
      },
      'query-input': 'required name=search_term_string',
    },
  }
}

export const serializeJsonLd = (data: JsonLd): string =>
  JSON.stringify(data).replace(/</g, '\\u003c')

function clean<T extends Record<string, unknown>>(obj: T): T {
  for (const key of Object.keys(obj)) {
    const v = obj[key]
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0))
      delete obj[key]
  }
  return obj
}

/** JSON-LD `MedicalWebPage` of a treatment page, about the therapy itself. */
export function treatmentJsonLd(
  t: {
    name: string
    nameEn?: string | null
    slug: string
    summary: string
    lastReviewedAt?: string | null
    updatedAt: string
  },
  reviewer: { name: string; qualification: string | null } | null,
  citedInOrder: PublicReference[],
): JsonLd {
  const url = absoluteUrl(paths.treatment(t.slug))
  return clean({
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': url,
    url,
    name: t.name,
    description: t.summary,
    inLanguage: 'ja',
    about: clean({ '@type': 'MedicalTherapy', name: t.name, alternateName: t.nameEn || undefined }),
    reviewedBy: reviewer
      ? clean({
          '@type': 'Person',
          name: reviewer.name,
          jobTitle: reviewer.qualification || undefined,
        })
      : undefined,
    lastReviewed: date(t.lastReviewedAt),
    dateModified: t.updatedAt,
    citation: citedInOrder.map(referenceJsonLd),
  })
}
