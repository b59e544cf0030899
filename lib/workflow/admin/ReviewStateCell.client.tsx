'use client'
import type { DefaultCellComponentProps } from 'payload'
import React from 'react'

import { isDueForReReview } from '../due'
import { ReviewStateBadge } from './ReviewStateBadge'

/** List-view cell of `reviewState`: the state badge, plus "due for re-review" when it is. */
export function ReviewStateCell({ cellData, rowData }: DefaultCellComponentProps) {
  const row = (rowData ?? {}) as {
    _status?: string
    lastReviewedAt?: string | null
    reviewIntervalMonths?: number | null
  }
  const due = row._status === 'published' && isDueForReReview(row)
  return <ReviewStateBadge state={cellData as string} due={due} />
}
