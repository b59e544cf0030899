/**
 * The whole-database report behind `npm run compliance` (scripts/compliance.ts): every article,
 * treatment and component at its latest version, with its findings.
 */
import { createLocalReq, type Payload, type Where } from 'payload'

import { summarize, type Finding } from '@/lib/compliance'
import {
  collectionLabel,
  COMPLIANCE_COLLECTIONS,
  documentTitle,
  type ComplianceCollection,
} from '@/lib/domain'

import { checkWithContext } from './load'

export interface DocumentReport {
  collection: ComplianceCollection
  id: number | string
  slug: string
  title: string
  status: string
  errors: number
  warnings: number
  findings: Finding[]
}

export interface ComplianceReport {
  documents: DocumentReport[]
  errors: number
  warnings: number
}

export async function complianceReport(
  payload: Payload,
  options: { collections?: ComplianceCollection[]; slugs?: string[] } = {},
): Promise<ComplianceReport> {
  const req = await createLocalReq({}, payload)
  const where: Where | undefined = options.slugs?.length
    ? { slug: { in: options.slugs } }
    : undefined
  const documents: DocumentReport[] = []
  for (const collection of options.collections ?? COMPLIANCE_COLLECTIONS) {
    const { docs } = await payload.find({
      collection,
      where,
      draft: true,
      depth: 0,
      pagination: false,
      sort: 'slug',
      overrideAccess: true,
      req,
    })
    for (const doc of docs) {
      const findings = await checkWithContext(req, collection, doc)
      documents.push({
        collection,
        id: doc.id,
        slug: String(doc.slug ?? ''),
        title: documentTitle(collection, doc),
        status: String(doc._status ?? ''),
        ...summarize(findings),
        findings,
      })
    }
  }
  return {
    documents,
    errors: documents.reduce((n, d) => n + d.errors, 0),
    warnings: documents.reduce((n, d) => n + d.warnings, 0),
  }
}

/** A readable, plain-text report (one block per document, clean documents on one line). */
export function formatReport(report: ComplianceReport): string {
  const lines: string[] = ['医療広告ガイドライン チェック', '']
  for (const doc of report.documents) {
    const mark = doc.errors > 0 ? '✗' : doc.warnings > 0 ? '!' : '✓'
    lines.push(
      `${mark} [${collectionLabel(doc.collection)}] ${doc.title} (${doc.collection}/${doc.id}, ${doc.slug}, ${doc.status}) — エラー ${doc.errors} / 警告 ${doc.warnings}`,
    )
    for (const f of doc.findings) {
      const where = f.span ? `${f.path}「${f.span.text}」` : f.path
      lines.push(`    ${f.severity === 'error' ? 'エラー' : '警告'} ${f.ruleId} @ ${where}`)
      lines.push(`      ${f.message}`)
      lines.push(`      根拠: ${f.guideline}`)
    }
  }
  lines.push(
    '',
    `${report.documents.length} 件を確認: エラー ${report.errors} / 警告 ${report.warnings}`,
  )
  return lines.join('\n')
}
