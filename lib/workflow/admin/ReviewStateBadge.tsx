import React from 'react'

import { reviewStateLabels, type ReviewState } from '@/lib/domain'

const colors: Record<ReviewState, { bg: string; fg: string }> = {
  draft: { bg: '#e8e8e8', fg: '#333' },
  in_review: { bg: '#fff3cd', fg: '#664d03' },
  changes_requested: { bg: '#f8d7da', fg: '#842029' },
  scheduled: { bg: '#cfe2ff', fg: '#084298' },
  approved: { bg: '#d1e7dd', fg: '#0f5132' },
}

/** The review state as a small coloured pill (list cells, edit view, dashboard). */
export function ReviewStateBadge({
  state,
  due,
  lang = 'ja',
}: {
  state?: string | null
  due?: boolean
  lang?: 'ja' | 'en'
}) {
  const s = (state && state in reviewStateLabels ? state : 'draft') as ReviewState
  return (
    <span style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}>
      <span
        data-review-state={s}
        style={{
          background: colors[s].bg,
          color: colors[s].fg,
          borderRadius: 999,
          padding: '2px 10px',
          fontSize: 12,
          fontWeight: 600,
          whiteSpace: 'nowrap',
        }}
      >
        {reviewStateLabels[s][lang]}
      </span>
      {due ? (
        <span
          data-review-due
          style={{
            background: '#cff4fc',
            color: '#055160',
            borderRadius: 999,
            padding: '2px 8px',
            fontSize: 12,
            whiteSpace: 'nowrap',
          }}
        >
          {lang === 'ja' ? '再レビュー期限' : 'Due for re-review'}
        </span>
      ) : null}
    </span>
  )
}
