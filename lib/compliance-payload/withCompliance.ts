import type { CollectionConfig } from 'payload'

import { isCheckedCollection } from './check'
import { guidelineEndpoints } from './endpoints'
import { updateComplianceCounts } from './hooks/updateComplianceCounts'
import { guidelinePanelField } from './panelField'

/**
 * Adds the guideline check to a checked collection (articles, treatments, components): its REST
 * endpoints, the counts hook (after the collection's own beforeChange hooks) and the sidebar
 * panel. Other collections are returned unchanged. Applied by lib/workflow's withReviewWorkflow.
 */
export function withGuidelineCheck(config: CollectionConfig): CollectionConfig {
  if (!isCheckedCollection(config.slug)) return config
  return {
    ...config,
    endpoints: [...(config.endpoints || []), ...guidelineEndpoints],
    hooks: { ...config.hooks, beforeChange: [...(config.hooks?.beforeChange ?? []), updateComplianceCounts] },
    // First in the sidebar: the marketer sees it while writing.
    fields: [guidelinePanelField, ...config.fields],
  }
}
