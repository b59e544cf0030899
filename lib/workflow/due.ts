/**
 * Re-review: approved content is due for another medical review once its review interval
 * (`reviewIntervalMonths` of the document, 12 months by default) has passed since
 * `lastReviewedAt`.
 */
const DEFAULT_REVIEW_INTERVAL_MONTHS = 12

type Reviewable = { lastReviewedAt?: string | null; reviewIntervalMonths?: number | null }

export function reviewDueDate(doc: Reviewable): Date | null {
  if (!doc.lastReviewedAt) return null
  const months = doc.reviewIntervalMonths || DEFAULT_REVIEW_INTERVAL_MONTHS
  const due = new Date(doc.lastReviewedAt)
  due.setMonth(due.getMonth() + months)
  return due
}

export function isDueForReReview(doc: Reviewable, now: Date = new Date()): boolean {
  const due = reviewDueDate(doc)
  return due !== null && due.getTime() <= now.getTime()
}
