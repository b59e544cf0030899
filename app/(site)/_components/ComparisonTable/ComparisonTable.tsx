import Link from 'next/link'

import type { ComparedTreatment } from '@/lib/queries/article'
import { paths } from '@/lib/seo/url'

import { CitationMark } from '../Citations/CitationMark'
import { RichText } from '../RichText/RichText'
import type { Cell, ComparisonRow } from './buildComparisonRows'

type Props = {
  treatments: Pick<ComparedTreatment, 'id' | 'name' | 'slug'>[]
  rows: ComparisonRow[]
  numberOf: (refId: string | number) => number | undefined
  caption?: string
}

function Lines({ text }: { text: string }) {
  const lines = text.split(/\n+/).filter(Boolean)
  return lines.length <= 1 ? (
    <>{text}</>
  ) : (
    <>
      {lines.map((l, i) => (
        <p key={i}>{l}</p>
      ))}
    </>
  )
}

export function CellContent({ cell, numberOf }: { cell: Cell; numberOf: Props['numberOf'] }) {
  switch (cell.kind) {
    case 'empty':
      return (
        <span className="cell-empty">
          <span aria-hidden="true">—</span>
          <span className="visually-hidden">情報なし</span>
        </span>
      )
    case 'text':
      return <Lines text={cell.text} />
    case 'rich':
      return <RichText state={cell.state} numberOf={numberOf} />
    case 'components':
      return (
        <ul className="cell-list">
          {cell.items.map((c, i) => (
            <li key={i}>
              {c.slug ? <Link href={paths.component(c.slug)}>{c.name}</Link> : c.name}
              {c.role ? <span className="cell-note">：{c.role}</span> : null}
            </li>
          ))}
        </ul>
      )
    case 'items':
      return (
        <ul className="cell-list">
          {cell.items.map((item, i) => (
            <li key={i}>
              {item.label ? <strong className="cell-label">{item.label}</strong> : null}
              {item.text ? <Lines text={item.text} /> : null}
              {item.note ? <span className="cell-evidence">（{item.note}）</span> : null}
              {(item.citations ?? []).map((c) => {
                const n = numberOf(c.refId)
                return n ? <CitationMark key={c.anchor} number={n} anchor={c.anchor} /> : null
              })}
            </li>
          ))}
        </ul>
      )
  }
}

/** The generated comparison table: one column per treatment, row headers on the left. */
export function ComparisonTable({ treatments, rows, numberOf, caption = '比較表' }: Props) {
  if (!rows.length || !treatments.length) return null
  return (
    <div className="comparison">
      <table className="comparison-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="comparison-corner">
              項目
            </th>
            {treatments.map((t) => (
              <th scope="col" key={t.id}>
                <Link href={paths.treatment(t.slug)}>{t.name}</Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, i) => (
                <td key={i} data-label={treatments[i]?.name}>
                  <CellContent cell={cell} numberOf={numberOf} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
