import type { UIField } from 'payload'

/** The 「広告ガイドライン チェック」 panel in the edit view's sidebar (no database column). */
export const compliancePanelField: UIField = {
  name: 'compliancePanel',
  type: 'ui',
  label: { ja: '広告ガイドライン チェック', en: 'Compliance check (advertising guideline)' },
  admin: {
    position: 'sidebar',
    components: { Field: '@/lib/compliance-payload/admin/CompliancePanel.client#CompliancePanel' },
  },
}
