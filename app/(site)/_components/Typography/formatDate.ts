const fmt = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
})

/** 2026年11月25日 (Japan time). */
export const formatDateJa = (iso: string): string => fmt.format(new Date(iso))

/** YYYY-MM-DD in Japan time, for <time dateTime>. */
export const isoDateJst = (iso: string): string =>
  new Date(new Date(iso).getTime() + 9 * 3600_000).toISOString().slice(0, 10)
