import { APIError, type CollectionBeforeOperationHook, type CollectionConfig } from 'payload'

import { AUDIT_ACTIONS, auditActionLabels, hasRole } from '@/lib/domain'

import { adminGroups } from './shared/adminGroups'

/** Refuses every change to an existing entry, whoever asks and whatever the access override. */
const refuseChanges: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation === 'update' || operation === 'delete' || operation === 'restoreVersion') {
    throw new APIError(
      '監査ログは追記専用です。記録の変更・削除は誰にもできません（the audit log is append-only）。',
      403,
      null,
      true,
    )
  }
  return args
}

/**
 * Append-only record of every workflow event, and of admins' interventions in accounts
 * (two-factor resets, revoked sessions). Entries are written by lib/workflow with
 * overrideAccess; nobody, admins included, can create, change or delete one over any API.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: {
    singular: { ja: '監査ログ', en: 'Audit log entry' },
    plural: { ja: '監査ログ', en: 'Audit log' },
  },
  admin: {
    group: adminGroups.admin,
    useAsTitle: 'summary',
    defaultColumns: ['createdAt', 'action', 'collectionSlug', 'documentTitle', 'actor', 'note'],
    listSearchableFields: ['documentTitle', 'note', 'summary'],
  },
  access: {
    read: ({ req: { user } }) => hasRole(user, 'admin', 'reviewer'),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  hooks: { beforeOperation: [refuseChanges] },
  timestamps: true,
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      label: { ja: '操作', en: 'Action' },
      options: AUDIT_ACTIONS.map((value) => ({ value, label: auditActionLabels[value] })),
    },
    {
      name: 'collectionSlug',
      type: 'text',
      required: true,
      index: true,
      label: { ja: 'コレクション', en: 'Collection' },
    },
    {
      name: 'documentId',
      type: 'text',
      required: true,
      index: true,
      label: { ja: 'ドキュメントID', en: 'Document id' },
    },
    { name: 'documentTitle', type: 'text', label: { ja: 'タイトル', en: 'Title' } },
    { name: 'versionId', type: 'text', label: { ja: 'バージョンID', en: 'Version id' } },
    {
      name: 'actor',
      type: 'relationship',
      relationTo: 'users',
      label: { ja: '実行者', en: 'Actor' },
    },
    {
      name: 'actorName',
      type: 'text',
      label: { ja: '実行者名（記録時）', en: 'Actor name at the time' },
    },
    { name: 'note', type: 'textarea', label: { ja: 'メモ', en: 'Note' } },
    {
      name: 'acknowledgedWarnings',
      type: 'json',
      label: { ja: '確認済みのガイドライン警告', en: 'Acknowledged warnings' },
    },
    {
      name: 'acknowledgedUnverifiedReferences',
      type: 'json',
      label: { ja: '未確認と承知して承認した参考文献', en: 'Unverified references acknowledged' },
      admin: {
        description: {
          ja: '承認時に書誌情報が未確認だった引用文献（ID と識別子）。',
          en: 'Cited references whose metadata was unverified at approval.',
        },
      },
    },
    { name: 'summary', type: 'text', label: { ja: '概要', en: 'Summary' } },
  ],
}
