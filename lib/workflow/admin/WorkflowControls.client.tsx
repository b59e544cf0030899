'use client'
import {
  useAuth,
  useConfig,
  useDocumentEvents,
  useDocumentInfo,
  useFormModified,
} from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { relationIds, type ReviewState } from '@/lib/domain'

import { availableActions, WORKFLOW_RULES, type WorkflowAction } from '../states'
import type { UnverifiedReference } from '../unverifiedReferences'
import type { SubmittedWarning } from '../warnings'
import { ReviewStateBadge } from './ReviewStateBadge'

type DocState = {
  reviewState: ReviewState
  reviewNote?: string | null
  editedBy: (number | string)[]
  submittedWarnings: SubmittedWarning[]
  isPublished: boolean
  /** References this document cites whose bibliographic data is unverified (see unverifiedReferences.ts). */
  unverifiedReferences: UnverifiedReference[]
  /** For a reference: its own verification state. */
  verificationStatus?: string | null
}

type Problem = { message: string; items?: string[] }

/** The document's review state: its latest version (draft included) and whether a version is live. */
async function fetchDocState(api: string, id: number | string): Promise<DocState | null> {
  const [latest, live, unverified] = await Promise.all(
    [
      `${api}/${id}?draft=true&depth=0`,
      `${api}/${id}?depth=0`,
      `${api}/${id}/unverified-references`,
    ].map((url) => fetch(url, { credentials: 'include' }).then((r) => (r.ok ? r.json() : null))),
  )
  if (!latest) return null
  return {
    reviewState: latest.reviewState ?? 'draft',
    reviewNote: latest.reviewNote,
    editedBy: relationIds(latest.editedBy),
    submittedWarnings: Array.isArray(latest.submittedWarnings) ? latest.submittedWarnings : [],
    isPublished: live?._status === 'published',
    unverifiedReferences: Array.isArray(unverified?.references) ? unverified.references : [],
    verificationStatus: latest.verificationStatus,
  }
}

/**
 * The review workflow in the edit view: state badge, the reviewer's note, and the actions
 * this user may take now (they call the REST endpoints, which re-check everything).
 */
export function WorkflowControls() {
  const { id, collectionSlug, savedDocumentData } = useDocumentInfo()
  const { mostRecentUpdate } = useDocumentEvents()
  const { user } = useAuth()
  const { config } = useConfig()
  const modified = useFormModified()
  const api = `${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}`
  const [doc, setDoc] = useState<DocState | null>(null)
  const [dialog, setDialog] = useState<WorkflowAction | null>(null)
  const [note, setNote] = useState('')
  const [acked, setAcked] = useState<string[]>([])
  const [ackedRefs, setAckedRefs] = useState<string[]>([])
  const [scheduling, setScheduling] = useState(false)
  const [publishAt, setPublishAt] = useState('')
  const [unpublishAt, setUnpublishAt] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<Problem | null>(null)

  // Reload after every save: an edit returns the document to draft.
  const savedAt = `${(savedDocumentData as { updatedAt?: string } | undefined)?.updatedAt ?? ''}|${mostRecentUpdate?.updatedAt ?? ''}`
  useEffect(() => {
    if (!id) return
    let current = true
    void fetchDocState(api, id).then((next) => {
      if (current && next) setDoc(next)
    })
    return () => {
      current = false
    }
  }, [api, id, savedAt])

  if (!id || !doc) return null
  const actions = availableActions(user, doc.reviewState, doc.isPublished, doc.editedBy)
  const ownEdits =
    doc.reviewState === 'in_review' &&
    user &&
    doc.editedBy.some((e) => String(e) === String(user.id))

  async function run(action: WorkflowAction, body: Record<string, unknown> = {}) {
    setBusy(true)
    setProblem(null)
    try {
      const res = await fetch(`${api}/${id}/${action}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      const json = await res.json().catch(() => ({}))
      if (!res.ok) {
        const err = json?.errors?.[0] ?? {}
        const items = [
          ...[...(err.data?.errors ?? []), ...(err.data?.unacknowledged ?? [])].map(
            (f: { path?: string; message?: string; text?: string | null }) =>
              `${f.path ?? ''}：${f.text ? `「${f.text}」 ` : ''}${f.message ?? ''}`,
          ),
          ...(err.data?.unverifiedReferences ?? []).map(
            (r: UnverifiedReference) => `書誌情報未確認：${r.label}${r.title ? ` ${r.title}` : ''}`,
          ),
        ]
        setProblem({ message: err.message ?? `エラー (${res.status})`, items })
        return
      }
      setDialog(null)
      // The form holds the state it was loaded with: reload so every field shows the new one.
      window.location.reload()
    } finally {
      setBusy(false)
    }
  }

  function start(action: WorkflowAction, schedule = false) {
    setProblem(null)
    setScheduling(schedule)
    setPublishAt('')
    setUnpublishAt('')
    if (action === 'submit') {
      if (modified) {
        setProblem({
          message: '保存されていない変更があります。先に「下書きを保存」してから申請してください。',
        })
        return
      }
      void run('submit')
      return
    }
    if (
      action === 'approve' &&
      !schedule &&
      doc &&
      doc.submittedWarnings.length === 0 &&
      doc.unverifiedReferences.length === 0
    ) {
      void run('approve')
      return
    }
    setNote('')
    setAcked([])
    setAckedRefs([])
    setDialog(action)
  }

  const versionsUrl = `${config.routes.admin}/collections/${collectionSlug}/${id}/versions`

  return (
    <div
      className="hikaku-workflow"
      role="group"
      aria-label="レビューワークフロー"
      style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}
    >
      <ReviewStateBadge state={doc.reviewState} />
      {doc.reviewState === 'changes_requested' && doc.reviewNote ? (
        <span
          role="note"
          aria-label="レビュアーからの修正依頼"
          style={{ fontSize: 12, color: '#842029', maxWidth: 360 }}
        >
          修正依頼：{doc.reviewNote}
        </span>
      ) : null}
      {ownEdits ? (
        <span style={{ fontSize: 12 }}>（あなたの編集を含むため承認できません）</span>
      ) : null}
      {collectionSlug === 'references' && doc.verificationStatus !== 'verified' ? (
        <UnverifiedChip>書誌情報未確認</UnverifiedChip>
      ) : null}
      {doc.unverifiedReferences.length ? (
        <details style={{ fontSize: 12 }} aria-label="書誌情報が未確認の引用文献">
          <summary style={{ cursor: 'pointer' }}>
            <UnverifiedChip>未確認の引用文献 {doc.unverifiedReferences.length}件</UnverifiedChip>
          </summary>
          <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
            {doc.unverifiedReferences.map((r) => (
              <li key={r.id}>
                <a href={`${config.routes.admin}/collections/references/${r.id}`}>{r.label}</a>
                {r.title ? `（${r.title}）` : ''}
                {r.published ? '' : '・未公開'}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {actions.map((action) => (
        <button
          key={action}
          type="button"
          className={`btn btn--style-${action === 'approve' || action === 'submit' ? 'primary' : 'secondary'} btn--size-small`}
          style={{ margin: 0 }}
          disabled={busy}
          onClick={() => start(action)}
        >
          {WORKFLOW_RULES[action].label.ja}
        </button>
      ))}
      {actions.includes('approve') ? (
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          style={{ margin: 0 }}
          disabled={busy}
          onClick={() => start('approve', true)}
        >
          日時を指定して承認
        </button>
      ) : null}
      {doc.reviewState === 'in_review' ? (
        <a href={versionsUrl} style={{ fontSize: 12 }}>
          変更点（版の比較）
        </a>
      ) : null}
      {problem && !dialog ? (
        <WorkflowProblem problem={problem} onClose={() => setProblem(null)} />
      ) : null}
      {dialog ? (
        <div
          role="dialog"
          aria-modal="true"
          aria-label={WORKFLOW_RULES[dialog].label.ja}
          style={{
            position: 'fixed',
            inset: 0,
            background: 'rgba(0,0,0,.35)',
            zIndex: 1000,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
          }}
        >
          <div
            style={{
              background: 'var(--theme-elevation-0, #fff)',
              padding: 24,
              borderRadius: 8,
              width: 'min(560px, 92vw)',
              display: 'grid',
              gap: 12,
            }}
          >
            <h3 style={{ margin: 0 }}>{WORKFLOW_RULES[dialog].label.ja}</h3>
            {WORKFLOW_RULES[dialog].noteRequired ? (
              <label style={{ display: 'grid', gap: 4 }}>
                <span>
                  {dialog === 'unpublish' ? '公開停止の理由（必須）' : '修正依頼の内容（必須）'}
                </span>
                <textarea
                  value={note}
                  onChange={(e) => setNote(e.target.value)}
                  rows={5}
                  style={{ width: '100%' }}
                />
              </label>
            ) : null}
            {dialog === 'approve' && scheduling ? (
              <fieldset style={{ display: 'grid', gap: 6 }}>
                <legend>
                  公開予約（日本時間）。承認した版がこの日時に公開されます。承認後に編集すると予約は取り消されます。
                </legend>
                <label style={{ display: 'grid', gap: 4 }}>
                  <span>公開日時（日本時間）</span>
                  <input
                    type="datetime-local"
                    step={1}
                    value={publishAt}
                    onChange={(e) => setPublishAt(e.target.value)}
                  />
                </label>
                <label style={{ display: 'grid', gap: 4 }}>
                  <span>公開終了日時（日本時間・任意）</span>
                  <input
                    type="datetime-local"
                    step={1}
                    value={unpublishAt}
                    onChange={(e) => setUnpublishAt(e.target.value)}
                  />
                </label>
              </fieldset>
            ) : null}
            {dialog === 'approve' ? (
              <fieldset style={{ display: 'grid', gap: 6 }}>
                <legend>申請時の広告ガイドライン警告（すべて確認してください）</legend>
                {doc.submittedWarnings.length === 0 ? (
                  <span style={{ fontSize: 13 }}>警告はありません。</span>
                ) : null}
                {doc.submittedWarnings.map((w) => (
                  <label key={w.key} style={{ display: 'flex', gap: 6, alignItems: 'flex-start' }}>
                    <input
                      type="checkbox"
                      checked={acked.includes(w.key)}
                      onChange={(e) =>
                        setAcked((a) =>
                          e.target.checked ? [...a, w.key] : a.filter((k) => k !== w.key),
                        )
                      }
                    />
                    <span>
                      <code>{w.path}</code> {w.text ? `「${w.text}」` : ''} {w.message}
                    </span>
                  </label>
                ))}
              </fieldset>
            ) : null}
            {dialog === 'approve' && doc.unverifiedReferences.length ? (
              <fieldset style={{ display: 'grid', gap: 6 }}>
                <legend>
                  書誌情報が未確認の引用文献（公開ページではタイトルの代わりに識別子を表示します。確認したものにチェック）
                </legend>
                {doc.unverifiedReferences.map((r) => (
                  <label key={r.id} style={{ display: 'flex', gap: 6, alignItems: 'flex-start' }}>
                    <input
                      type="checkbox"
                      checked={ackedRefs.includes(String(r.id))}
                      onChange={(e) =>
                        setAckedRefs((a) =>
                          e.target.checked
                            ? [...a, String(r.id)]
                            : a.filter((k) => k !== String(r.id)),
                        )
                      }
                    />
                    <span>
                      {r.label}
                      {r.title ? `（${r.title}）` : ''}
                      {r.published ? '' : '・未公開'}
                    </span>
                  </label>
                ))}
              </fieldset>
            ) : null}
            {problem ? <WorkflowProblem problem={problem} /> : null}
            <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
              <button
                type="button"
                className="btn btn--style-secondary btn--size-small"
                style={{ margin: 0 }}
                onClick={() => setDialog(null)}
              >
                キャンセル
              </button>
              <button
                type="button"
                className="btn btn--style-primary btn--size-small"
                style={{ margin: 0 }}
                disabled={
                  busy ||
                  (WORKFLOW_RULES[dialog].noteRequired && !note.trim()) ||
                  (dialog === 'approve' &&
                    (acked.length < doc.submittedWarnings.length ||
                      ackedRefs.length < doc.unverifiedReferences.length)) ||
                  (dialog === 'approve' && scheduling && !publishAt)
                }
                onClick={() =>
                  void run(
                    dialog,
                    dialog === 'approve'
                      ? {
                          acknowledgeWarnings: acked,
                          acknowledgeUnverifiedReferences: ackedRefs.map((k) =>
                            /^\d+$/.test(k) ? Number(k) : k,
                          ),
                          ...(scheduling
                            ? { publishAt: tokyoIso(publishAt), unpublishAt: tokyoIso(unpublishAt) }
                            : {}),
                        }
                      : { note },
                  )
                }
              >
                {dialog === 'approve'
                  ? scheduling
                    ? '確認して公開を予約'
                    : '確認して承認・公開'
                  : '送信'}
              </button>
            </div>
          </div>
        </div>
      ) : null}
    </div>
  )
}

/** A datetime-local value (Japan time, as labelled) as ISO 8601 with the +09:00 offset; empty stays unset. */
function tokyoIso(value: string): string | undefined {
  if (!value) return undefined
  return `${value.length === 16 ? `${value}:00` : value}+09:00`
}

function UnverifiedChip({ children }: { children: React.ReactNode }) {
  return (
    <span
      data-unverified="true"
      style={{
        display: 'inline-block',
        padding: '1px 8px',
        borderRadius: 10,
        fontSize: 12,
        background: '#fff3cd',
        color: '#664d03',
      }}
    >
      {children}
    </span>
  )
}

function WorkflowProblem({ problem, onClose }: { problem: Problem; onClose?: () => void }) {
  return (
    <div
      role="alert"
      style={{
        background: '#f8d7da',
        color: '#842029',
        padding: '8px 12px',
        borderRadius: 4,
        fontSize: 13,
        maxWidth: 520,
      }}
    >
      <div>{problem.message}</div>
      {problem.items?.length ? (
        <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
          {problem.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      ) : null}
      {onClose ? (
        <button
          type="button"
          onClick={onClose}
          style={{ marginTop: 4, fontSize: 12 }}
          aria-label="閉じる"
        >
          閉じる
        </button>
      ) : null}
    </div>
  )
}
