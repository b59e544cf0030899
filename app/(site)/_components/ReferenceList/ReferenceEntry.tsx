import { evidenceLevelLabel } from '@/lib/domain'
import type { PublicReference } from '@/lib/queries/shared'
import { referenceLinks } from '@/lib/seo/url'

const host = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return url
  }
}

/** One bibliographic entry: authors, title, source, year, identifiers as links, evidence level. */
export function ReferenceEntry({ reference: r, showLevel = true }: { reference: PublicReference; showLevel?: boolean }) {
  const links = referenceLinks(r)
  return (
    <>
      <span className="ref-main">
        {r.authors ? <span className="ref-authors">{r.authors}. </span> : null}
        <cite className="ref-title">{r.title}</cite>
        {r.journal ? <span className="ref-journal">. {r.journal}</span> : null}
        {r.year ? <span className="ref-year">, {r.year}</span> : null}
        {r.accessedAt && !r.doi && !r.pmid && !r.pmcid ? (
          <span className="ref-accessed">（閲覧日：{r.accessedAt.slice(0, 10).replace(/-/g, '/')}）</span>
        ) : null}
      </span>
      <span className="ref-meta">
        {showLevel ? <span className={`evidence evidence-${r.evidenceLevel}`}>エビデンス：{evidenceLevelLabel(r.evidenceLevel)}</span> : null}
        {links.map((l) => (
          <a key={l.href} href={l.href} className="ref-link" rel="noopener noreferrer">
            {l.kind === 'url' ? `ウェブページ（${host(l.href)}）` : l.label}
          </a>
        ))}
      </span>
    </>
  )
}
