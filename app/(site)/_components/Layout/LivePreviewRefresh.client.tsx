'use client'
import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'
import React, { useCallback } from 'react'

/**
 * Inside the admin's live preview, re-renders the page on the server each time the document
 * is saved (Payload's server-side live preview). Rendered only in draft mode, so visitors'
 * pages carry no client code for it. The admin is this same origin; the component reads it
 * in its effects, which run only in the browser.
 */
export function LivePreviewRefresh() {
  const router = useRouter()
  const refresh = useCallback(() => router.refresh(), [router])
  const origin = typeof window === 'undefined' ? '' : window.location.origin
  return <RefreshRouteOnSave refresh={refresh} serverURL={origin} />
}
