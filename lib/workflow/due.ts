/**
 * Re-review: approved content is due for another medical review once its review interval
 * (per collection, overridable per document in `reviewIntervalMonths`) has passed since
 * `lastReviewedAt`.
 */
export const DEFAULT_REVIEW_INTERVAL_MONTHS = 12

export const REVIEW_INTERVALS: Record<string, number> = {
  articles: DEFAULT_REVIEW_INTERVAL_MONTHS,
  treatments: DEFAULT_REVIEW_INTERVAL_MONTHS,
  components: DEFAULT_REVIEW_INTERVAL_MONTHS,
  references: DEFAULT_REVIEW_INTERVAL_MONTHS,
}

type Reviewable = { lastReviewedAt?: string | null; reviewIntervalMonths?: number | null }

export function reviewDueDate(collection: string, doc: Reviewable): Date | null {
  if (!doc.lastReviewedAt) return null
  const months = doc.reviewIntervalMonths || REVIEW_INTERVALS[collection] || DEFAULT_REVIEW_INTERVAL_MONTHS
  const due = new Date(doc.lastReviewedAt)
  due.setMonth(due.getMonth() + months)
  return due
}

export function isDueForReReview(collection: string, doc: Reviewable, now: Date = new Date()): boolean {
  const due = reviewDueDate(collection, doc)
  return due !== null && due.getTime() <= now.getTime()
}
