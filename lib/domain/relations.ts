/**
 * Relationship values as Payload returns them: an id at depth 0, the populated document
 * (`{ id, … }`) deeper, `{ relationTo, value }` for a polymorphic relationship, or `null`.
 * One helper for each question a caller asks of them.
 */
export type Id = number | string
export type Relation<T extends { id: Id } = { id: Id }> = Id | T | null | undefined

/** The id of a relationship value, populated or not, polymorphic or not. */
export function relationId(value: unknown): Id | undefined {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (!value || typeof value !== 'object') return undefined
  if ('relationTo' in value && 'value' in value) return relationId(value.value)
  return 'id' in value ? relationId(value.id) : undefined
}

/** The ids of a hasMany relationship, without empty values. */
export const relationIds = (values: unknown): Id[] =>
  (Array.isArray(values) ? values : []).map(relationId).filter((id): id is Id => id !== undefined)

/** A populated relationship, or undefined when it stayed an id (e.g. a draft the reader may not see). */
export const populated = <T extends { id: Id }>(value: Relation<T>): T | undefined =>
  value && typeof value === 'object' ? value : undefined

export const populatedList = <T extends { id: Id }>(
  values: readonly Relation<T>[] | null | undefined,
): T[] => (values ?? []).map(populated).filter((v): v is T => v !== undefined)

/** Whether two ids are the same document (ids arrive as numbers from the database and as strings from URLs). */
export const sameId = (a: Id | null | undefined, b: Id | null | undefined): boolean =>
  a != null && b != null && String(a) === String(b)
