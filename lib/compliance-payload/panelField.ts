import type { UIField } from 'payload'

/** The 「広告ガイドライン チェック」 panel in the edit view's sidebar (no database column). */
export const guidelinePanelField: UIField = {
  name: 'guidelineCheck',
  type: 'ui',
  label: { ja: '広告ガイドライン チェック', en: 'Advertising guideline check' },
  admin: {
    position: 'sidebar',
    components: { Field: '@/lib/guideline-check/admin/GuidelinePanel.client#GuidelinePanel' },
  },
}
