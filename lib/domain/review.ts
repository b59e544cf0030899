/** The review states of a reviewed document (see lib/workflow/states.ts for the transitions). */
export const REVIEW_STATES = [
  'draft',
  'in_review',
  'changes_requested',
  'scheduled',
  'approved',
] as const
export type ReviewState = (typeof REVIEW_STATES)[number]

export const reviewStateLabels: Record<ReviewState, { ja: string; en: string }> = {
  draft: { ja: '下書き', en: 'Draft' },
  in_review: { ja: 'レビュー待ち', en: 'In review' },
  changes_requested: { ja: '修正依頼', en: 'Changes requested' },
  scheduled: { ja: '承認済み・公開予約', en: 'Approved, scheduled' },
  approved: { ja: '承認済み・公開中', en: 'Approved' },
}
