import type { CollectionAfterErrorHook } from 'payload'

/**
 * Adds the new secret of a two-factor set-up that the sign-in started to the answer's `data`
 * (kept out of the error so that it is never logged). The error's own `data` reaches the
 * answer for every public error (lib/errors/answerWithErrorData.ts).
 */
export const answerWithEnrolment: CollectionAfterErrorHook = ({ context, error }) => {
  const { data, message, name, status } = error as Error & {
    data?: Record<string, unknown>
    status?: number
  }
  if (name !== 'SecondFactorEnrolmentRequired' || !context.enrolment || !status) return
  return {
    response: { errors: [{ name, message, data: { ...data, enrolment: context.enrolment } }] },
    status,
  }
}
