'use client'
import type { DefaultCellComponentProps } from 'payload'
import React from 'react'

/** List-view cell of a user's two-factor authentication: on or off. */
export function TwoFactorCell({ cellData }: DefaultCellComponentProps) {
  return (
    <span>{(cellData as { enabled?: boolean } | null)?.enabled ? '二段階認証 有効' : '—'}</span>
  )
}
