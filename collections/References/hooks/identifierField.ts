import type { TextField, Validate } from 'payload'

type IdentifierName = 'doi' | 'pmid' | 'pmcid' | 'url'

const labels: Record<IdentifierName, string> = {
  doi: 'DOI',
  pmid: 'PMID',
  pmcid: 'PMCID',
  url: 'URL',
}

/**
 * A reference identifier: normalised, format-checked and unique. A duplicate is refused
 * with a message that names the reference which already has it.
 */
export function identifierField(options: {
  name: IdentifierName
  label: { ja: string; en: string }
  description: { ja: string; en: string }
  normalize: (value: unknown) => unknown
  format: (value: string) => string | true
}): TextField {
  const { name } = options
  const validate: Validate<
    string,
    Record<string, unknown>,
    Record<string, unknown>,
    TextField
  > = async (value, { req, id, data }) => {
    if (value) {
      const format = options.format(value)
      if (format !== true) return format
      const existing = await req.payload.find({
        collection: 'references',
        where: {
          and: [
            { [name]: { equals: value } },
            ...(id !== undefined ? [{ id: { not_equals: id } }] : []),
          ],
        },
        limit: 1,
        depth: 0,
        draft: true,
        overrideAccess: true,
        req,
        select: { citationLabel: true },
      })
      const duplicate = existing.docs[0]
      if (duplicate) {
        return `この${labels[name]}（${value}）は既に参考文献「${duplicate.citationLabel}」（ID: ${duplicate.id}）に登録されています。重複登録はできません（duplicate ${name}）`
      }
      return true
    }
    // "At least one identifier" is reported once, on the URL field.
    if (name === 'url') {
      const doc = data ?? {}
      if (!doc.doi && !doc.pmid && !doc.pmcid && !doc.url) {
        return 'DOI・PMID・PMCID・URL のいずれか1つ以上を入力してください（url: at least one identifier is required）'
      }
    }
    return true
  }
  return {
    name,
    type: 'text',
    index: true,
    label: options.label,
    admin: { description: options.description },
    hooks: { beforeValidate: [({ value }) => options.normalize(value)] },
    validate,
  }
}
