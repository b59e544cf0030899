'use client'
import React from 'react'

/** The verification state as a badge in the references list. */
export function VerificationCell({ cellData }: { cellData?: unknown }) {
  return <VerificationBadge status={cellData === 'verified' ? 'verified' : 'unverified'} />
}

export function VerificationBadge({ status }: { status: 'verified' | 'unverified' }) {
  const verified = status === 'verified'
  return (
    <span
      data-verification={status}
      style={{
        display: 'inline-block',
        padding: '1px 8px',
        borderRadius: 10,
        fontSize: 12,
        whiteSpace: 'nowrap',
        background: verified ? '#d1e7dd' : '#fff3cd',
        color: verified ? '#0f5132' : '#664d03',
      }}
    >
      {verified ? '確認済み' : '書誌情報未確認'}
    </span>
  )
}
