/** Small helpers for reading loosely typed document values. */

export type Doc = Record<string, unknown>

export function isObject(value: unknown): value is Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Reads a dotted path ('safety.risks', 'clinicalApplications.0.finding'). */
export function getPath(obj: unknown, path: string): unknown {
  let current: unknown = obj
  for (const key of path.split('.')) {
    if (Array.isArray(current)) current = current[Number(key)]
    else if (isObject(current)) current = current[key]
    else return undefined
  }
  return current
}

/**
 * A relationship value as a string id. Payload gives ids (number | string) at depth 0 and
 * populated documents ({ id, … }) deeper; polymorphic ones arrive as { relationTo, value }.
 */
export function relationId(value: unknown): string | undefined {
  if (typeof value === 'number' || typeof value === 'string') return String(value)
  if (isObject(value)) {
    if ('relationTo' in value && 'value' in value) return relationId(value.value)
    if (typeof value.id === 'number' || typeof value.id === 'string') return String(value.id)
  }
  return undefined
}

export function relationIds(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value == null ? [] : [value]
  return list.map(relationId).filter((id): id is string => id !== undefined)
}

/** Values that mean "not written yet". 'なし' is here too: "risks: なし" is not a disclosure. */
const PLACEHOLDERS = new Set([
  '-',
  '—',
  'ー',
  '―',
  '未定',
  '未記入',
  '準備中',
  '調整中',
  'なし',
  '無し',
  'tbd',
  'todo',
  'n/a',
  'na',
  '...',
  '…',
  '※',
])

export function isFilledText(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value)
  if (typeof value !== 'string') return false
  const text = value.normalize('NFKC').trim().toLowerCase()
  return text.length > 0 && !PLACEHOLDERS.has(text)
}

export function isFilledNumber(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value > 0
}

export function textOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}
