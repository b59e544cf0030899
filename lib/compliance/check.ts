import type { CheckInput, Finding } from './types'
import { extractSegments } from './extract'
import { collectFacts } from './facts'
import { matchPhraseRule } from './match'
import { checkRequirements } from './requirements'
import { phraseRules, requirementRules } from './rules'
import { isObject } from './values'

/**
 * Checks one document against the 医療広告ガイドライン rules.
 * Findings come in document order (field by field, then by position), 限定解除 findings last.
 */
export function checkDocument(input: CheckInput): Finding[] {
  const doc = isObject(input.doc) ? input.doc : {}
  const normalizedInput: CheckInput = { ...input, doc }
  const segments = extractSegments(input.collection, doc)
  const facts = collectFacts(normalizedInput)

  const findings: Finding[] = []
  for (const segment of segments) {
    const inSegment = phraseRules.flatMap((rule) => matchPhraseRule(rule, segment, facts))
    inSegment.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0))
    findings.push(...inSegment)
  }
  findings.push(...checkRequirements(requirementRules, facts))
  return findings
}

/** Counts for the review UI: errors block submission, warnings need acknowledging. */
export function summarize(findings: Finding[]): { errors: number; warnings: number } {
  let errors = 0
  let warnings = 0
  for (const finding of findings) {
    if (finding.severity === 'error') errors++
    else warnings++
  }
  return { errors, warnings }
}

/** True when nothing blocks submission. */
export function canSubmit(findings: Finding[]): boolean {
  return findings.every((finding) => finding.severity !== 'error')
}
