/**
 * The compliance check (the 医療広告ガイドライン checker of lib/compliance) inside Payload.
 * lib/compliance stays free of Payload; this folder is its adapter — "compliance" in code,
 * 「広告ガイドライン チェック」 in the admin:
 *
 *   checkStoredDocument(req, collection, id)  the latest version of a stored document
 *   checkData(req, collection, data)          unsaved form data (the live admin panel)
 *   complianceEndpoints                       GET /api/<collection>/:id/compliance,
 *                                             POST /api/<collection>/compliance-check
 *   updateComplianceCounts                    beforeChange: complianceErrors / complianceWarnings
 *   compliancePanelField                      the 「広告ガイドライン チェック」 sidebar panel
 *   withCompliance(config)                    adds the three above to a collection
 *   complianceReport / formatReport           the whole-database report of `npm run compliance`
 *
 * collections/shared/contentCollection.ts applies withCompliance to the collections marked
 * `compliance` in lib/domain/collections.ts; lib/workflow refuses a submission with errors.
 */
export { checkData, checkStoredDocument } from './check'
export { complianceEndpoints } from './endpoints'
export { updateComplianceCounts } from './hooks/updateComplianceCounts'
export { compliancePanelField } from './panelField'
export { withCompliance } from './withCompliance'
export { complianceReport, formatReport, type ComplianceReport } from './report'
