/**
 * The compliance check (the 医療広告ガイドライン checker of lib/compliance) inside Payload.
 * lib/compliance stays free of Payload; this folder is its adapter — "compliance" in code,
 * 「広告ガイドライン チェック」 in the admin:
 *
 *   check.ts                     checkStoredDocument (latest version) and checkData (unsaved form data)
 *   load.ts                      the related documents the checker needs (compared treatments,
 *                                cited references, the clinic's contact)
 *   endpoints.ts                 GET /api/<collection>/:id/compliance, POST /api/<collection>/compliance-check
 *   hooks/updateComplianceCounts complianceErrors / complianceWarnings on every save
 *   panelField.ts + admin/       the 「広告ガイドライン チェック」 sidebar panel
 *   withCompliance.ts            adds endpoints, hook and panel to a collection
 *   report.ts                    the whole-database report of `npm run compliance`
 *
 * collections/shared/contentCollection.ts applies withCompliance to the collections marked
 * `compliance` in lib/domain/collections.ts; lib/workflow refuses a submission with errors.
 */
export { checkStoredDocument } from './check'
export { withCompliance } from './withCompliance'
export { complianceReport, formatReport, type ComplianceReport } from './report'
export { oversizedText, type OversizedValue } from './oversizedText'
