import type { ComparisonRow } from './buildComparisonRows'
import { CellContent } from './ComparisonTable'

/** One treatment's structured fields as titled sections (the treatment page). */
export function FieldSections({
  rows,
  numberOf,
}: {
  rows: ComparisonRow[]
  numberOf: (refId: string | number) => number | undefined
}) {
  return (
    <>
      {rows.map((row) => (
        <section
          key={row.key}
          aria-labelledby={`field-${row.key}`}
          className={`field field-${row.key}`}
        >
          <h2 id={`field-${row.key}`}>{row.label}</h2>
          <CellContent cell={row.cells[0]!} numberOf={numberOf} />
        </section>
      ))}
    </>
  )
}
