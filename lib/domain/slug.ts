/** A slug: lower-case ASCII letters, digits and single hyphens (the URL of a public page). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const SLUG_MAX_LENGTH = 120

/** Whether `value` could be a slug: anything else (a NUL, a space, 10 KB of text) names no page. */
export const isSlug = (value: string) => value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value)
