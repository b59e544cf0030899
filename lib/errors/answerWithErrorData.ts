import type { AfterErrorHook } from 'payload'

/**
 * Puts a public error's `data` into the answer when Payload left it out: the guideline
 * findings of a refused submission (422), the refused field of a password, what the login
 * screen must ask next. Payload adds `data` only for errors it recognises as its own classes
 * (`instanceof APIError`), and in the production bundle the app's copy of those classes can
 * differ from the one that formats the answer — which dropped the data.
 */
export const answerWithErrorData: AfterErrorHook = ({ error, result }) => {
  const { data, isPublic, message, name, status } = error as Error & {
    data?: Record<string, unknown> | null
    isPublic?: boolean
    status?: number
  }
  if (!isPublic || !data || !status) return
  const answered = result?.errors?.[0] as { data?: unknown } | undefined
  if (answered?.data) return // already there (or a collection hook added to it)
  return { response: { errors: [{ name, message, data }] }, status }
}
