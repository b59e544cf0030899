import { hasRole, type ReviewState, type Role } from '@/lib/domain'

/**
 * The review state machine as plain data and functions (no Payload imports, no I/O):
 * which action is legal from which state, who may take it, and what it leads to.
 */

export const WORKFLOW_ACTIONS = ['submit', 'approve', 'request-changes', 'unpublish'] as const
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]

type Rule = {
  /** States the action may start from; `published` means "the document has a live version". */
  from: readonly ReviewState[] | 'published'
  /** The state after the action. */
  to: ReviewState
  roles: readonly Role[]
  noteRequired: boolean
  label: { ja: string; en: string }
}

export const WORKFLOW_RULES: Record<WorkflowAction, Rule> = {
  submit: {
    from: ['draft', 'changes_requested'],
    to: 'in_review',
    roles: ['admin', 'marketer', 'reviewer'],
    noteRequired: false,
    label: { ja: 'レビューを申請', en: 'Submit for review' },
  },
  approve: {
    from: ['in_review'],
    to: 'approved',
    roles: ['admin', 'reviewer'],
    noteRequired: false,
    label: { ja: '承認して公開', en: 'Approve and publish' },
  },
  'request-changes': {
    from: ['in_review'],
    to: 'changes_requested',
    roles: ['admin', 'reviewer'],
    noteRequired: true,
    label: { ja: '修正を依頼', en: 'Request changes' },
  },
  unpublish: {
    from: 'published',
    to: 'changes_requested',
    roles: ['admin', 'reviewer'],
    noteRequired: true,
    label: { ja: '公開を停止', en: 'Unpublish' },
  },
}

const stateNames: Record<ReviewState, string> = {
  draft: '下書き（draft）',
  in_review: 'レビュー待ち（in_review）',
  changes_requested: '修正依頼（changes_requested）',
  scheduled: '公開予約（scheduled）',
  approved: '承認済み（approved）',
}

export type Refusal = { status: 400 | 403 | 409; message: string }

type Actor = { id: number | string; roles?: readonly string[] | null } | null | undefined

/** Who may take an action at all (403 otherwise). */
export function roleRefusal(action: WorkflowAction, user: Actor): Refusal | null {
  if (!user)
    return {
      status: 403,
      message: 'ログインが必要です（you must be logged in to take workflow actions）。',
    }
  const rule = WORKFLOW_RULES[action]
  if (hasRole(user, ...rule.roles)) return null
  return {
    status: 403,
    message: `「${rule.label.ja}」は ${rule.roles.join(' / ')} のロールのみ実行できます（${action} requires one of the roles: ${rule.roles.join(', ')}）。`,
  }
}

/** Whether the request carries what the action needs (400 otherwise). */
export function noteRefusal(action: WorkflowAction, note: unknown): Refusal | null {
  if (!WORKFLOW_RULES[action].noteRequired) return null
  if (typeof note === 'string' && note.trim()) return null
  return {
    status: 400,
    message: `「${WORKFLOW_RULES[action].label.ja}」には理由のメモ（note）が必要です（a non-empty "note" is required for ${action}）。`,
  }
}

/** Whether the action is legal in the document's current state (409 otherwise). */
export function stateRefusal(
  action: WorkflowAction,
  state: ReviewState,
  isPublished: boolean,
): Refusal | null {
  const { from } = WORKFLOW_RULES[action]
  if (from === 'published') {
    return isPublished
      ? null
      : {
          status: 409,
          message:
            'このドキュメントは公開されていないため、公開停止できません（the document is not published）。',
        }
  }
  if (from.includes(state)) return null
  const allowed = from.map((s) => stateNames[s]).join('・')
  return {
    status: 409,
    message: `現在の状態は${stateNames[state]}です。「${WORKFLOW_RULES[action].label.ja}」は ${allowed} の状態でのみ実行できます（${action} is not valid in state ${state}）。`,
  }
}

/** Four-eyes: nobody approves a version that contains their own edits since the last approval. */
export function fourEyesRefusal(
  user: Actor,
  editedBy: readonly (number | string)[],
): Refusal | null {
  if (!user) return null
  if (!editedBy.some((id) => String(id) === String(user.id))) return null
  return {
    status: 403,
    message:
      'この版には前回の承認以降のあなた自身の編集が含まれているため、あなたは承認できません（4つの目の原則 / four-eyes: you cannot approve a version that contains your own edits）。別のレビュアーに依頼してください。',
  }
}

/** Actions a user could take now, for the admin buttons. */
export function availableActions(
  user: Actor,
  state: ReviewState,
  isPublished: boolean,
  editedBy: readonly (number | string)[],
): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter(
    (action) =>
      !roleRefusal(action, user) &&
      !stateRefusal(action, state, isPublished) &&
      (action !== 'approve' || !fourEyesRefusal(user, editedBy)),
  )
}
