import type { Field } from 'payload'

import { lexicalBlocks } from '@/lib/compliance'
import { isObject } from '@/lib/compliance/values'

export interface OversizedValue {
  path: string
  message: string
}

/** Characters of text in a value: a string's length, or the text of a rich-text (Lexical) value. */
function textLength(value: unknown): number {
  if (typeof value === 'string') return value.length
  if (!isObject(value)) return 0
  let n = 0
  for (const block of lexicalBlocks(value)) n += block.text.length
  return n
}

/**
 * The text values of `data` longer than their field allows (`maxLength` of text and textarea
 * fields, `custom.maxLength` of rich text), with a message naming each. Walks the field
 * configuration (bounded) and the rows of arrays and blocks (a loop, not recursion on the data).
 */
export function oversizedText(fields: Field[], data: unknown, prefix = ''): OversizedValue[] {
  if (!isObject(data)) return []
  const found: OversizedValue[] = []
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      found.push(...oversizedText(field.fields, data, prefix))
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        found.push(
          ...('name' in tab && tab.name
            ? oversizedText(tab.fields, data[tab.name], `${prefix}${tab.name}.`)
            : oversizedText(tab.fields, data, prefix)),
        )
      }
      continue
    }
    if (!('name' in field) || !field.name) continue
    const path = `${prefix}${field.name}`
    const value = data[field.name]
    const max =
      field.type === 'text' || field.type === 'textarea'
        ? field.maxLength
        : field.type === 'richText'
          ? (field.custom?.maxLength as number | undefined)
          : undefined
    if (max !== undefined && textLength(value) > max) {
      found.push({
        path,
        message: `${path}: ${max.toLocaleString('ja-JP')}文字以内で入力してください（longer than ${max} characters）`,
      })
    }
    if (field.type === 'group') found.push(...oversizedText(field.fields, value, `${path}.`))
    if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, i) => found.push(...oversizedText(field.fields, row, `${path}.${i}.`)))
    }
    if (field.type === 'blocks' && Array.isArray(value)) {
      value.forEach((row, i) => {
        const block = isObject(row) ? field.blocks.find((b) => b.slug === row.blockType) : undefined
        if (block) found.push(...oversizedText(block.fields, row, `${path}.${i}.`))
      })
    }
  }
  return found
}
