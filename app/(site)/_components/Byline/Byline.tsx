import type { Reviewer } from '@/lib/queries/shared'

import { formatDateJa, isoDateJst } from '../Typography/formatDate'

/** 監修: the physician who approved the content, their qualification and the review date. */
export function Byline({
  reviewer,
  lastReviewedAt,
}: {
  reviewer: Reviewer | null
  lastReviewedAt?: string | null
}) {
  if (!reviewer && !lastReviewedAt) return null
  return (
    <dl className="byline">
      {reviewer ? (
        <div>
          <dt>監修</dt>
          <dd>
            <span className="byline-name">{reviewer.name}</span>
            {reviewer.qualification ? (
              <span className="byline-qualification">（{reviewer.qualification}）</span>
            ) : null}
          </dd>
        </div>
      ) : null}
      {lastReviewedAt ? (
        <div>
          <dt>最終確認日</dt>
          <dd>
            <time dateTime={isoDateJst(lastReviewedAt)}>{formatDateJa(lastReviewedAt)}</time>
          </dd>
        </div>
      ) : null}
    </dl>
  )
}
