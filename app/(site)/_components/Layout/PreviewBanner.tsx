/** Shown to staff in draft mode so a preview is never mistaken for the live page. */
export function PreviewBanner({ path }: { path: string }) {
  return (
    <div className="preview-banner" role="status">
      プレビュー表示中（下書きを含みます）。
      <a href={`/next/exit-preview?path=${encodeURIComponent(path)}`}>プレビューを終了</a>
    </div>
  )
}
