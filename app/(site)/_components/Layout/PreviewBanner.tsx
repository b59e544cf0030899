import { LivePreviewRefresh } from './LivePreviewRefresh.client'

/**
 * Shown to staff in draft mode so a preview is never mistaken for the live page; it also
 * refreshes the page on each save when it is shown in the admin's live preview.
 */
export function PreviewBanner({ path }: { path: string }) {
  return (
    <div className="preview-banner" role="status">
      プレビュー表示中（下書きを含みます）。
      <a href={`/next/exit-preview?path=${encodeURIComponent(path)}`}>プレビューを終了</a>
      <LivePreviewRefresh />
    </div>
  )
}
