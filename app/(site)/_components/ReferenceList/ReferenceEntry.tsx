import { evidenceLevelLabel } from '@/lib/domain'
import type { PublicReference } from '@/lib/queries/shared'
import { hostOf, identifierLabel, isVerified, UNVERIFIED_NOTE } from '@/lib/references/display'
import { referenceLinks } from '@/lib/seo/url'

/**
 * One bibliographic entry. A verified reference shows authors, title, source, year,
 * volume(issue):pages; an unverified one shows only its identifier, marked as unconfirmed,
 * so that no unchecked (or guessed) title reaches a visitor. Both end with their links.
 */
export function ReferenceEntry({
  reference: r,
  showLevel = true,
}: {
  reference: PublicReference
  showLevel?: boolean
}) {
  const links = referenceLinks(r)
  const webOnly = !r.doi && !r.pmid && !r.pmcid
  return (
    <>
      {isVerified(r) ? (
        <span className="ref-main">
          {r.authors ? <span className="ref-authors">{r.authors}. </span> : null}
          <cite className="ref-title">{r.title || identifierLabel(r)}</cite>
          {r.journal ? <span className="ref-journal">. {r.journal}</span> : null}
          {r.year ? <span className="ref-year">, {r.year}</span> : null}
          {r.volume ? (
            <span className="ref-volume">
              ;{r.volume}
              {r.issue ? `(${r.issue})` : ''}
              {r.pages ? `:${r.pages}` : ''}
            </span>
          ) : null}
          {r.accessedAt && webOnly ? (
            <span className="ref-accessed">
              （閲覧日：{r.accessedAt.slice(0, 10).replace(/-/g, '/')}）
            </span>
          ) : null}
        </span>
      ) : (
        <span className="ref-main ref-unverified">
          <span className="ref-identifier">{identifierLabel(r)}</span>
          <span className="ref-unverified-note">（{UNVERIFIED_NOTE}）</span>
          {r.accessedAt && webOnly ? (
            <span className="ref-accessed">
              （閲覧日：{r.accessedAt.slice(0, 10).replace(/-/g, '/')}）
            </span>
          ) : null}
        </span>
      )}
      <span className="ref-meta">
        {showLevel ? (
          <span className={`evidence evidence-${r.evidenceLevel}`}>
            エビデンス：{evidenceLevelLabel(r.evidenceLevel)}
          </span>
        ) : null}
        {links.map((l) => (
          <a key={l.href} href={l.href} className="ref-link" rel="noopener noreferrer">
            {l.kind === 'url' ? `ウェブページ（${hostOf(l.href)}）` : l.label}
          </a>
        ))}
      </span>
    </>
  )
}
