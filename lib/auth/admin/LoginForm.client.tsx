'use client'
import { useConfig } from '@payloadcms/ui'
import React, { useState, useSyncExternalStore } from 'react'

const noSubscription = () => () => undefined

type Enrolment = { token: string; secret: string; otpauthUri: string; qrCode: string }
type Step = 'password' | 'code' | 'enrol' | 'recovery-codes'

const field: React.CSSProperties = { display: 'grid', gap: 6, marginBottom: 16 }
const input: React.CSSProperties = { width: '100%', padding: '10px 12px', fontSize: 16 }

/**
 * Sign-in in steps: e-mail and password; then the authenticator app's code (or a recovery
 * code) for accounts with two-factor authentication; or, for admins and reviewers who have
 * not set it up yet, the QR code to scan and its first code — after which the recovery
 * codes are shown once. Every step is one POST /api/users/login with what is known so far.
 */
export function LoginForm({ redirectTo, forgotHref }: { redirectTo: string; forgotHref: string }) {
  const { config } = useConfig()
  const [step, setStep] = useState<Step>('password')
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [code, setCode] = useState('')
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null)
  const [recoveryCodes, setRecoveryCodes] = useState<string[]>([])
  const [saved, setSaved] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  // Until the form is hydrated, a click must not send it the browser's way (a GET with the password).
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )

  async function submit(event: React.FormEvent) {
    event.preventDefault()
    setBusy(true)
    setMessage(null)
    try {
      const res = await fetch(
        `${config.serverURL ?? ''}${config.routes.api}/${config.admin.user}/login`,
        {
          method: 'POST',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            email,
            password,
            ...(step === 'code' || step === 'enrol' ? { code } : {}),
            ...(step === 'enrol' && enrolment ? { enrolmentToken: enrolment.token } : {}),
          }),
        },
      )
      const json = await res.json().catch(() => ({}))
      if (res.ok) {
        if (Array.isArray(json.recoveryCodes) && json.recoveryCodes.length) {
          setRecoveryCodes(json.recoveryCodes)
          setStep('recovery-codes')
          return
        }
        window.location.assign(redirectTo)
        return
      }
      const error = json?.errors?.[0] ?? {}
      if (error.data?.twoFactor === 'enrol') {
        setEnrolment(error.data.enrolment)
        setStep('enrol')
        setCode('')
      } else if (error.data?.twoFactor === 'code') {
        // A wrong code: say so and stay on the step (during set-up, keep the same QR code).
        if (step === 'code' || step === 'enrol') setMessage(error.message)
        if (step !== 'enrol') setStep('code')
        setCode('')
      } else {
        setMessage(error.message ?? `ログインできませんでした（${res.status}）。`)
      }
    } catch {
      setMessage('サーバーに接続できませんでした。時間をおいて再度お試しください。')
    } finally {
      setBusy(false)
    }
  }

  if (step === 'recovery-codes') {
    return (
      <section aria-label="リカバリーコード" style={{ display: 'grid', gap: 12 }}>
        <h2 style={{ margin: 0 }}>二段階認証を設定しました</h2>
        <p style={{ margin: 0 }}>
          認証アプリを使えないときのためのリカバリーコードです。各コードは一度だけ使えます。
          <strong>この画面でしか表示されません</strong>
          ので、印刷するか安全な場所に保管してください。
        </p>
        <ol
          className="hikaku-recovery-codes"
          style={{ fontFamily: 'monospace', fontSize: 18, columns: 2 }}
        >
          {recoveryCodes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ol>
        <label style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
          <input type="checkbox" checked={saved} onChange={(e) => setSaved(e.target.checked)} />
          リカバリーコードを保管しました
        </label>
        <button
          type="button"
          className="btn btn--style-primary btn--size-large"
          disabled={!saved}
          onClick={() => window.location.assign(redirectTo)}
        >
          管理画面へ進む
        </button>
      </section>
    )
  }

  return (
    <form className="login__form" method="post" onSubmit={submit} noValidate>
      {step === 'password' ? (
        <>
          <label style={field}>
            <span>メールアドレス</span>
            <input
              style={input}
              name="email"
              type="email"
              autoComplete="email"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </label>
          <label style={field}>
            <span>パスワード</span>
            <input
              style={input}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </label>
        </>
      ) : null}

      {step === 'enrol' && enrolment ? (
        <section
          aria-label="二段階認証の設定"
          style={{ display: 'grid', gap: 8, marginBottom: 16 }}
        >
          <p style={{ margin: 0 }}>
            管理者と医療レビュアーは二段階認証が必要です。認証アプリ（Google
            Authenticator、Microsoft Authenticator など）で次の QR コードを読み取ってください。
          </p>
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={enrolment.qrCode}
            alt="認証アプリに登録する QR コード"
            width={200}
            height={200}
            style={{ background: '#fff', padding: 8 }}
          />
          <p style={{ margin: 0 }}>
            読み取れない場合は、次のキーを手入力してください：
            <br />
            <code data-testid="totp-secret" style={{ fontSize: 16, wordBreak: 'break-all' }}>
              {enrolment.secret}
            </code>
          </p>
        </section>
      ) : null}

      {step === 'code' || step === 'enrol' ? (
        <label style={field}>
          <span>
            {step === 'enrol'
              ? '認証アプリに表示された6桁のコード'
              : '認証コード（認証アプリの6桁の数字、またはリカバリーコード）'}
          </span>
          <input
            style={input}
            name="code"
            autoComplete="one-time-code"
            inputMode={step === 'enrol' ? 'numeric' : 'text'}
            required
            autoFocus
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        </label>
      ) : null}

      {message ? (
        <p
          role="alert"
          style={{ background: '#f8d7da', color: '#842029', padding: '8px 12px', borderRadius: 4 }}
        >
          {message}
        </p>
      ) : null}

      <div
        style={{ display: 'flex', gap: 16, alignItems: 'center', justifyContent: 'space-between' }}
      >
        {step === 'password' ? <a href={forgotHref}>パスワードをお忘れですか？</a> : <span />}
        <button
          type="submit"
          className="btn btn--style-primary btn--size-large"
          style={{ margin: 0 }}
          disabled={busy || !ready}
        >
          {step === 'password'
            ? 'ログイン'
            : step === 'enrol'
              ? '設定してログイン'
              : '確認してログイン'}
        </button>
      </div>
    </form>
  )
}
