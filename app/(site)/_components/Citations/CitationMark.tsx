/** A numbered citation [n] linking to its entry in the reference list (which links back). */
export function CitationMark({ number, anchor }: { number: number; anchor: string }) {
  return (
    <sup className="cite">
      <a id={anchor} href={`#ref-${number}`} aria-label={`参考文献[${number}]`}>
        [{number}]
      </a>
    </sup>
  )
}
