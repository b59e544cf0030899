import { isVerified, UNVERIFIED_NOTE } from '@/lib/references/display'

import type { CitationEntry } from '../Citations/buildCitationIndex'
import { ReferenceEntry } from './ReferenceEntry'

/** Shown under a list that has unverified entries: what the mark means. */
export function UnverifiedNote() {
  return (
    <p className="reference-note">
      「{UNVERIFIED_NOTE}
      」の文献は、当院の医師が書誌情報（タイトル・著者・掲載誌など）をまだ出典と照合していないため、識別子とリンクのみを表示しています。
    </p>
  )
}

/** The numbered reference list; each entry links back to where it is cited. */
export function ReferenceList({
  entries,
  uncitedFrom,
}: {
  entries: CitationEntry[]
  uncitedFrom: number
}) {
  if (!entries.length) return null
  return (
    <section className="references" aria-labelledby="references-heading">
      <h2 id="references-heading">参考文献</h2>
      <ol className="reference-list">
        {entries.map((e) => (
          <li
            key={e.reference.id}
            id={`ref-${e.number}`}
            value={e.number}
            data-kind={e.reference.kind}
            data-verified={isVerified(e.reference) ? 'true' : 'false'}
          >
            <span className="ref-number" aria-hidden="true">
              [{e.number}]
            </span>
            <ReferenceEntry reference={e.reference} />
            {e.anchors.length ? (
              <span className="backrefs">
                {e.anchors.map((anchor, i) => (
                  <a key={anchor} href={`#${anchor}`} className="backref">
                    <span aria-hidden="true">↑</span>
                    {e.anchors.length > 1 ? (
                      <span aria-hidden="true">{String.fromCharCode(97 + (i % 26))}</span>
                    ) : null}
                    <span className="visually-hidden">
                      本文の引用箇所{e.anchors.length > 1 ? `${i + 1}` : ''}へ戻る（参考文献[
                      {e.number}]）
                    </span>
                  </a>
                ))}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      {entries.some((e) => !isVerified(e.reference)) ? <UnverifiedNote /> : null}
      {uncitedFrom <= entries.length ? (
        <p className="reference-note">
          [{uncitedFrom}] 以降は本文中で直接引用していない関連文献です。
        </p>
      ) : null}
    </section>
  )
}
