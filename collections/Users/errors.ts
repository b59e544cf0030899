import { APIError } from 'payload'

/**
 * Answers of a sign-in that needs a second factor (named, so that minified builds keep
 * the names lib/errors/answerWithErrorData.ts and hooks/answerWithEnrolment.ts go by). `data.twoFactor` tells the login screen
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
    this.name = 'SecondFactorRequired'
  }
}

/**
 * The new secret is not part of the error, so that it is never logged: the answer gets it
 * from `req.context.enrolment` (hooks/answerWithEnrolment.ts).
 */
export class SecondFactorEnrolmentRequired extends APIError<{ twoFactor: 'enrol' }> {
  constructor() {
    super(
      '管理者と医療レビュアーは二段階認証の設定が必要です。認証アプリで QR コードを読み取り、表示された6桁のコードを入力してください。',
      403,
      { twoFactor: 'enrol' },
      true,
    )
    this.name = 'SecondFactorEnrolmentRequired'
  }
}
