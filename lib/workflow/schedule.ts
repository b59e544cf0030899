import type { Refusal } from './states'

/**
 * Scheduled publishing as plain rules (no Payload, no I/O): an approval may carry a publish
 * time (`publishAt`) and an unpublish time (`unpublishAt`), ISO 8601 with an explicit offset
 * (the admin sends Japan time, `…+09:00`). The jobs that act on them are in scheduledJobs.ts.
 */
export type Schedule = { publishAt: Date | null; unpublishAt: Date | null }

/** The one queue the publishing jobs run on (payload.config `jobs`, the runner). */
export const PUBLISHING_QUEUE = 'publishing'

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/

const fieldRefusal = (
  field: 'publishAt' | 'unpublishAt',
  message: string,
): Refusal & { field: string } => ({
  status: 400,
  field,
  message: `${field}: ${message}`,
})

function parseTime(
  field: 'publishAt' | 'unpublishAt',
  value: unknown,
): Date | null | (Refusal & { field: string }) {
  if (value === undefined || value === null || value === '') return null
  if (
    typeof value !== 'string' ||
    !ISO_WITH_OFFSET.test(value) ||
    Number.isNaN(Date.parse(value))
  ) {
    return fieldRefusal(
      field,
      `日時はタイムゾーン付きの ISO 8601 形式で指定してください（例: 2026-12-01T09:00:00+09:00）（${field} must be an ISO 8601 date-time with an offset）。`,
    )
  }
  return new Date(value)
}

/**
 * Reads the schedule of an approval: `publishAt` must lie in the future, `unpublishAt` after
 * the publish time (or after now when the approval publishes at once). A refusal names the field.
 */
export function readSchedule(
  body: { publishAt?: unknown; unpublishAt?: unknown },
  now: Date,
): { schedule: Schedule } | { refusal: Refusal & { field: string } } {
  const publishAt = parseTime('publishAt', body.publishAt)
  if (publishAt && !(publishAt instanceof Date)) return { refusal: publishAt }
  const unpublishAt = parseTime('unpublishAt', body.unpublishAt)
  if (unpublishAt && !(unpublishAt instanceof Date)) return { refusal: unpublishAt }
  if (publishAt && publishAt.getTime() <= now.getTime()) {
    return {
      refusal: fieldRefusal(
        'publishAt',
        `公開予定日時が過去です。現在より後の日時を指定してください（publishAt must be in the future）。`,
      ),
    }
  }
  const start = publishAt ?? now
  if (unpublishAt && unpublishAt.getTime() <= start.getTime()) {
    return {
      refusal: fieldRefusal(
        'unpublishAt',
        publishAt
          ? '公開終了日時は公開予定日時より後にしてください（unpublishAt must be after publishAt）。'
          : '公開終了日時が過去です。現在より後の日時を指定してください（unpublishAt must be in the future）。',
      ),
    }
  }
  return { schedule: { publishAt, unpublishAt } }
}

/** A time as staff read it on the dashboard and in messages: Japan time, e.g. 2026/12/01 09:00. */
export const formatTokyo = (value: Date | string | null | undefined): string =>
  value
    ? new Date(value).toLocaleString('ja-JP', {
        timeZone: 'Asia/Tokyo',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      })
    : '—'

/** Whether two stored times are the same instant (the database returns its own ISO spelling). */
export const sameInstant = (
  a: Date | string | null | undefined,
  b: Date | string | null | undefined,
): boolean => a != null && b != null && new Date(a).getTime() === new Date(b).getTime()
