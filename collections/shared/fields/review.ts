import type { Field, FieldAccess } from 'payload'

import { isWorkflowWrite, reviewStateLabels } from '@/lib/domain'
import { reviewDueDate } from '@/lib/workflow/due'

/** Workflow fields are written only by the review endpoints (lib/workflow), never by a save. */
const workflowOnly: FieldAccess = ({ req }) => isWorkflowWrite(req)

const readOnlySidebar = { position: 'sidebar', readOnly: true } as const

/** The review-state fields every content collection carries (see lib/workflow). */
export const reviewFields = (): Field[] => [
  {
    name: 'reviewState',
    type: 'select',
    required: true,
    defaultValue: 'draft',
    index: true,
    label: { ja: 'レビュー状態', en: 'Review state' },
    options: Object.entries(reviewStateLabels).map(([value, label]) => ({ value, label })),
    access: { create: workflowOnly, update: workflowOnly },
    admin: { ...readOnlySidebar },
  },
  {
    name: 'reviewNote',
    type: 'textarea',
    label: { ja: 'レビュアーからの修正依頼', en: 'Reviewer note' },
    access: { create: workflowOnly, update: workflowOnly },
    admin: {
      ...readOnlySidebar,
      condition: (data) => Boolean(data?.reviewNote),
    },
  },
  {
    name: 'submittedBy',
    type: 'relationship',
    relationTo: 'users',
    label: { ja: '申請者', en: 'Submitted by' },
    access: { create: workflowOnly, update: workflowOnly },
    admin: { ...readOnlySidebar },
  },
  {
    name: 'submittedAt',
    type: 'date',
    label: { ja: '申請日時', en: 'Submitted at' },
    access: { create: workflowOnly, update: workflowOnly },
    admin: { ...readOnlySidebar, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'reviewedBy',
    type: 'relationship',
    relationTo: 'users',
    label: { ja: '監修者（最終承認）', en: 'Reviewed by' },
    access: { create: workflowOnly, update: workflowOnly },
    admin: { ...readOnlySidebar },
  },
  {
    name: 'lastReviewedAt',
    type: 'date',
    index: true,
    label: { ja: '最終確認日', en: 'Last reviewed' },
    access: { create: workflowOnly, update: workflowOnly },
    admin: {
      ...readOnlySidebar,
      date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy年M月d日' },
    },
  },
  {
    name: 'publishAt',
    type: 'date',
    label: { ja: '公開予定日時', en: 'Scheduled publish' },
    access: { create: workflowOnly, update: workflowOnly },
    admin: {
      ...readOnlySidebar,
      date: { pickerAppearance: 'dayAndTime' },
      description: {
        ja: 'レビュアーが公開日時を指定して承認すると、この日時に承認された版が公開されます。編集すると予約は取り消されます。',
        en: 'Set by an approval with a publish time; an edit cancels it.',
      },
      condition: (data) => Boolean(data?.publishAt),
    },
  },
  {
    name: 'unpublishAt',
    type: 'date',
    // The review queue lists the pages with an unpublish time (lib/workflow/queue.ts).
    index: true,
    label: { ja: '公開終了予定日時', en: 'Scheduled unpublish' },
    access: { create: workflowOnly, update: workflowOnly },
    admin: {
      ...readOnlySidebar,
      date: { pickerAppearance: 'dayAndTime' },
      condition: (data) => Boolean(data?.unpublishAt),
    },
  },
  {
    name: 'scheduledBy',
    type: 'relationship',
    relationTo: 'users',
    label: { ja: '公開予約を承認したレビュアー', en: 'Scheduled by' },
    access: { create: workflowOnly, update: workflowOnly },
    admin: { ...readOnlySidebar, condition: (data) => Boolean(data?.scheduledBy) },
  },
  {
    name: 'reviewIntervalMonths',
    type: 'number',
    defaultValue: 12,
    min: 1,
    max: 60,
    label: { ja: '再レビュー間隔（月）', en: 'Re-review interval (months)' },
    admin: {
      position: 'sidebar',
      description: {
        ja: '最終確認日からこの月数を過ぎると「再レビュー期限切れ」になります。',
        en: 'Due for re-review after this many months.',
      },
    },
  },
  {
    // Stored so that the review queue finds what is due with one indexed query per collection,
    // whatever intervals are in use (lib/workflow/queue.ts). Always derived from the two fields
    // above on save; a value sent with a request is replaced.
    name: 'reviewDueAt',
    type: 'date',
    index: true,
    label: { ja: '再レビュー期限', en: 'Re-review due' },
    hooks: {
      beforeChange: [
        ({ siblingData, originalDoc }) =>
          reviewDueDate({
            lastReviewedAt: siblingData.lastReviewedAt ?? originalDoc?.lastReviewedAt,
            reviewIntervalMonths:
              siblingData.reviewIntervalMonths ?? originalDoc?.reviewIntervalMonths,
          })?.toISOString() ?? null,
      ],
    },
    admin: {
      ...readOnlySidebar,
      date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy年M月d日' },
      condition: (data) => Boolean(data?.reviewDueAt),
    },
  },
  {
    name: 'editedBy',
    type: 'relationship',
    relationTo: 'users',
    hasMany: true,
    label: { ja: '前回承認後の編集者', en: 'Edited since last approval by' },
    access: { create: workflowOnly, update: workflowOnly },
    admin: {
      ...readOnlySidebar,
      description: {
        ja: 'この人たちは今回の版を承認できません（4つの目の原則）。',
        en: 'These people cannot approve this version (four-eyes).',
      },
    },
  },
  {
    name: 'submittedWarnings',
    type: 'json',
    label: { ja: '申請時の広告ガイドライン警告', en: 'Compliance warnings at submission' },
    access: { create: workflowOnly, update: workflowOnly },
    admin: { hidden: true },
  },
  {
    type: 'row',
    admin: { position: 'sidebar' },
    fields: [
      {
        name: 'complianceErrors',
        type: 'number',
        label: { ja: '広告ガイドライン違反', en: 'Compliance errors' },
        admin: { readOnly: true, width: '50%' },
      },
      {
        name: 'complianceWarnings',
        type: 'number',
        label: { ja: '広告ガイドライン警告', en: 'Compliance warnings' },
        admin: { readOnly: true, width: '50%' },
      },
    ],
  },
]
