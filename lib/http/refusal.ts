/** A request a guard refuses before it reaches Payload: the status and the message to answer. */
export type Refusal = { status: number; message: string }

/** Payload's error shape, so that clients read every refusal the same way. */
export const refusalBody = (refusal: Refusal) => ({ errors: [{ message: refusal.message }] })
