'use client'
import { useConfig, useForm } from '@payloadcms/ui'
import React, { useState } from 'react'

import { LOOKUP_ORDER } from '@/lib/references/identifiers'
import type { BibliographicRecord } from '@/lib/references/types'

const FIELD_LABELS: Record<keyof BibliographicRecord, string> = {
  title: 'タイトル',
  authors: '著者',
  journal: '掲載誌',
  year: '発行年',
  volume: '巻',
  issue: '号',
  pages: 'ページ',
  doi: 'DOI',
  pmid: 'PMID',
  pmcid: 'PMCID',
  kind: '種類',
}

type Status = { tone: 'info' | 'error'; message: string; details?: string[] } | null

/**
 * 「書誌情報を取得」: asks POST /api/references/lookup with the PMID (or else the PMCID, or else
 * the DOI) in the form and puts the answer into the form fields. It saves nothing; on a
 * failure the form keeps exactly what the user typed and the reason is shown.
 */
export function ReferenceLookup() {
  const { getDataByPath, dispatchFields, setModified } = useForm()
  const { config } = useConfig()
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState<Status>(null)

  async function lookup() {
    const kind = LOOKUP_ORDER.find((k) => String(getDataByPath(k) ?? '').trim())
    if (!kind) {
      setStatus({
        tone: 'error',
        message: 'DOI・PMID・PMCID のいずれかを入力してから「書誌情報を取得」を押してください。',
      })
      return
    }
    setBusy(true)
    setStatus(null)
    try {
      const res = await fetch(`${config.serverURL ?? ''}${config.routes.api}/references/lookup`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ [kind]: String(getDataByPath(kind)).trim() }),
      })
      const json = await res.json().catch(() => ({}))
      if (!res.ok) {
        setStatus({
          tone: 'error',
          message: `${json?.errors?.[0]?.message ?? `書誌情報を取得できませんでした（HTTP ${res.status}）。`} 入力内容は変更していません。`,
        })
        return
      }
      const record = json.record as BibliographicRecord
      const filled: string[] = []
      for (const [field, value] of Object.entries(record) as [
        keyof BibliographicRecord,
        unknown,
      ][]) {
        if (value === undefined || value === null || value === '') continue
        if (
          field === 'kind' &&
          !['journal-article', 'review', '', undefined, null].includes(
            getDataByPath('kind') as string,
          )
        )
          continue
        if (String(getDataByPath(field) ?? '') === String(value)) continue
        dispatchFields({ type: 'UPDATE', path: field, value })
        filled.push(FIELD_LABELS[field])
      }
      if (filled.length) setModified(true)
      setStatus({
        tone: 'info',
        message: filled.length
          ? `${json.message} 内容を確認して保存してください。保存すると書誌情報は「未確認」になり、医師が出典と照合して確認済みにします。`
          : `${json.message} フォームの内容と同じでした。`,
        details: [
          ...(filled.length ? [`入力した項目：${filled.join('、')}`] : []),
          ...((json.notes as string[] | undefined) ?? []),
        ],
      })
    } catch {
      setStatus({
        tone: 'error',
        message: 'サーバーに接続できませんでした。入力内容は変更していません。',
      })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div
      className="field-type hikaku-reference-lookup"
      style={{ display: 'grid', gap: 8, marginBottom: 24 }}
    >
      <div style={{ display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap' }}>
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          style={{ margin: 0 }}
          disabled={busy}
          onClick={() => void lookup()}
        >
          {busy ? '取得中…' : '書誌情報を取得'}
        </button>
        <span style={{ fontSize: 12, color: 'var(--theme-elevation-600)' }}>
          PMID（PubMed）・PMCID（PMC / Europe
          PMC）・DOI（Crossref）のうち、この順で最初に入力されているものから、タイトル・著者・掲載誌・発行年・巻号・ページと他の識別子を入力します。
        </span>
      </div>
      {status ? (
        <div
          role={status.tone === 'error' ? 'alert' : 'status'}
          style={{
            padding: '8px 12px',
            borderRadius: 4,
            fontSize: 13,
            background: status.tone === 'error' ? '#f8d7da' : '#d1e7dd',
            color: status.tone === 'error' ? '#842029' : '#0f5132',
          }}
        >
          <div>{status.message}</div>
          {status.details?.length ? (
            <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
              {status.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  )
}
