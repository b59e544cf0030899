/** The groups of the admin navigation. */
export const adminGroups = {
  content: { ja: 'コンテンツ', en: 'Content' },
  evidence: { ja: 'エビデンス', en: 'Evidence' },
  admin: { ja: '管理', en: 'Administration' },
} as const
