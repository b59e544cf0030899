const TONE_LABEL: Record<string, string> = { info: '情報', warning: '注意', note: '補足' }

/** The callout block of article bodies; `role="note"` so it is announced as an aside. */
export function Callout({
  tone,
  title,
  text,
}: {
  tone?: string
  title?: string | null
  text?: string | null
}) {
  const t = tone && TONE_LABEL[tone] ? tone : 'info'
  return (
    <aside className={`callout callout-${t}`} aria-label={title || TONE_LABEL[t]}>
      {title ? <p className="callout-title">{title}</p> : null}
      {(text ?? '').split(/\n+/).map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </aside>
  )
}
