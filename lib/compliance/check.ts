import type { Analyzer } from './analyzer'
import { loadAnalyzer } from './analyzer'
import { checkEvidence, checkUnapprovedUses } from './claims'
import { extractSegments } from './extract'
import { collectFacts } from './facts'
import {
  AnchorIndex,
  anyRegexOf,
  appliesToSegment,
  compileRules,
  matchRule,
  sentencesOf,
  type CompiledRule,
} from './match'
import { checkRequirements } from './requirements'
import { phraseRules, requirementRules } from './rules'
import type { Category, CheckInput, Finding } from './types'
import { isObject } from './values'

/**
 * When findings overlap in a sentence, the broader one says what to fix: a quoted testimonial
 * covers the efficacy words inside it; a guarantee (必ず治る) covers the efficacy claim it guarantees.
 */
const SUBSUMES: Array<{ by: Category; covers: Category[]; scope: 'sentence' | 'overlap' }> = [
  // The patient's words are the problem, whatever they claim.
  {
    by: 'testimonials',
    covers: ['efficacy-claims', 'exaggeration', 'false-claims', 'safety-claims'],
    scope: 'sentence',
  },
  { by: 'false-claims', covers: ['efficacy-claims'], scope: 'overlap' },
]

function withoutSubsumed(findings: Finding[]): Finding[] {
  const overlaps = (a: Finding, b: Finding) =>
    !!a.span && !!b.span && a.span.start < b.span.end && b.span.start < a.span.end
  return findings.filter(
    (f) =>
      !SUBSUMES.some(
        (s) =>
          s.covers.includes(f.category) &&
          findings.some((g) => g.category === s.by && (s.scope === 'sentence' || overlaps(f, g))),
      ),
  )
}

interface Compiled {
  analyzer: Analyzer
  rules: CompiledRule[]
  anchors: AnchorIndex
  anyRegex: RegExp
}

let compiled: Compiled | null = null

/** The rules compiled against the analyser (word readings), once per process. */
function compiledRules(analyzer: Analyzer): Compiled {
  if (compiled?.analyzer !== analyzer) {
    const rules = compileRules(analyzer, phraseRules)
    compiled = { analyzer, rules, anchors: new AnchorIndex(rules), anyRegex: anyRegexOf(rules) }
  }
  return compiled
}

/**
 * Checks one document against the 医療広告ガイドライン rules. The first call loads the
 * Japanese dictionary (once per process); later calls only analyse text.
 * Findings come in document order (field by field, then by position), claims about
 * clinical-application rows and 限定解除 findings last.
 */
export async function checkDocument(input: CheckInput): Promise<Finding[]> {
  const analyzer = await loadAnalyzer()
  const { rules, anchors, anyRegex } = compiledRules(analyzer)
  const doc = isObject(input.doc) ? input.doc : {}
  const facts = collectFacts({ ...input, doc })

  const findings: Finding[] = []
  // The rules that apply depend only on a segment's path and kind (every paragraph of a body shares them).
  const applicableFor = new Map<string, Array<{ r: CompiledRule; index: number }>>()
  for (const segment of extractSegments(input.collection, doc)) {
    const key = `${segment.kind}|${segment.path}`
    let applicable = applicableFor.get(key)
    if (!applicable) {
      applicable = rules
        .map((r, index) => ({ r, index }))
        .filter(({ r }) => appliesToSegment(r.rule, segment))
      applicableFor.set(key, applicable)
    }
    for (const sentence of sentencesOf(segment, analyzer)) {
      const armed = anchors.armed(sentence.norm)
      const anyRegexHit = anyRegex.test(sentence.norm)
      const inSentence: Finding[] = []
      for (const { r, index } of applicable) {
        const scan = {
          armed: armed[index] === 1,
          anyRegex: anyRegexHit,
          patterns: anchors.armedPatterns,
          base: anchors.base[index],
        }
        // Neither its anchors nor its RegExps occur: the rule cannot match (matchRule would say so too).
        if (!scan.armed && !(anyRegexHit && r.regexes.length > 0)) continue
        for (const f of matchRule(r, sentence, facts, scan)) inSentence.push(f)
      }
      const evidence = checkEvidence(sentence, facts)
      if (evidence) inSentence.push(evidence)
      inSentence.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0))
      for (const f of withoutSubsumed(inSentence)) findings.push(f)
    }
  }
  for (const f of checkUnapprovedUses(facts)) findings.push(f)
  for (const f of checkRequirements(requirementRules, facts)) findings.push(f)
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
