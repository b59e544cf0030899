import { ValidationError, type CollectionBeforeValidateHook, type Field } from 'payload'

/** Keys Payload itself manages on every document (and on upload documents). */
const SYSTEM_KEYS = new Set([
  'id',
  '_status',
  'createdAt',
  'updatedAt',
  'deletedAt',
  'filename',
  'mimeType',
  'filesize',
  'width',
  'height',
  'url',
  'thumbnailURL',
  'sizes',
  'focalX',
  'focalY',
])

type Unknown = { path: string; message: string }

function collect(
  fields: Field[],
  data: unknown,
  prefix: string,
  out: Unknown[],
  rowKeys: string[] = [],
): void {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return
  const known = new Map<string, Field>()
  const addFields = (list: Field[]) => {
    for (const field of list) {
      if ('name' in field && field.name) known.set(field.name, field)
      else if (field.type === 'row' || field.type === 'collapsible') addFields(field.fields)
      else if (field.type === 'tabs') {
        for (const tab of field.tabs) {
          if ('name' in tab && tab.name) known.set(tab.name, { ...tab, type: 'group' } as Field)
          else addFields(tab.fields)
        }
      }
    }
  }
  addFields(fields)
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key
    const field = known.get(key)
    if (!field) {
      if (prefix ? rowKeys.includes(key) : SYSTEM_KEYS.has(key)) continue
      out.push({ path, message: `不明なフィールドです：${path}（unknown field）` })
      continue
    }
    if (field.type === 'group' && 'fields' in field) collect(field.fields, value, path, out)
    if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, i) => collect(field.fields, row, `${path}.${i}`, out, ['id']))
    }
  }
}

/**
 * Refuses writes that carry fields the collection does not have (a typo, or an attempt to
 * smuggle data), with a 400 that names each one — instead of silently dropping them.
 */
export const rejectUnknownFields: CollectionBeforeValidateHook = ({ collection, data }) => {
  const unknown: Unknown[] = []
  collect(collection.fields as Field[], data, '', unknown)
  if (unknown.length) throw new ValidationError({ collection: collection.slug, errors: unknown })
  return data
}
