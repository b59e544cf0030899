/**
 * Puts a corpus sentence into a document the way a clinic would write it, and reads back the
 * findings on that sentence. The rest of the document is complete and clean (every 限定解除
 * item filled), so any finding comes from the sentence.
 */
import { checkDocument, type CheckInput, type Finding } from '@/lib/compliance'

import type { CaseContext, CorpusCase } from './types'

export const DEFAULT_CONTEXT: CaseContext = {
  field: 'summary',
  support: 'paper',
  treatment: 'unapproved-self-pay',
  details: true,
}

const PAPER = { id: 9001, title: '臨床研究の論文', kind: 'journal-article', evidenceLevel: 'rct' }
const CLINIC = {
  id: 9002,
  title: 'クリニックの案内ページ',
  kind: 'web-page',
  evidenceLevel: 'commercial',
}
const CONTACT = {
  phone: '03-1234-5678',
  email: 'info@clinic.example.jp',
  url: 'https://clinic.example.jp/contact',
}

function supportIds(support: CaseContext['support']): number[] {
  return support === 'paper' ? [PAPER.id] : support === 'clinic' ? [CLINIC.id] : []
}

function regulatory(kind: CaseContext['treatment']) {
  if (kind === 'insurance') return { coverage: 'insurance', approval: 'approved' }
  if (kind === 'approved-self-pay') return { coverage: 'self-pay', approval: 'approved' }
  return {
    coverage: 'self-pay',
    approval: 'unapproved',
    unapproved: {
      notice:
        '本治療で使用する製剤は、医薬品医療機器等法上の承認を受けていない未承認医薬品等です。',
      howObtained: '国内の加工業者から、医師の判断と責任のもとで購入しています。',
      domesticEquivalent: '同一の成分や性能を有する国内承認医薬品等はありません。',
      overseasSafety: '諸外国で医薬品として承認されているとの情報は確認できていません。',
      reliefSystem: '重い健康被害が生じた場合でも、医薬品副作用被害救済制度の対象にはなりません。',
    },
  }
}

/** A complete, clean treatment; `set` puts the sentence where the case says. */
function treatmentDoc(ctx: CaseContext, text?: string): Record<string, unknown> {
  const doc: Record<string, unknown> = {
    id: 501,
    name: '培養上清療法',
    summary: '幹細胞を培養して得た上清を点滴で投与する治療です。',
    definition: '細胞が分泌した成分を用いる治療です。',
    administration: '点滴で投与します。',
    safety: { risks: '内出血が起こることがあります。', sideEffects: '発熱することがあります。' },
    price: { minJpy: 50000, maxJpy: 300000 },
    course: { period: '約3か月', sessions: '3〜5回' },
    regulatory: regulatory(ctx.treatment),
    references: supportIds(ctx.support),
    clinicalApplications: [],
  }
  if (text === undefined) return doc
  if (ctx.field === 'summary') doc.summary = text
  else if (ctx.field === 'safety.risks')
    doc.safety = { risks: text, sideEffects: '発熱することがあります。' }
  else if (ctx.field === 'price.note') doc.price = { minJpy: 50000, maxJpy: 300000, note: text }
  else if (ctx.field === 'duration.text') doc.duration = { text }
  else if (ctx.field === 'clinicalApplications') {
    doc.references = [PAPER.id, CLINIC.id]
    doc.clinicalApplications = [
      {
        area: '皮膚の状態',
        finding: text,
        evidenceLevel: 'rct',
        references: supportIds(ctx.support),
      },
    ]
  }
  return doc
}

function paragraph(text: string, citations: number[]) {
  return {
    type: 'paragraph',
    children: [
      { type: 'text', text },
      ...citations.map((id) => ({
        type: 'inlineBlock',
        fields: { blockType: 'citation', reference: id },
      })),
    ],
  }
}

/** The document the case is checked in, and which finding paths belong to the sentence. */
export function caseDocument(item: CorpusCase): {
  input: CheckInput
  owns: (path: string) => boolean
} {
  const ctx = { ...DEFAULT_CONTEXT, ...item.context }
  const references = [PAPER, CLINIC]
  if (!ctx.details) {
    // A bare page with no treatment described next to the sentence.
    return {
      input: {
        collection: 'articles',
        doc: { title: '記事', lead: item.text, compares: [], references: supportIds(ctx.support) },
        references,
        siteContact: CONTACT,
      },
      owns: (path) => path === 'lead',
    }
  }
  if (ctx.field === 'body') {
    const treatment = treatmentDoc(ctx)
    return {
      input: {
        collection: 'articles',
        doc: {
          title: '記事',
          lead: '二つの治療を比較します。',
          compares: [treatment.id],
          references: [PAPER.id, CLINIC.id],
          body: {
            root: { type: 'root', children: [paragraph(item.text, supportIds(ctx.support))] },
          },
        },
        treatments: [treatment],
        references,
        siteContact: CONTACT,
      },
      owns: (path) => path === 'body',
    }
  }
  const owns =
    ctx.field === 'clinicalApplications'
      ? (path: string) => path.startsWith('clinicalApplications.0.')
      : (path: string) => path === ctx.field
  return {
    input: {
      collection: 'treatments',
      doc: treatmentDoc(ctx, item.text),
      references,
      siteContact: CONTACT,
    },
    owns,
  }
}

export const labelOf = (f: { category: string; severity: string }) => `${f.category}:${f.severity}`

export interface CaseResult {
  item: CorpusCase
  expected: string[]
  got: string[]
  findings: Finding[]
  ok: boolean
}

/** Checks one case: the findings on its sentence, as a set of category:severity, must equal `expect`. */
export async function runCase(item: CorpusCase): Promise<CaseResult> {
  const { input, owns } = caseDocument(item)
  const all = await checkDocument(input)
  const findings = all.filter((f) => owns(f.path))
  const got = [...new Set(findings.map(labelOf))].sort()
  const expected = [...new Set(item.expect.map(labelOf))].sort()
  return { item, expected, got, findings, ok: got.join() === expected.join() }
}
