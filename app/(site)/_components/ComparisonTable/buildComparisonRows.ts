import { evidenceLevelLabel, relationId } from '@/lib/domain'
import type { ComparedComponent, ComparedTreatment } from '@/lib/queries/article'
import { citedReference, forEachCitation, type RichText } from '@/lib/richtext/citations'

/** A citation marker rendered at the end of a cell item: which reference, and its anchor id. */
export type CellCitation = { refId: string; anchor: string }

export type CellItem = { label?: string; text: string; note?: string; citations?: CellCitation[] }

export type Cell =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'items'; items: CellItem[] }
  | { kind: 'components'; items: { name: string; slug: string | null; role: string | null }[] }
  | { kind: 'rich'; state: RichText }

export type ComparisonRow = { key: RowKey; label: string; cells: Cell[] }

export const ROWS = [
  ['definition', '定義'],
  ['sourceCells', '由来細胞'],
  ['sizeStructure', '大きさ・構造'],
  ['components', '主な成分'],
  ['mechanism', '作用機序'],
  ['administration', '投与方法'],
  ['clinicalApplications', '臨床応用'],
  ['safety', '安全性'],
  ['duration', '効果の持続'],
  ['course', '治療期間・回数'],
  ['regulatory', '規制上の位置付け'],
  ['price', '費用の目安'],
] as const

export type RowKey = (typeof ROWS)[number][0]

const EMPTY: Cell = { kind: 'empty' }
const has = (s: string | null | undefined): s is string => Boolean(s && s.trim())
const yen = (n: number) => `${n.toLocaleString('ja-JP')}円`

export function formatPrice(price: ComparedTreatment['price']): string | null {
  const min = price?.minJpy ?? null
  const max = price?.maxJpy ?? null
  if (min === null && max === null) return null
  if (min !== null && max !== null) return min === max ? yen(min) : `${yen(min)}〜${yen(max)}`
  return min !== null ? `${yen(min)}〜` : `〜${yen(max!)}`
}

function formatMonths(d: ComparedTreatment['duration']): string | null {
  const min = d?.monthsMin ?? null
  const max = d?.monthsMax ?? null
  if (min === null && max === null) return null
  if (min !== null && max !== null) return min === max ? `約${min}か月` : `約${min}〜${max}か月`
  return min !== null ? `${min}か月以上` : `最長${max}か月程度`
}

type TextNode = { text?: string; children?: TextNode[] }

const hasText = (node: TextNode | undefined): boolean =>
  Boolean(
    node && ((typeof node.text === 'string' && node.text.trim()) || node.children?.some(hasText)),
  )

const richHasText = (state: RichText): boolean => hasText(state?.root)

const textCell = (s: string | null | undefined): Cell =>
  has(s) ? { kind: 'text', text: s } : EMPTY

function cellFor(key: RowKey, t: ComparedTreatment): Cell {
  switch (key) {
    case 'definition':
    case 'sourceCells':
    case 'sizeStructure':
    case 'administration':
      return textCell(t[key])
    case 'components': {
      const items = (t.components ?? [])
        .map((row) => {
          const c =
            row.component && typeof row.component === 'object'
              ? (row.component as ComparedComponent)
              : null
          return c ? { name: c.name, slug: c.slug ?? null, role: row.role ?? null } : null
        })
        .filter((v): v is NonNullable<typeof v> => v !== null)
      return items.length ? { kind: 'components', items } : EMPTY
    }
    case 'mechanism':
      return richHasText(t.mechanism as RichText)
        ? { kind: 'rich', state: t.mechanism as RichText }
        : EMPTY
    case 'clinicalApplications': {
      const items = (t.clinicalApplications ?? []).map((a, i): CellItem => ({
        label: a.area,
        text: a.finding,
        note: a.evidenceLevel ? `エビデンス：${evidenceLevelLabel(a.evidenceLevel)}` : undefined,
        citations: (a.references ?? [])
          .map((r) => relationId(r))
          .filter((id): id is number | string => id !== undefined)
          .map((id) => ({ refId: String(id), anchor: `cite-t${t.id}-a${i}-r${id}` })),
      }))
      return items.length ? { kind: 'items', items } : EMPTY
    }
    case 'safety': {
      const s = t.safety ?? {}
      const items = [
        ['主なリスク', s.risks],
        ['主な副作用', s.sideEffects],
        ['禁忌・注意が必要な方', s.contraindications],
      ]
        .filter((pair): pair is [string, string] => has(pair[1]))
        .map(([label, text]) => ({ label, text }))
      return items.length ? { kind: 'items', items } : EMPTY
    }
    case 'duration': {
      const months = formatMonths(t.duration)
      const text = t.duration?.text
      if (!months && !has(text)) return EMPTY
      return { kind: 'items', items: [{ label: months ?? undefined, text: has(text) ? text : '' }] }
    }
    case 'course': {
      const items = [
        ['治療期間', t.course?.period],
        ['回数', t.course?.sessions],
      ]
        .filter((pair): pair is [string, string] => has(pair[1]))
        .map(([label, text]) => ({ label, text }))
      return items.length ? { kind: 'items', items } : EMPTY
    }
    case 'regulatory': {
      const r = t.regulatory
      if (!r?.coverage && !r?.approval) return EMPTY
      const items: CellItem[] = []
      if (r.coverage)
        items.push({
          label: '診療区分',
          text: r.coverage === 'self-pay' ? '自由診療（公的医療保険の適用外）' : '保険診療',
        })
      if (r.approval)
        items.push({
          label: '国内での承認',
          text:
            r.approval === 'approved'
              ? '国内で承認された医薬品等を使用'
              : '国内未承認の医薬品等を使用',
        })
      return { kind: 'items', items }
    }
    case 'price': {
      const range = formatPrice(t.price)
      const note = t.price?.note
      if (!range && !has(note)) return EMPTY
      return { kind: 'items', items: [{ label: range ?? undefined, text: has(note) ? note : '' }] }
    }
  }
}

/**
 * The comparison table of an article, generated from the compared treatments' structured
 * fields: one column per treatment, one row per field, and a row is left out when no
 * compared treatment has data for it.
 */
export function buildComparisonRows(treatments: ComparedTreatment[]): ComparisonRow[] {
  return ROWS.map(([key, label]) => ({
    key,
    label,
    cells: treatments.map((t) => cellFor(key, t)),
  })).filter((row) => row.cells.some((c) => c.kind !== 'empty'))
}

/** Citation markers of the table in reading order (row by row, left to right). */
export function tableCitations(rows: ComparisonRow[]): CellCitation[] {
  const out: CellCitation[] = []
  for (const row of rows) {
    for (const cell of row.cells) {
      if (cell.kind === 'items') cell.items.forEach((item) => out.push(...(item.citations ?? [])))
      if (cell.kind === 'rich') out.push(...richCitations(cell.state))
    }
  }
  return out
}

/** Citation markers of inline citations in rich text; the anchor comes from the block id. */
export function richCitations(state: RichText): CellCitation[] {
  const out: CellCitation[] = []
  forEachCitation(state, (fields) => {
    const id = relationId(citedReference(fields))
    if (id !== undefined) out.push({ refId: String(id), anchor: citationAnchor(fields) })
  })
  return out
}

export const citationAnchor = (fields: Record<string, unknown>): string =>
  `cite-${String(fields.id ?? '')}`
