/**
 * Claim-level checks across fields: what a sentence claims, read together with what supports it
 * (the segment's citations, resolved to references with their kind) and what the treatment is.
 * The wording and thresholds are data in rules/evidence.ts.
 */
import type { Segment } from './extract'
import type { AdvertisedTreatment, DocFacts } from './facts'
import { isCommercialReference, isReferenceOfKind } from './facts'
import { isDenied } from './grammar'
import { LISTS } from './lexicon'
import type { Sentence } from './match'
import { pathMatches } from './match'
import { foldKana } from './normalize'
import {
  EVIDENCE,
  NOT_AN_EFFECT_AFTER,
  NOT_AN_EFFECT_SENTENCE,
  NOT_CLAIM_FIELDS,
  NUMBER,
  NUMBER_EFFECT,
  PEER_REVIEWED_KINDS,
  PRIMARY_KINDS,
  RESEARCH_FRAMING,
  UNAPPROVED_USE,
} from './rules/evidence'
import type { Finding } from './types'
import { getPath, isObject, relationIds, type Doc } from './values'

const NUMBER_RE = new RegExp(foldKana(NUMBER.source), 'u')
const NUMBER_EFFECT_RE = new RegExp(foldKana(NUMBER_EFFECT.source), 'u')
const NOT_AN_EFFECT_AFTER_RE = new RegExp(foldKana(NOT_AN_EFFECT_AFTER.source), 'u')
const PURPOSE = /^(?:を|が)?[^、。]{0,6}(?:ため|ために|ように|よう)/u
const EFFECT_WORDS = new Set(LISTS.EFFECT.map((w) => foldKana(w)))

type Support = 'none' | 'unknown' | 'commercial' | 'research' | 'peer-reviewed'

/** What the segment's citations are: nothing, only clinic pages, research, peer-reviewed research. */
function supportOf(segment: Segment, facts: DocFacts): Support {
  if (segment.citations.length === 0) return 'none'
  const refs = segment.citations.map((id) => facts.references.get(id))
  // Unknown references get the benefit of the doubt.
  if (refs.some((ref) => ref === undefined)) return 'unknown'
  if (refs.some((ref) => isReferenceOfKind(ref!, PEER_REVIEWED_KINDS))) return 'peer-reviewed'
  if (refs.every((ref) => isCommercialReference(ref!))) return 'commercial'
  return 'research'
}

/** The first effect word of the sentence that is claimed (not denied, not 再生医療 or 効果判定), as a width range. */
function effectClaim(sentence: Sentence): { start: number; end: number } | null {
  if (NOT_AN_EFFECT_SENTENCE.test(sentence.width.text)) return null
  const tokens = sentence.tokens
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (!EFFECT_WORDS.has(t.baseKey)) continue
    const after = sentence.norm.slice(sentence.widthToNorm(t.end))
    if (NOT_AN_EFFECT_AFTER_RE.test(after)) continue
    // 効果を高めるため: a purpose, not a claim.
    if (PURPOSE.test(after)) continue
    if (isDenied(tokens, i + 1)) continue
    return { start: t.start, end: t.end }
  }
  return null
}

/** A cheap test before analysing: an effect word's kanji stem with a kana after it (治る → 治[ぁ-ん], not 治療). */
const EFFECT_ANCHOR = new RegExp(
  LISTS.EFFECT.map((w) => {
    const stem = foldKana(w).replace(/[ぁ-ん]+$/u, '')
    return stem.length < w.length ? `${stem}[ぁ-ん]` : stem
  }).join('|'),
  'u',
)

/** Evidence warnings for one sentence: at most one, the most specific. */
export function checkEvidence(sentence: Sentence, facts: DocFacts): Finding | null {
  const { segment } = sentence
  if (
    NOT_CLAIM_FIELDS.some((entry) => pathMatches(entry, segment.path)) ||
    segment.kind === 'heading'
  )
    return null
  if (!EFFECT_ANCHOR.test(sentence.norm) && !NUMBER_EFFECT_RE.test(sentence.norm)) return null
  const support = supportOf(segment, facts)
  if (support === 'peer-reviewed' || support === 'unknown') return null

  const number = NUMBER_RE.exec(sentence.norm)
  const numeric = number && NUMBER_EFFECT_RE.test(sentence.norm) && !/判定/u.test(sentence.norm)
  let rule: { ruleId: string; message: string } | null = null
  let range: { start: number; end: number } | null = null
  if (numeric && number) {
    rule = EVIDENCE.number
    range = sentence.normToWidth(number.index, number.index + number[0].length)
  } else if (support === 'none' || support === 'commercial') {
    range = effectClaim(sentence)
    if (range) rule = support === 'none' ? EVIDENCE.uncited : EVIDENCE.commercialOnly
  }
  if (!rule || !range) return null
  return {
    ruleId: rule.ruleId,
    category: 'evidence',
    severity: 'warning',
    path: segment.path,
    span: sentence.span(range.start, range.end),
    message: rule.message,
    guideline: EVIDENCE.guideline,
  }
}

function isUnapprovedSelfPay(treatment: AdvertisedTreatment): boolean {
  return (
    getPath(treatment.doc, 'regulatory.approval') === 'unapproved' &&
    getPath(treatment.doc, 'regulatory.coverage') === 'self-pay'
  )
}

/**
 * A disease or condition listed as a use (a clinical-application row) of an unapproved 自由診療
 * treatment: an error unless the row is framed as research AND cites primary literature.
 */
export function checkUnapprovedUses(facts: DocFacts): Finding[] {
  const findings: Finding[] = []
  for (const treatment of facts.treatments) {
    if (!isUnapprovedSelfPay(treatment)) continue
    const rows = getPath(treatment.doc, 'clinicalApplications')
    if (!Array.isArray(rows)) continue
    rows.forEach((row: unknown, i) => {
      if (!isObject(row)) return
      const area = typeof row.area === 'string' ? row.area : ''
      const finding = typeof row.finding === 'string' ? row.finding : ''
      if (!area.trim() && !finding.trim()) return
      const framed = RESEARCH_FRAMING.test(finding)
      const refs = relationIds(row.references).map((id) => facts.references.get(id))
      const primary = refs.some(
        (ref) => ref === undefined || isReferenceOfKind(ref as Doc, PRIMARY_KINDS),
      )
      if (framed && primary) return
      const field = area.trim() ? 'area' : 'finding'
      const text = field === 'area' ? area : finding
      findings.push({
        ruleId: UNAPPROVED_USE.ruleId,
        category: 'unapproved-use',
        severity: 'error',
        path: `${treatment.pathPrefix}clinicalApplications.${i}.${field}`,
        span: { text, start: 0, end: text.length },
        message: UNAPPROVED_USE.message,
        guideline: UNAPPROVED_USE.guideline,
        treatment: {
          id: treatment.doc.id as string | number | undefined,
          name: typeof treatment.doc.name === 'string' ? treatment.doc.name : undefined,
        },
      })
    })
  }
  return findings
}
