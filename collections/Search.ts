import type { SearchPluginConfig } from '@payloadcms/plugin-search/types'

import { loadAnalyzer } from '@/lib/compliance'
import { REVIEWED_COLLECTIONS, isReviewedCollection } from '@/lib/domain'
import { searchEntry } from '@/lib/search/entry'

import { adminGroups } from './shared/adminGroups'
import { adminOnly, staff } from './shared/access'

/**
 * The site search index (Payload's search plugin): one row per published article, treatment,
 * component and reference. The plugin writes a row only from a published save (drafts are
 * never synced) and removes it on delete and when a document is unpublished; a draft saved
 * over a published document leaves the published row alone. The public /search page reads
 * it through lib/search (SQL with the analyser's tokens); over REST only staff see it.
 */
export const searchPluginConfig: SearchPluginConfig = {
  collections: [...REVIEWED_COLLECTIONS],
  syncDrafts: false,
  deleteDrafts: true,
  // Ties in the ranking go to the page a visitor most likely wants.
  defaultPriorities: { articles: 4, treatments: 3, components: 2, references: 1 },
  beforeSync: async ({ collectionSlug, originalDoc, searchDoc }) => {
    if (!isReviewedCollection(collectionSlug)) return searchDoc
    return { ...searchDoc, ...searchEntry(await loadAnalyzer(), collectionSlug, originalDoc) }
  },
  searchOverrides: {
    labels: {
      singular: { ja: '検索インデックス', en: 'Search entry' },
      plural: { ja: '検索インデックス', en: 'Search index' },
    },
    // Admins may rebuild it (the list's reindex button needs create and delete); staff may read it.
    access: { read: staff, create: adminOnly, update: adminOnly, delete: adminOnly },
    admin: {
      group: adminGroups.admin,
      defaultColumns: ['title', 'path', 'doc', 'updatedAt'],
      description: {
        ja: '公開中の記事・治療・成分・参考文献から自動で作られるサイト内検索の索引です（下書きは含まれません）。',
        en: 'Built automatically from published documents.',
      },
    },
    fields: ({ defaultFields }) => [
      ...defaultFields,
      {
        name: 'path',
        type: 'text',
        admin: { readOnly: true },
        label: { ja: '公開パス', en: 'Path' },
      },
      {
        name: 'content',
        type: 'textarea',
        admin: { readOnly: true },
        label: { ja: '本文（検索・抜粋用）', en: 'Text' },
      },
      { name: 'tokens', type: 'textarea', admin: { readOnly: true, hidden: true } },
      { name: 'titleTokens', type: 'text', admin: { readOnly: true, hidden: true } },
    ],
  },
}
