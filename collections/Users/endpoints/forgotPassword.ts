import { ValidationError, type Endpoint } from 'payload'

import { readEndpointData } from '@/lib/http/endpointData'

/**
 * POST /api/users/forgot-password, in place of Payload's: it answers at once and the same
 * way whether or not the e-mail has an account, and makes and mails the reset link
 * afterwards — so neither the answer nor its timing tells who has an account.
 */
/**
 * Reset links are made one at a time, in the order asked: a burst of requests cannot hold
 * many database connections at once. Past a backlog of 100, requests are dropped (logged).
 */
const MAX_BACKLOG = 100
let backlog = 0
let queue: Promise<void> = Promise.resolve()

function later(task: () => Promise<unknown>, onError: (err: unknown) => void): void {
  if (backlog >= MAX_BACKLOG) {
    onError(new Error(`password reset backlog full (${MAX_BACKLOG}): request dropped`))
    return
  }
  backlog++
  queue = queue
    .then(async () => {
      await task()
    })
    .catch(onError)
    .finally(() => {
      backlog--
    })
}

export const FORGOT_PASSWORD_ANSWER =
  'このメールアドレスのアカウントがあれば、パスワード再設定用のリンクを送りました。メールをご確認ください。'

export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    await readEndpointData(req)
    const email = typeof req.data?.email === 'string' ? req.data.email.trim() : ''
    if (!email) {
      throw new ValidationError(
        {
          collection: 'users',
          errors: [{ path: 'email', message: 'メールアドレスを入力してください。' }],
        },
        req.t,
      )
    }
    const { payload } = req
    later(
      () => payload.forgotPassword({ collection: 'users', data: { email } }),
      (err) => payload.logger.error({ err, msg: 'password reset link could not be sent' }),
    )
    return Response.json({ message: FORGOT_PASSWORD_ANSWER }, { status: 200 })
  },
}
