'use client'
import { useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

type Security = {
  twoFactor: {
    enabled: boolean
    enabledAt: string | null
    recoveryCodesLeft: number | null
    need: 'none' | 'code' | 'enrol'
  }
  sessions?: { id: string; createdAt: string | null; expiresAt: string; current: boolean }[]
  loginThrottle?: { failures: number; lastFailureAt: string | null; retryAt: string | null }
}
type Enrolment = { token: string; secret: string; qrCode: string }

const box: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  padding: 16,
  display: 'grid',
  gap: 12,
  marginBottom: 24,
}
const small = 'btn btn--style-secondary btn--size-small'
const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString('ja-JP') : '—')

/**
 * 「アカウントのセキュリティ」 on a user's page. The user sets up or turns off two-factor
 * authentication; an admin sees the user's sessions and ends them, resets their two-factor
 * authentication, and lifts their login throttle. Every button calls an endpoint that
 * checks again who may do it (collections/Users/endpoints).
 */
export function AccountSecurity() {
  const { id, savedDocumentData } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const api = `${config.serverURL ?? ''}${config.routes.api}/users`
  const [security, setSecurity] = useState<Security | null>(null)
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null)
  const [code, setCode] = useState('')
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null)
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  const [busy, setBusy] = useState(false)

  const isSelf = Boolean(id && user && String(user.id) === String(id))
  const isAdmin = Boolean((user as { roles?: string[] } | null)?.roles?.includes('admin'))

  // Loaded again after each action (`version`).
  const [version, setVersion] = useState(0)
  useEffect(() => {
    if (!id) return
    let current = true
    void fetch(`${api}/${id}/security`, { credentials: 'include' })
      .then((res) => (res.ok ? (res.json() as Promise<Security>) : null))
      .then((next) => {
        if (current && next) setSecurity(next)
      })
    return () => {
      current = false
    }
  }, [api, id, version])

  async function call(
    path: string,
    body: Record<string, unknown> = {},
  ): Promise<Record<string, unknown> | null> {
    setBusy(true)
    setMessage(null)
    try {
      const res = await fetch(`${api}${path}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      const json = await res.json().catch(() => ({}))
      if (!res.ok) {
        setMessage({ text: json?.errors?.[0]?.message ?? `エラー (${res.status})`, error: true })
        return null
      }
      if (json.message) setMessage({ text: json.message, error: false })
      setVersion((v) => v + 1)
      return json
    } finally {
      setBusy(false)
    }
  }

  if (!id || !security || (!isSelf && !isAdmin)) return null
  const { twoFactor, sessions, loginThrottle } = security

  return (
    <section aria-label="アカウントのセキュリティ" style={box}>
      <h3 style={{ margin: 0 }}>アカウントのセキュリティ</h3>

      <div>
        <strong>二段階認証：</strong>
        {twoFactor.enabled
          ? `有効（${when(twoFactor.enabledAt)} に設定、未使用のリカバリーコード ${twoFactor.recoveryCodesLeft ?? 0} 個）`
          : '無効'}
        {!twoFactor.enabled && twoFactor.need === 'enrol'
          ? '（次回のログインで設定が必要です）'
          : null}
      </div>

      {isSelf && !twoFactor.enabled && !enrolment && !recoveryCodes ? (
        <div>
          <button
            type="button"
            className={small}
            disabled={busy}
            onClick={async () =>
              setEnrolment((await call('/two-factor/setup')) as Enrolment | null)
            }
          >
            二段階認証を設定する
          </button>
        </div>
      ) : null}

      {enrolment ? (
        <div style={{ display: 'grid', gap: 8 }}>
          <p style={{ margin: 0 }}>
            認証アプリで QR
            コードを読み取るか、キーを手入力し、表示された6桁のコードを入力してください。
          </p>
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={enrolment.qrCode}
            alt="認証アプリに登録する QR コード"
            width={180}
            height={180}
            style={{ background: '#fff', padding: 8 }}
          />
          <code data-testid="totp-secret">{enrolment.secret}</code>
          <label style={{ display: 'grid', gap: 4, maxWidth: 240 }}>
            <span>6桁のコード</span>
            <input
              name="two-factor-code"
              autoComplete="one-time-code"
              inputMode="numeric"
              value={code}
              onChange={(e) => setCode(e.target.value)}
            />
          </label>
          <div>
            <button
              type="button"
              className="btn btn--style-primary btn--size-small"
              disabled={busy || !code.trim()}
              onClick={async () => {
                const done = await call('/two-factor/confirm', { token: enrolment.token, code })
                if (!done) return
                setEnrolment(null)
                setCode('')
                setRecoveryCodes(done.recoveryCodes as string[])
              }}
            >
              確認して有効にする
            </button>
          </div>
        </div>
      ) : null}

      {recoveryCodes ? (
        <div role="status">
          <p style={{ margin: 0 }}>
            二段階認証を有効にしました。リカバリーコードは
            <strong>この画面でしか表示されません</strong>。各コードは一度だけ使えます。
          </p>
          <ol style={{ fontFamily: 'monospace', columns: 2 }}>
            {recoveryCodes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ol>
        </div>
      ) : null}

      {isSelf && twoFactor.enabled && twoFactor.need === 'code' && !recoveryCodes ? (
        <details>
          <summary>二段階認証を無効にする</summary>
          <p>管理者と医療レビュアーは本番環境では無効にできません。</p>
          <input
            name="two-factor-disable-code"
            placeholder="認証コード"
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />{' '}
          <button
            type="button"
            className={small}
            disabled={busy || !code.trim()}
            onClick={() => void call('/two-factor/disable', { code }).then(() => setCode(''))}
          >
            無効にする
          </button>
        </details>
      ) : null}

      {isAdmin && !isSelf && twoFactor.enabled ? (
        <div>
          <button
            type="button"
            className={small}
            disabled={busy}
            onClick={() => {
              if (
                window.confirm(
                  'この利用者の二段階認証をリセットし、すべてのセッションを終了します。よろしいですか？',
                )
              )
                void call(`/${id}/two-factor/reset`)
            }}
          >
            二段階認証をリセット
          </button>
        </div>
      ) : null}

      {isAdmin && sessions ? (
        <div style={{ display: 'grid', gap: 8 }}>
          <strong>ログイン中のセッション（{sessions.length}件）</strong>
          {sessions.length ? (
            <table aria-label="ログイン中のセッション" style={{ borderCollapse: 'collapse' }}>
              <thead>
                <tr>
                  <th style={{ textAlign: 'left' }}>開始</th>
                  <th style={{ textAlign: 'left' }}>有効期限</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {sessions.map((s) => (
                  <tr key={s.id}>
                    <td>{when(s.createdAt)}</td>
                    <td>{when(s.expiresAt)}</td>
                    <td>
                      {s.current ? (
                        'この画面のセッション'
                      ) : (
                        <button
                          type="button"
                          className={small}
                          disabled={busy}
                          onClick={() => void call(`/${id}/sessions/revoke`, { sessionId: s.id })}
                        >
                          終了
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {loginThrottle?.failures ? (
            <div>
              未登録の端末からのログイン失敗：{loginThrottle.failures} 回（最後{' '}
              {when(loginThrottle.lastFailureAt)}）
              {loginThrottle.retryAt ? `、次に試せるのは ${when(loginThrottle.retryAt)} 以降` : ''}
            </div>
          ) : null}
          <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
            {sessions.length && !isSelf ? (
              <button
                type="button"
                className={small}
                disabled={busy}
                onClick={() => void call(`/${id}/sessions/revoke`)}
              >
                すべてのセッションを終了
              </button>
            ) : null}
            {!isSelf && savedDocumentData?.email ? (
              <button
                type="button"
                className={small}
                disabled={busy}
                onClick={() => void call('/unlock', { email: savedDocumentData.email })}
              >
                ログイン制限を解除
              </button>
            ) : null}
          </div>
        </div>
      ) : null}

      {message ? (
        <p
          role={message.error ? 'alert' : 'status'}
          style={{ margin: 0, color: message.error ? '#842029' : undefined }}
        >
          {message.text}
        </p>
      ) : null}
    </section>
  )
}
