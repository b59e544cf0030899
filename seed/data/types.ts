/**
 * Types of the Hikaku demo content, written as plain data.
 *
 * Relationships are expressed with stable `key`s instead of database ids; the seed loader
 * creates the documents, records key → id, and rewrites every relationship (including the
 * inline `citation` blocks inside Lexical rich text, see `lexical.ts`) before saving.
 *
 * Field names follow the field contract of the collections (treatments, components,
 * references, articles, site-settings). The only field that is NOT part of a collection is
 * `key`: the loader must strip it before calling Payload.
 */

// ---------------------------------------------------------------- keys

export const REFERENCE_KEYS = [
  'clinic-23c',
  'clinic-roppongi-footwalk',
  'clinic-cosmedical',
  'pmc10789073',
  'pmc10811273',
  'ijbs-2023-19-1430',
  'clinic-apskin',
  'pmc10363204',
  'nano14070639',
  'cells10081959',
  'pmc12059991',
  'fda-exosome-2019',
  'mhlw-2024-07-31',
] as const
export type ReferenceKey = (typeof REFERENCE_KEYS)[number]

export const COMPONENT_KEYS = [
  // secretome: categories and named molecules
  'growth-factors',
  'vegf',
  'fgf',
  'egf',
  'pdgf',
  'cytokines',
  'il-10',
  'tgf-beta',
  'inflammatory-cytokines',
  'chemokines',
  'ecm-proteins',
  'collagen',
  'fibronectin',
  'other-soluble-factors',
  'secreted-enzymes',
  'secreted-metabolites',
  // exosome, and the exomere (a non-membranous particle, not an exosome)
  'exosome',
  'exomeres',
  // exosome cargo
  'heat-shock-proteins',
  'tetraspanins',
  'exosomal-mrna',
  'exosomal-mirna',
  'exosomal-ncrna',
  'membrane-lipids',
  'signaling-lipids',
  'exosomal-metabolites',
] as const
export type ComponentKey = (typeof COMPONENT_KEYS)[number]

export const TREATMENT_KEYS = ['secretome-therapy', 'exosome-therapy'] as const
export type TreatmentKey = (typeof TREATMENT_KEYS)[number]

export const ARTICLE_KEYS = ['secretome-vs-exosome'] as const
export type ArticleKey = (typeof ARTICLE_KEYS)[number]

// ---------------------------------------------------------------- shared enums

export type EvidenceLevel =
  | 'systematic-review'
  | 'rct'
  | 'cohort'
  | 'case-series'
  | 'preclinical'
  | 'official'
  | 'expert-opinion'
  | 'commercial'

export type ReferenceKind =
  'journal-article' | 'review' | 'guideline' | 'book' | 'web-page' | 'other'

export type ComponentKind =
  | 'growth-factor'
  | 'cytokine'
  | 'chemokine'
  | 'ecm-protein'
  | 'extracellular-vesicle'
  | 'protein'
  | 'nucleic-acid'
  | 'lipid'
  | 'metabolite'
  | 'enzyme'
  | 'other'

export type Language = 'ja' | 'en' | 'other'

// ---------------------------------------------------------------- Lexical (key-based)

/** A Lexical text node (format: 0 plain, 1 bold, 2 italic …). */
export interface LexicalTextNode {
  type: 'text'
  text: string
  format: number
  detail: 0
  mode: 'normal'
  style: ''
  version: 1
}

/** Inline citation block: `reference` holds a reference KEY here; the loader swaps in the id. */
export interface CitationInlineNode {
  type: 'inlineBlock'
  version: 1
  fields: {
    id: string
    blockName: ''
    blockType: 'citation'
    reference: { key: ReferenceKey }
  }
}

export type LexicalInlineNode = LexicalTextNode | CitationInlineNode

export interface LexicalParagraphNode {
  type: 'paragraph'
  format: ''
  indent: 0
  version: 1
  direction: 'ltr'
  textFormat: 0
  children: LexicalInlineNode[]
}

export interface LexicalHeadingNode {
  type: 'heading'
  tag: 'h2' | 'h3' | 'h4'
  format: ''
  indent: 0
  version: 1
  direction: 'ltr'
  children: LexicalInlineNode[]
}

export interface LexicalListItemNode {
  type: 'listitem'
  value: number
  format: ''
  indent: 0
  version: 1
  direction: 'ltr'
  children: LexicalInlineNode[]
}

export interface LexicalListNode {
  type: 'list'
  listType: 'bullet' | 'number'
  tag: 'ul' | 'ol'
  start: 1
  format: ''
  indent: 0
  version: 1
  direction: 'ltr'
  children: LexicalListItemNode[]
}

export type CalloutTone = 'info' | 'warning' | 'note'

export type BodyBlockFields =
  | {
      id: string
      blockName: ''
      blockType: 'callout'
      tone: CalloutTone
      title?: string
      text: string
    }
  | { id: string; blockName: ''; blockType: 'keyPoints' }
  | { id: string; blockName: ''; blockType: 'comparisonTable' }

export interface LexicalBlockNode {
  type: 'block'
  version: 2
  format: ''
  fields: BodyBlockFields
}

export type LexicalBlockLevelNode =
  LexicalParagraphNode | LexicalHeadingNode | LexicalListNode | LexicalBlockNode

export interface LexicalState {
  root: {
    type: 'root'
    format: ''
    indent: 0
    version: 1
    direction: 'ltr'
    children: LexicalBlockLevelNode[]
  }
}

// ---------------------------------------------------------------- documents

export interface ReferenceSeed {
  key: ReferenceKey
  slug: string
  kind: ReferenceKind
  /** Only a title read on the page at `url` (or the DOI's landing page); never a description or a guess. */
  title?: string
  authors?: string
  journal?: string
  year?: number
  volume?: string
  issue?: string
  pages?: string
  doi?: string
  pmid?: string
  pmcid?: string
  url?: string
  /** ISO date (YYYY-MM-DD) */
  accessedAt?: string
  language: Language
  evidenceLevel: EvidenceLevel
  /** Set only where the metadata was read at the source; the demo reviewer is recorded as the verifier. */
  verification?: ReferenceVerificationSeed
}

export interface ReferenceVerificationSeed {
  source: 'crossref' | 'pubmed' | 'pmc' | 'europepmc' | 'publisher' | 'other'
  url?: string
  note: string
}

export interface PartOfLink {
  relationTo: 'components' | 'treatments'
  key: ComponentKey | TreatmentKey
}

export interface ComponentSeed {
  key: ComponentKey
  name: string
  nameEn: string
  slug: string
  kind: ComponentKind
  examples: { name: string }[]
  size?: { minNm?: number; maxNm?: number }
  functions: string
  partOf: PartOfLink[]
  references: ReferenceKey[]
}

export interface ClinicalApplicationSeed {
  area: string
  finding: string
  evidenceLevel: EvidenceLevel
  references: ReferenceKey[]
}

export interface UnapprovedDisclosureSeed {
  notice: string
  howObtained: string
  domesticEquivalent: string
  overseasSafety: string
  reliefSystem: string
}

export interface TreatmentSeed {
  key: TreatmentKey
  name: string
  nameEn: string
  slug: string
  summary: string
  definition: string
  sourceCells: string
  components: { component: ComponentKey; role: string }[]
  mechanism: LexicalState
  sizeStructure?: string
  clinicalApplications: ClinicalApplicationSeed[]
  safety: { risks: string; sideEffects: string; contraindications: string }
  duration: { text: string; monthsMin?: number; monthsMax?: number }
  administration: string
  course: { period: string; sessions: string }
  regulatory: {
    coverage: 'self-pay' | 'insurance'
    approval: 'approved' | 'unapproved'
    unapproved?: UnapprovedDisclosureSeed
  }
  price: { minJpy: number; maxJpy: number; note: string }
  references: ReferenceKey[]
}

export interface KeyPointSeed {
  icon: string
  heading: string
  text: string
}

export interface ArticleSeed {
  key: ArticleKey
  title: string
  slug: string
  lead: string
  audience: 'professional' | 'general'
  compares: TreatmentKey[]
  keyPoints: KeyPointSeed[]
  body: LexicalState
  references: ReferenceKey[]
  meta: { title: string; description: string }
}

export interface SiteSettingsSeed {
  clinicName: string
  contact: {
    phone: string
    address: string
    url: string
    email: string
    hours: string
  }
}
