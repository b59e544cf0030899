import type { Field } from 'payload'

/** Upper bounds for free text, so an oversized value is refused with a 400 naming the field. */
export const TEXT_MAX = 500
export const TEXTAREA_MAX = 20_000
/** Rich text has no `maxLength` in Payload: its bound (characters of text) travels in `custom.maxLength`. */
export const RICH_TEXT_MAX = 100_000

/**
 * Gives every text and textarea field without its own `maxLength` the default bound, and every
 * rich-text field RICH_TEXT_MAX. The bounds are enforced before any hook reads the text
 * (hooks/rejectOversizedText.ts) and again by Payload's own validation.
 */
export function limitLengths(fields: Field[]): Field[] {
  return fields.map((field) => {
    switch (field.type) {
      case 'text':
        return field.hasMany || field.maxLength ? field : { ...field, maxLength: TEXT_MAX }
      case 'textarea':
        return field.maxLength ? field : { ...field, maxLength: TEXTAREA_MAX }
      case 'richText':
        return field.custom?.maxLength
          ? field
          : { ...field, custom: { ...field.custom, maxLength: RICH_TEXT_MAX } }
      case 'row':
      case 'collapsible':
      case 'group':
      case 'array':
        return { ...field, fields: limitLengths(field.fields) } as Field
      case 'tabs':
        return {
          ...field,
          tabs: field.tabs.map((tab) => ({ ...tab, fields: limitLengths(tab.fields) })),
        }
      case 'blocks':
        return {
          ...field,
          blocks: field.blocks.map((block) => ({ ...block, fields: limitLengths(block.fields) })),
        }
      default:
        return field
    }
  })
}
