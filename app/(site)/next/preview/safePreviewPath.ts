/** Only site paths, never another origin (`//evil.example`) or the admin/API. */
export function safePreviewPath(value: string | null): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return null
  if (/^\/(admin|api|next)(\/|$)/.test(value)) return null
  return value
}
