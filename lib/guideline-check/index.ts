/**
 * The 医療広告ガイドライン checker (lib/compliance) inside the product:
 *
 *   checkStoredDocument(req, collection, id)  the latest version of a stored document
 *   checkData(req, collection, data)          unsaved form data (the live admin panel)
 *   guidelineEndpoints                        GET /api/<collection>/:id/compliance,
 *                                             POST /api/<collection>/compliance-check
 *   updateComplianceCounts                    beforeChange: complianceErrors / complianceWarnings
 *   guidelinePanelField                       the 「広告ガイドライン チェック」 sidebar panel
 *   withGuidelineCheck(config)                adds the three above to a checked collection
 *
 * lib/workflow's withReviewWorkflow applies withGuidelineCheck to every reviewed collection.
 */
export {
  CHECKED_COLLECTIONS,
  checkData,
  checkStoredDocument,
  isCheckedCollection,
  type CheckedCollection,
} from './check'
export { guidelineEndpoints } from './endpoints'
export { updateComplianceCounts } from './hooks/updateComplianceCounts'
export { guidelinePanelField } from './panelField'
export { withGuidelineCheck } from './withGuidelineCheck'
export { complianceReport, formatReport, type ComplianceReport } from './report'
export { oversizedText, type OversizedValue } from './oversizedText'
