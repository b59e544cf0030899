/**
 * Every rule against its own examples: flagged sentences must be reported by that rule,
 * allowed sentences must not. The examples live next to each rule in lib/compliance/rules/.
 */
import { describe, expect, it } from '@jest/globals'

import { checkDocument, rules, type Finding, type PhraseRule, type RequirementRule } from '@/lib/compliance'
import { getPath } from '@/lib/compliance/values'
import { contact, treatment, unapprovedTreatment, webPage } from './fixtures'

const phrase = rules.filter((r): r is PhraseRule => r.kind === 'phrase')
const requirement = rules.filter((r): r is RequirementRule => r.kind === 'requirement')

/**
 * Checks `text` as a treatment's summary, in a document where the rule's condition holds
 * (unapproved treatment, missing details, commercial-only citation…), so a flagged example
 * can only be missed by the wording itself.
 */
function checkAsSummary(rule: PhraseRule, text: string): Finding[] {
  let doc = treatment({ summary: text })
  let references: object[] = []
  switch (rule.onlyWhen) {
    case 'unapproved-treatment':
      doc = unapprovedTreatment({ summary: text })
      break
    case 'treatment-details-missing':
      doc = treatment({ summary: text, price: {} })
      break
    case 'commercial-only-support':
      doc = treatment({ summary: text, references: [901] })
      references = [webPage(901)]
      break
    default:
  }
  return checkDocument({ collection: 'treatments', doc, references, siteContact: contact })
}

/** Sets every field of a requirement to `value` (numeric strings become numbers, as Payload stores them). */
function checkRequirement(rule: RequirementRule, value: string): Finding[] {
  const typed: unknown = /^\d+$/.test(value) ? Number(value) : value
  const doc = unapprovedTreatment()
  const siteContact: Record<string, unknown> = { ...contact }
  for (const field of rule.fields) {
    const target = rule.subject === 'site' ? siteContact : doc
    const parts = field.split('.')
    let node = target as Record<string, unknown>
    for (const part of parts.slice(0, -1)) {
      node[part] = { ...(node[part] as object) }
      node = node[part] as Record<string, unknown>
    }
    node[parts[parts.length - 1] as string] = typed
  }
  return checkDocument({ collection: 'treatments', doc, siteContact })
}

describe('rule catalogue', () => {
  it('has unique ids of the form category/name', () => {
    const ids = rules.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of rules) expect(rule.id.startsWith(`${rule.category}/`)).toBe(true)
  })

  it('covers every category', () => {
    expect(new Set(rules.map((r) => r.category))).toEqual(
      new Set(['false-claims', 'superiority', 'exaggeration', 'safety-claims', 'price-led', 'testimonials', 'disclosure', 'evidence']),
    )
  })

  it.each(rules.map((r) => [r.id, r] as const))('%s has ≥3 flagged and ≥3 allowed examples, a message and a guideline section', (_id, rule) => {
    expect(rule.examples.flagged.length).toBeGreaterThanOrEqual(3)
    expect(rule.examples.allowed.length).toBeGreaterThanOrEqual(3)
    expect(rule.message).toMatch(/[ぁ-んァ-ン一-龥]/)
    expect(rule.guideline).toMatch(/^医療広告ガイドライン 第\d/)
    expect(['error', 'warning']).toContain(rule.severity)
  })

  it('each phrase rule has at least one pattern', () => {
    for (const rule of phrase) expect(rule.patterns.length).toBeGreaterThan(0)
  })
})

describe.each(phrase.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  it.each(rule.examples.flagged)('flags 「%s」', (sentence) => {
    const found = checkAsSummary(rule, sentence).filter((f) => f.ruleId === rule.id)
    expect(found.length).toBeGreaterThan(0)
    for (const f of found) {
      expect(f.path).toBe('summary')
      expect(f.severity).toBe(rule.severity)
      expect(f.guideline).toBe(rule.guideline)
      expect(f.message).toBe(rule.message)
      // The span is real text of the sentence, at the offsets it claims.
      expect(f.span).not.toBeNull()
      expect(sentence.slice(f.span!.start, f.span!.end)).toBe(f.span!.text)
      expect(f.span!.text.length).toBeGreaterThan(0)
    }
  })

  it.each(rule.examples.allowed)('allows 「%s」', (sentence) => {
    expect(checkAsSummary(rule, sentence).filter((f) => f.ruleId === rule.id)).toEqual([])
  })
})

describe.each(requirement.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  it.each(rule.examples.flagged)('treats %j as missing', (value) => {
    const found = checkRequirement(rule, value).filter((f) => f.ruleId === rule.id)
    expect(found).toHaveLength(1)
    expect(found[0]?.span).toBeNull()
    expect(found[0]?.message).toContain(rule.item)
    // The message names the field to fill.
    expect(found[0]?.message).toContain(rule.fields[0])
  })

  it.each(rule.examples.allowed)('accepts %j', (value) => {
    expect(checkRequirement(rule, value).filter((f) => f.ruleId === rule.id)).toEqual([])
  })
})

describe('the example corpus as a whole', () => {
  const allowed = phrase.flatMap((r) => r.examples.allowed.map((sentence) => [r.id, sentence] as const))

  it.each(allowed)('allowed example of %s 「%s」 raises no error under any rule', (_id, sentence) => {
    // An unapproved, fully disclosed treatment: the strictest context for wording rules.
    const doc = unapprovedTreatment({ summary: sentence })
    const errors = checkDocument({ collection: 'treatments', doc, siteContact: contact }).filter((f) => f.severity === 'error')
    expect(errors).toEqual([])
  })

  it('the fixtures themselves are clean', () => {
    expect(checkDocument({ collection: 'treatments', doc: treatment(), siteContact: contact })).toEqual([])
    expect(checkDocument({ collection: 'treatments', doc: unapprovedTreatment(), siteContact: contact })).toEqual([])
    expect(getPath(unapprovedTreatment(), 'regulatory.approval')).toBe('unapproved')
  })
})
