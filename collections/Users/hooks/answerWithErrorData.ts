import type { CollectionAfterErrorHook } from 'payload'

/**
 * Puts a public error's `data` (the field of a refused password, what the login screen must
 * ask next) into the answer, with the new secret of a two-factor set-up that the sign-in
 * started (kept out of the error so that it is never logged). Payload adds `data` only for
 * errors it recognises as its own classes, and in the production bundle the app's copy of
 * those classes can differ from the one that formats the answer — which dropped the data.
 */
export const answerWithErrorData: CollectionAfterErrorHook = ({ context, error }) => {
  const { data, isPublic, message, name, status } = error as Error & {
    data?: Record<string, unknown>
    isPublic?: boolean
    status?: number
  }
  if (!isPublic || !data || !status) return
  const enrolment = name === 'SecondFactorEnrolmentRequired' ? context.enrolment : undefined
  return {
    response: { errors: [{ name, message, data: enrolment ? { ...data, enrolment } : data }] },
    status,
  }
}
