'use client'
/**
 * 「広告ガイドライン チェック」: the edit view's sidebar panel. As the marketer types it sends the
 * form's current values (debounced) to POST /api/<collection>/compliance-check — the check
 * itself runs on the server, with the related treatments and references loaded there — and
 * lists each finding with a button that brings its field into view.
 */
import { useAllFormFields, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useEffect, useRef, useState, type CSSProperties } from 'react'

import type { Finding } from '@/lib/compliance'

const DEBOUNCE_MS = 600

type Result = { errors: number; warnings: number; findings: Finding[] }
type State = { status: 'idle' | 'checking' | 'done' | 'failed'; result?: Result }

const TEXT = {
  ja: {
    title: '広告ガイドライン チェック',
    checking: '確認中…',
    failed: 'チェックを実行できませんでした。保存時にもう一度確認されます。',
    clean: '問題は見つかりませんでした。',
    errors: 'エラー',
    warnings: '警告',
    error: 'エラー',
    warning: '警告',
    hint: 'エラーがあるとレビューに申請できません。警告はレビュアーが確認します。',
    show: '該当箇所へ',
    openTreatment: '治療を開く',
    openSettings: 'サイト設定を開く',
    guideline: '根拠',
  },
  en: {
    title: 'Compliance check (advertising guideline)',
    checking: 'Checking…',
    failed: 'The check could not run. It runs again on save.',
    clean: 'No problems found.',
    errors: 'errors',
    warnings: 'warnings',
    error: 'Error',
    warning: 'Warning',
    hint: 'Errors block submission for review; the reviewer acknowledges warnings.',
    show: 'Show field',
    openTreatment: 'Open treatment',
    openSettings: 'Open site settings',
    guideline: 'Guideline',
  },
}

type ClientField = {
  type?: string
  name?: string
  fields?: ClientField[]
  tabs?: Array<{ name?: string; fields?: ClientField[] }>
}

/** Does this field list contain `name` at its top level (looking through unnamed rows / collapsibles)? */
function containsField(fields: ClientField[] | undefined, name: string): boolean {
  return (fields ?? []).some((f) =>
    f.name === name
      ? true
      : !f.name && (f.type === 'row' || f.type === 'collapsible')
        ? containsField(f.fields, name)
        : false,
  )
}

/** Index of the (unnamed) tab that holds top-level field `name`, if any. */
function tabIndexOf(fields: ClientField[] | undefined, name: string): number {
  for (const field of fields ?? []) {
    if (field.type === 'tabs') {
      const index = (field.tabs ?? []).findIndex(
        (tab) => tab.name === name || (!tab.name && containsField(tab.fields, name)),
      )
      if (index >= 0) return index
    } else if (!field.name && field.fields) {
      const index = tabIndexOf(field.fields, name)
      if (index >= 0) return index
    }
  }
  return -1
}

/** The element of a field path, or of its nearest rendered parent (Payload ids: `field-a__0__b`). */
function findFieldElement(path: string): HTMLElement | null {
  const parts = path.split('.')
  for (let n = parts.length; n > 0; n--) {
    const sub = parts.slice(0, n).join('.')
    const el =
      document.getElementById(`field-${sub.replace(/\./g, '__')}`) ??
      document.querySelector<HTMLElement>(`[data-field-path="${CSS.escape(sub)}"]`)
    if (el) return el
  }
  return null
}

function reveal(el: HTMLElement): void {
  el.scrollIntoView({ behavior: 'smooth', block: 'center' })
  const target = el.matches('input, textarea, select, [contenteditable="true"]')
    ? el
    : el.querySelector<HTMLElement>(
        'input:not([type="hidden"]), textarea, select, [contenteditable="true"]',
      )
  target?.focus({ preventScroll: true })
}

const styles = {
  panel: {
    marginBottom: 'var(--base)',
    border: '1px solid var(--theme-elevation-150)',
    borderRadius: 'var(--style-radius-s)',
    padding: 'calc(var(--base) / 2)',
  },
  head: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'baseline',
    gap: 8,
    marginBottom: 6,
  },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 },
  item: (severity: Finding['severity']): CSSProperties => ({
    borderLeft: `3px solid ${severity === 'error' ? 'var(--theme-error-500)' : 'var(--theme-warning-500)'}`,
    paddingLeft: 8,
    fontSize: 12,
    lineHeight: 1.5,
  }),
  badge: (severity: Finding['severity']): CSSProperties => ({
    fontWeight: 600,
    color:
      severity === 'error'
        ? 'var(--theme-error-500)'
        : 'var(--theme-warning-600, var(--theme-warning-500))',
  }),
  muted: { color: 'var(--theme-elevation-500)', fontSize: 11 },
  link: {
    background: 'none',
    border: 0,
    padding: 0,
    color: 'var(--theme-success-500)',
    textDecoration: 'underline',
    cursor: 'pointer',
    fontSize: 12,
  },
} satisfies Record<string, CSSProperties | ((s: Finding['severity']) => CSSProperties)>

export function CompliancePanel() {
  const [fields] = useAllFormFields()
  const { collectionSlug } = useDocumentInfo()
  const { config, getEntityConfig } = useConfig()
  const { i18n } = useTranslation()
  const t = i18n.language === 'en' ? TEXT.en : TEXT.ja
  const [state, setState] = useState<State>({ status: 'idle' })
  const lastSent = useRef<string>('')

  const endpoint = `${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}/compliance-check`
  const adminRoute = config.routes.admin

  useEffect(() => {
    if (!collectionSlug) return
    const body = JSON.stringify({ data: reduceFieldsToValues(fields, true) })
    if (body === lastSent.current) return
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      setState((s) => ({ ...s, status: 'checking' }))
      try {
        const res = await fetch(endpoint, {
          method: 'POST',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body,
          signal: controller.signal,
        })
        if (!res.ok) throw new Error(String(res.status))
        lastSent.current = body
        setState({ status: 'done', result: (await res.json()) as Result })
      } catch {
        if (!controller.signal.aborted) setState((s) => ({ ...s, status: 'failed' }))
      }
    }, DEBOUNCE_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [fields, collectionSlug, endpoint])

  const focus = (path: string) => {
    const el = findFieldElement(path)
    if (el && el.offsetParent !== null) return reveal(el)
    // Fields on another tab are not rendered: open that tab first.
    const entity = collectionSlug
      ? (getEntityConfig({ collectionSlug }) as { fields?: ClientField[] } | undefined)
      : undefined
    const index = tabIndexOf(entity?.fields, path.split('.')[0])
    const button =
      index >= 0
        ? document.querySelectorAll<HTMLElement>('.tabs-field .tabs-field__tab-button')[index]
        : undefined
    if (!button) return
    button.click()
    setTimeout(() => {
      const after = findFieldElement(path)
      if (after) reveal(after)
    }, 150)
  }

  const result = state.result
  return (
    <section
      aria-label={t.title}
      aria-live="polite"
      style={styles.panel}
      data-testid="compliance-panel"
    >
      <div style={styles.head}>
        <strong>{t.title}</strong>
        {result && (
          <span data-testid="compliance-counts">
            <span style={styles.badge('error')}>
              {t.errors} {result.errors}
            </span>
            {' / '}
            <span style={styles.badge('warning')}>
              {t.warnings} {result.warnings}
            </span>
          </span>
        )}
      </div>
      {state.status === 'checking' && <p style={styles.muted}>{t.checking}</p>}
      {state.status === 'failed' && <p style={styles.muted}>{t.failed}</p>}
      {result && result.findings.length === 0 && <p style={styles.muted}>{t.clean}</p>}
      {result && result.findings.length > 0 && (
        <>
          <p style={styles.muted}>{t.hint}</p>
          <ul style={styles.list}>
            {result.findings.map((f, i) => (
              <li
                key={`${f.ruleId}-${f.path}-${f.span?.start ?? i}`}
                style={styles.item(f.severity)}
                data-severity={f.severity}
              >
                <div>
                  <span style={styles.badge(f.severity)}>
                    {f.severity === 'error' ? t.error : t.warning}
                  </span>
                  {f.span && <> 「{f.span.text}」</>}
                </div>
                <div>{f.message}</div>
                <div style={styles.muted}>
                  {t.guideline}: {f.guideline}
                </div>
                <div>
                  {f.path === 'siteContact' ? (
                    <a href={`${adminRoute}/globals/site-settings`} style={styles.link}>
                      {t.openSettings}
                    </a>
                  ) : f.path.startsWith('compares.') && f.treatment?.id !== undefined ? (
                    <a
                      href={`${adminRoute}/collections/treatments/${f.treatment.id}`}
                      style={styles.link}
                    >
                      {t.openTreatment}
                      {f.treatment.name ? `（${f.treatment.name}）` : ''}
                    </a>
                  ) : (
                    <button type="button" onClick={() => focus(f.path)} style={styles.link}>
                      {t.show}: {f.path}
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
