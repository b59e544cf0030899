/**
 * 限定解除: a page that advertises a 自由診療 must carry the items the guideline lists, and an
 * unapproved treatment five more. The items are rules in rules/disclosure.ts; this file only
 * decides which treatments need them and whether each is filled.
 */
import type { Finding, RequirementRule } from './types'
import type { AdvertisedTreatment, DocFacts } from './facts'
import { getPath, isFilledNumber, isFilledText } from './values'

function applies(rule: RequirementRule, treatment: AdvertisedTreatment): boolean {
  const regulatory = getPath(treatment.doc, 'regulatory')
  if (rule.appliesTo === 'self-pay') return getPath(regulatory, 'coverage') === 'self-pay'
  return getPath(regulatory, 'approval') === 'unapproved'
}

/** Is the requirement met by `source` (a treatment, or the site contact)? */
export function isRequirementMet(rule: RequirementRule, source: unknown): boolean {
  const filled = rule.valueType === 'number' ? isFilledNumber : isFilledText
  return rule.fields.some((field) => filled(getPath(source, field)))
}

function treatmentName(doc: Record<string, unknown>): string | undefined {
  return typeof doc.name === 'string' && doc.name.trim() ? doc.name : undefined
}

export function checkRequirements(rules: RequirementRule[], facts: DocFacts): Finding[] {
  const findings: Finding[] = []
  const reported = new Set<string>()
  for (const treatment of facts.treatments) {
    const name = treatmentName(treatment.doc)
    const id = treatment.doc.id as string | number | undefined
    for (const rule of rules) {
      if (!applies(rule, treatment)) continue
      const source = rule.subject === 'site' ? facts.siteContact : treatment.doc
      if (isRequirementMet(rule, source)) continue
      // Site contact is one item for the whole page, however many treatments need it.
      const path =
        rule.subject === 'site' ? 'siteContact' : `${treatment.pathPrefix}${rule.fields[0]}`
      const key = `${rule.id}@${path}`
      if (reported.has(key)) continue
      reported.add(key)
      findings.push({
        ruleId: rule.id,
        category: rule.category,
        severity: rule.severity,
        path,
        span: null,
        message:
          rule.subject === 'treatment' && name ? `「${name}」: ${rule.message}` : rule.message,
        guideline: rule.guideline,
        ...(rule.subject === 'treatment' ? { treatment: { id, name } } : {}),
      })
    }
  }
  return findings
}
