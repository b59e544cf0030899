import { isSameOriginPath } from '@/lib/http/sameOriginPath'

/** Only paths of the public site (lib/http/sameOriginPath), never the admin, the API or /next. */
export function safePreviewPath(value: string | null): string | null {
  if (!isSameOriginPath(value)) return null
  if (/^\/(admin|api|next)(\/|$)/i.test(value)) return null
  return value
}
