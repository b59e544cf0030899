import { APIError } from 'payload'

import type { Enrolment } from '@/lib/auth/twoFactor'

/**
 * Answers of a sign-in that needs a second factor. `data.twoFactor` tells the login screen
 * what to ask for next: a code (`code`), or setting up an authenticator app (`enrol`).
 */
export class SecondFactorRequired extends APIError<{ twoFactor: 'code' }> {
  constructor(wrongCode: boolean) {
    super(
      wrongCode
        ? '二段階認証のコードが正しくないか、すでに使われています。'
        : '二段階認証のコード（認証アプリの6桁の数字、またはリカバリーコード）を入力してください。',
      401,
      { twoFactor: 'code' },
      true,
    )
  }
}

export class SecondFactorEnrolmentRequired extends APIError<{ twoFactor: 'enrol'; enrolment: Enrolment }> {
  constructor(enrolment: Enrolment) {
    super(
      '管理者と医療レビュアーは二段階認証の設定が必要です。認証アプリで QR コードを読み取り、表示された6桁のコードを入力してください。',
      403,
      { twoFactor: 'enrol', enrolment },
      true,
    )
  }
}
