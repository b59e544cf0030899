import Link from 'next/link'

import { collectionLabel } from '@/lib/domain'
import type { SearchHit } from '@/lib/search'

/** Search results: title link, what it is, and the excerpt (escaped HTML with <mark> around hits). */
export function SearchResults({ hits }: { hits: SearchHit[] }) {
  return (
    <ol className="search-results">
      {hits.map((hit) => {
        const external = /^https?:\/\//.test(hit.path)
        return (
          <li key={`${hit.collection}-${hit.id}`}>
            <p className="search-kind">{collectionLabel(hit.collection)}</p>
            <h2>
              {external ? (
                <a href={hit.path} rel="noopener noreferrer">
                  {hit.title}
                </a>
              ) : (
                <Link href={hit.path}>{hit.title}</Link>
              )}
            </h2>
            {/* lib/search/snippet.ts escapes the text; only its <mark> elements are markup. */}
            <p className="search-snippet" dangerouslySetInnerHTML={{ __html: hit.snippet }} />
          </li>
        )
      })}
    </ol>
  )
}
