/** What the audit log records: the four workflow actions, deletions, and admins' interventions in accounts. */
export const AUDIT_ACTIONS = ['submit', 'approve', 'request-changes', 'unpublish', 'delete', 'two-factor-reset', 'sessions-revoke'] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export const auditActionLabels: Record<AuditAction, { ja: string; en: string }> = {
  submit: { ja: 'レビュー申請', en: 'Submit' },
  approve: { ja: '承認・公開', en: 'Approve' },
  'request-changes': { ja: '修正依頼', en: 'Request changes' },
  unpublish: { ja: '公開停止', en: 'Unpublish' },
  delete: { ja: '削除', en: 'Delete' },
  'two-factor-reset': { ja: '二段階認証のリセット', en: 'Two-factor reset' },
  'sessions-revoke': { ja: 'セッションの終了', en: 'Sessions revoked' },
}
