import type { CollectionConfig } from 'payload'

import { complianceEndpoints } from './endpoints'
import { updateComplianceCounts } from './hooks/updateComplianceCounts'
import { compliancePanelField } from './panelField'

/**
 * Adds the compliance check to a collection the checker reads (articles, treatments,
 * components): its REST endpoints, the counts hook (after the collection's own beforeChange
 * hooks) and the sidebar panel. collections/shared/contentCollection.ts applies it.
 */
export function withCompliance(config: CollectionConfig): CollectionConfig {
  return {
    ...config,
    endpoints: [...(config.endpoints || []), ...complianceEndpoints],
    hooks: {
      ...config.hooks,
      beforeChange: [...(config.hooks?.beforeChange ?? []), updateComplianceCounts],
    },
    // First in the sidebar: the marketer sees it while writing.
    fields: [compliancePanelField, ...config.fields],
  }
}
