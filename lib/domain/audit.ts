/**
 * What the audit log records: the four workflow actions, scheduled publishing (an approval
 * with a publish time, the job that publishes or unpublishes at that time, an edit that
 * cancels it), deletions, and admins' interventions in accounts.
 */
export const AUDIT_ACTIONS = [
  'submit',
  'approve',
  'request-changes',
  'unpublish',
  'schedule',
  'scheduled-publish',
  'scheduled-unpublish',
  'schedule-cancel',
  'delete',
  'two-factor-reset',
  'sessions-revoke',
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export const auditActionLabels: Record<AuditAction, { ja: string; en: string }> = {
  submit: { ja: 'レビュー申請', en: 'Submit' },
  approve: { ja: '承認・公開', en: 'Approve' },
  'request-changes': { ja: '修正依頼', en: 'Request changes' },
  unpublish: { ja: '公開停止', en: 'Unpublish' },
  schedule: { ja: '承認・公開予約', en: 'Approve with schedule' },
  'scheduled-publish': { ja: '予約公開', en: 'Scheduled publish' },
  'scheduled-unpublish': { ja: '予約公開終了', en: 'Scheduled unpublish' },
  'schedule-cancel': { ja: '公開予約の取消', en: 'Schedule cancelled' },
  delete: { ja: '削除', en: 'Delete' },
  'two-factor-reset': { ja: '二段階認証のリセット', en: 'Two-factor reset' },
  'sessions-revoke': { ja: 'セッションの終了', en: 'Sessions revoked' },
}
