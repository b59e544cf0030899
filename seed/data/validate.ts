/**
 * Self-checks for the demo data (pure; usable from a jest test or the seed script):
 * identifiers, key integrity, slugs, Lexical ids, banned advertising expressions and
 * "effect statement ⇒ citation in the same paragraph".
 *
 * This is a local guard, not the product's compliance checker (lib/compliance).
 */
import { collectBlockIds, collectCitationKeys, HEX24 } from './lexical'
import type {
  ArticleSeed,
  ComponentSeed,
  LexicalState,
  ReferenceKey,
  ReferenceSeed,
  SiteSettingsSeed,
  TreatmentSeed,
} from './types'
import { COMPONENT_KEYS, REFERENCE_KEYS, TREATMENT_KEYS } from './types'

export const IDENTIFIER_PATTERNS = {
  doi: /^10\.\d{4,9}\/\S+$/,
  pmid: /^\d+$/,
  pmcid: /^PMC\d+$/,
  url: /^https?:\/\/\S+$/,
  slug: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
} as const

/** Expressions a 医療広告ガイドライン check rejects outright. '安全' is handled separately. */
export const BANNED_AD_WORDS = [
  '絶対',
  '必ず',
  '100%',
  '１００％',
  'No.1',
  'ナンバーワン',
  '日本一',
  '最高',
  '唯一',
  '確実',
  '画期的',
  '究極',
  '奇跡',
  '最先端',
  '効果抜群',
  '副作用なし',
  '副作用がない',
  '副作用のない',
  '痛くない',
  '痛みのない',
  'リスクなし',
  'リスクがない',
  '国が認めた',
  '承認済み',
  '今だけ',
  '半額',
  'キャンペーン',
  '期間限定',
  'モニター',
  '体験談',
  'ビフォーアフター',
] as const

/** Words that make a sentence an effect claim (needs an inline citation in its paragraph). */
export const EFFECT_WORDS = ['効果', '効能', '改善', '促進', '再生', '抑制', '修復', '治癒', '若返', '予防', '軽減', '回復'] as const

type Node = { type: string; tag?: string; text?: string; children?: Node[]; fields?: Record<string, unknown> }

function textOf(node: Node): string {
  if (node.type === 'text') return node.text ?? ''
  return (node.children ?? []).map(textOf).join('')
}

function hasCitation(node: Node): boolean {
  if (node.type === 'inlineBlock' && node.fields?.blockType === 'citation') return true
  return (node.children ?? []).some(hasCitation)
}

function allStrings(value: unknown, path: string, out: { path: string; text: string }[]): void {
  if (typeof value === 'string') out.push({ path, text: value })
  else if (Array.isArray(value)) value.forEach((v, i) => allStrings(v, `${path}[${i}]`, out))
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) allStrings(v, path ? `${path}.${k}` : k, out)
}

function checkLexical(state: LexicalState, where: string, allowed: readonly string[], errors: string[]): void {
  const ids = collectBlockIds(state)
  for (const id of ids) if (!HEX24.test(id)) errors.push(`${where}: block id ${id} is not 24-hex`)
  if (new Set(ids).size !== ids.length) errors.push(`${where}: duplicate block ids`)
  for (const key of collectCitationKeys(state)) {
    if (!(REFERENCE_KEYS as readonly string[]).includes(key)) errors.push(`${where}: unknown cited reference ${key}`)
    else if (!allowed.includes(key)) errors.push(`${where}: cites ${key} but it is not in the document's references`)
  }
  const visit = (n: Node, at: string) => {
    if (n.type === 'paragraph' || n.type === 'listitem' || n.type === 'heading') {
      const t = textOf(n)
      const claim = EFFECT_WORDS.find((w) => t.includes(w))
      if (claim && !hasCitation(n)) errors.push(`${at}: effect word 「${claim}」 without an inline citation: ${t.slice(0, 40)}…`)
    }
    ;(n.children ?? []).forEach((c, i) => visit(c, `${at}.${i}`))
  }
  ;(state.root.children as Node[]).forEach((c, i) => visit(c, `${where}.body[${i}]`))
}

export interface SeedDataInput {
  references: ReferenceSeed[]
  components: ComponentSeed[]
  treatments: TreatmentSeed[]
  articles: ArticleSeed[]
  siteSettings: SiteSettingsSeed
}

/** Returns a list of problems; empty means the data is consistent. */
export function validateSeedData(data: SeedDataInput): string[] {
  const errors: string[] = []
  const refKeys = new Set<string>(REFERENCE_KEYS)
  const compKeys = new Set<string>(COMPONENT_KEYS)
  const treatKeys = new Set<string>(TREATMENT_KEYS)

  // ---- references
  const seen = new Map<string, string>()
  for (const r of data.references) {
    const at = `references.${r.key}`
    if (!IDENTIFIER_PATTERNS.slug.test(r.slug)) errors.push(`${at}: slug ${r.slug} is not ASCII kebab-case`)
    if (r.doi !== undefined && !IDENTIFIER_PATTERNS.doi.test(r.doi)) errors.push(`${at}: bad doi ${r.doi}`)
    if (r.pmid !== undefined && !IDENTIFIER_PATTERNS.pmid.test(r.pmid)) errors.push(`${at}: bad pmid ${r.pmid}`)
    if (r.pmcid !== undefined && !IDENTIFIER_PATTERNS.pmcid.test(r.pmcid)) errors.push(`${at}: bad pmcid ${r.pmcid}`)
    if (r.url !== undefined && !IDENTIFIER_PATTERNS.url.test(r.url)) errors.push(`${at}: bad url ${r.url}`)
    if (r.accessedAt !== undefined && !IDENTIFIER_PATTERNS.date.test(r.accessedAt)) errors.push(`${at}: bad accessedAt`)
    if (!r.doi && !r.pmid && !r.pmcid && !r.url) errors.push(`${at}: needs one of doi/pmid/pmcid/url`)
    if (r.kind === 'web-page' && r.evidenceLevel !== 'commercial' && r.url && !/\.(go|ac)\.jp\//.test(r.url))
      errors.push(`${at}: clinic web pages should have evidenceLevel commercial`)
    for (const field of ['doi', 'pmid', 'pmcid', 'url'] as const) {
      const v = r[field]
      if (!v) continue
      const id = `${field}:${v.toLowerCase()}`
      if (seen.has(id)) errors.push(`${at}: duplicate ${field} (also ${seen.get(id)})`)
      seen.set(id, r.key)
    }
  }
  const listedRefs = new Set(data.references.map((r) => r.key))
  for (const k of REFERENCE_KEYS) if (!listedRefs.has(k)) errors.push(`references: missing ${k}`)
  if (listedRefs.size !== data.references.length) errors.push('references: duplicate keys')

  // ---- components
  const compSlugs = new Set<string>()
  for (const c of data.components) {
    const at = `components.${c.key}`
    if (!IDENTIFIER_PATTERNS.slug.test(c.slug)) errors.push(`${at}: slug not ASCII kebab-case`)
    if (compSlugs.has(c.slug)) errors.push(`${at}: duplicate slug`)
    compSlugs.add(c.slug)
    for (const p of c.partOf) {
      const ok = p.relationTo === 'components' ? compKeys.has(p.key) : treatKeys.has(p.key)
      if (!ok) errors.push(`${at}: partOf unknown ${p.relationTo}/${p.key}`)
      if (p.relationTo === 'components' && p.key === c.key) errors.push(`${at}: partOf itself`)
    }
    for (const r of c.references) if (!refKeys.has(r)) errors.push(`${at}: unknown reference ${r}`)
    if (c.size?.minNm !== undefined && c.size.maxNm !== undefined && c.size.minNm > c.size.maxNm)
      errors.push(`${at}: size min > max`)
  }
  for (const k of COMPONENT_KEYS) if (!data.components.some((c) => c.key === k)) errors.push(`components: missing ${k}`)

  // ---- treatments
  for (const t of data.treatments) {
    const at = `treatments.${t.key}`
    if (!IDENTIFIER_PATTERNS.slug.test(t.slug)) errors.push(`${at}: slug not ASCII kebab-case`)
    for (const c of t.components) if (!compKeys.has(c.component)) errors.push(`${at}: unknown component ${c.component}`)
    for (const r of t.references) if (!refKeys.has(r)) errors.push(`${at}: unknown reference ${r}`)
    t.clinicalApplications.forEach((a, i) => {
      for (const r of a.references) {
        if (!refKeys.has(r)) errors.push(`${at}.clinicalApplications[${i}]: unknown reference ${r}`)
        else if (!t.references.includes(r as ReferenceKey))
          errors.push(`${at}.clinicalApplications[${i}]: ${r} not in treatment references`)
      }
    })
    if (t.regulatory.approval === 'unapproved') {
      const u = t.regulatory.unapproved
      if (!u) errors.push(`${at}: unapproved without disclosures`)
      else
        for (const [k, v] of Object.entries(u)) if (!v || v.trim().length < 10) errors.push(`${at}: disclosure ${k} empty`)
    }
    if (t.price.minJpy > t.price.maxJpy) errors.push(`${at}: price min > max`)
    if (
      t.duration.monthsMin !== undefined &&
      t.duration.monthsMax !== undefined &&
      t.duration.monthsMin > t.duration.monthsMax
    )
      errors.push(`${at}: duration min > max`)
    checkLexical(t.mechanism, `${at}.mechanism`, t.references, errors)
  }

  // ---- articles
  for (const a of data.articles) {
    const at = `articles.${a.key}`
    if (!IDENTIFIER_PATTERNS.slug.test(a.slug)) errors.push(`${at}: slug not ASCII kebab-case`)
    if (a.compares.length < 2) errors.push(`${at}: compares needs 2+ treatments`)
    for (const k of a.compares) if (!treatKeys.has(k)) errors.push(`${at}: unknown treatment ${k}`)
    for (const r of a.references) if (!refKeys.has(r)) errors.push(`${at}: unknown reference ${r}`)
    checkLexical(a.body, `${at}`, a.references, errors)
    const blockTypes = new Set<string>()
    for (const n of a.body.root.children) if (n.type === 'block') blockTypes.add(n.fields.blockType)
    for (const b of ['keyPoints', 'comparisonTable', 'callout'])
      if (!blockTypes.has(b)) errors.push(`${at}: body has no '${b}' block`)
    const cited = new Set(collectCitationKeys(a.body))
    for (const r of a.references) if (!cited.has(r)) errors.push(`${at}: reference ${r} is listed but never cited`)
    if (a.meta.description.length > 160) errors.push(`${at}: meta.description longer than 160 chars`)
  }

  // ---- advertising expressions, everywhere
  const strings: { path: string; text: string }[] = []
  allStrings(
    { references: data.references, components: data.components, treatments: data.treatments, articles: data.articles, site: data.siteSettings },
    '',
    strings,
  )
  for (const { path, text } of strings) {
    for (const w of BANNED_AD_WORDS) if (text.includes(w)) errors.push(`${path}: banned expression 「${w}」`)
    if (text.replace(/安全性/g, '').includes('安全')) errors.push(`${path}: 「安全」 used as a claim (only 安全性 is allowed)`)
  }

  return errors
}
