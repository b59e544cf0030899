import type { CollectionConfig } from 'payload'

import { env } from '@/lib/env'

type ForgotPassword = NonNullable<
  Exclude<CollectionConfig['auth'], boolean | undefined>['forgotPassword']
>

/** The password reset e-mail, in Japanese, with a link to the app's own origin (never the request's Host). */
export const resetPasswordEmail: Pick<
  ForgotPassword,
  'generateEmailHTML' | 'generateEmailSubject'
> = {
  generateEmailSubject: () => '【Hikaku】パスワード再設定のご案内',
  generateEmailHTML: (args) => {
    const link = `${env.serverUrl}/admin/reset/${args?.token ?? ''}`
    return [
      '<p>Hikaku のパスワード再設定が依頼されました。</p>',
      `<p>次のリンクから新しいパスワードを設定してください（1時間有効）：<br><a href="${link}">${link}</a></p>`,
      '<p>心当たりがない場合は、このメールを破棄してください。パスワードは変更されません。</p>',
    ].join('\n')
  },
}
