/**
 * Re-review: approved content is due for another medical review once its review interval
 * (`reviewIntervalMonths` of the document, 12 months by default) has passed since
 * `lastReviewedAt`.
 */
const DEFAULT_REVIEW_INTERVAL_MONTHS = 12

type Reviewable = { lastReviewedAt?: string | null; reviewIntervalMonths?: number | null }

export function reviewDueDate(doc: Reviewable): Date | null {
  if (!doc.lastReviewedAt) return null
  const due = new Date(doc.lastReviewedAt)
  due.setMonth(due.getMonth() + (doc.reviewIntervalMonths || DEFAULT_REVIEW_INTERVAL_MONTHS))
  return due
}

/** Documents last reviewed on or before this date are due: one query per interval finds them. */
export function reviewedBefore(
  reviewIntervalMonths: number | null | undefined,
  now: Date = new Date(),
): Date {
  const cutoff = new Date(now)
  cutoff.setMonth(cutoff.getMonth() - (reviewIntervalMonths || DEFAULT_REVIEW_INTERVAL_MONTHS))
  return cutoff
}

export function isDueForReReview(doc: Reviewable, now: Date = new Date()): boolean {
  if (!doc.lastReviewedAt) return false
  return (
    new Date(doc.lastReviewedAt).getTime() <=
    reviewedBefore(doc.reviewIntervalMonths, now).getTime()
  )
}
