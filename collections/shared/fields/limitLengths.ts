import type { Field } from 'payload'

/** Upper bounds for free text, so an oversized value is refused with a 400 naming the field. */
const TEXT_MAX = 500
const TEXTAREA_MAX = 20_000

/** Gives every text and textarea field without its own `maxLength` the default bound. */
export function limitLengths(fields: Field[]): Field[] {
  return fields.map((field) => {
    switch (field.type) {
      case 'text':
        return field.hasMany || field.maxLength ? field : { ...field, maxLength: TEXT_MAX }
      case 'textarea':
        return field.maxLength ? field : { ...field, maxLength: TEXTAREA_MAX }
      case 'row':
      case 'collapsible':
      case 'group':
      case 'array':
        return { ...field, fields: limitLengths(field.fields) } as Field
      case 'tabs':
        return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: limitLengths(tab.fields) })) }
      case 'blocks':
        return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: limitLengths(block.fields) })) }
      default:
        return field
    }
  })
}
