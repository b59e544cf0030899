/**
 * Whether `value` is a path on this site and nothing else: it starts with a single `/`, and no
 * browser could read it as another origin. Refused: `//host`, `/\host` (browsers treat `\` as
 * `/`), whitespace and control characters anywhere (browsers drop tabs and newlines, so
 * `/\t/host` becomes `//host`), and the same characters percent-encoded, however many times.
 * One rule for every place that sends a visitor to a path it was given: the preview redirect
 * and rich-text links.
 */
export function isSameOriginPath(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return false
  let current = value
  // Each round checks one level of percent-decoding; a path encoded deeper than this is refused.
  for (let round = 0; round < 4; round++) {
    if (!isPlainSitePath(current)) return false
    let decoded: string
    try {
      decoded = decodeURIComponent(current)
    } catch {
      return false
    }
    if (decoded === current) return sameOriginWhenResolved(value)
    current = decoded
  }
  return false
}

// Control characters (C0, DEL, C1), any whitespace (incl. U+2028/9, NBSP), the BOM and `\`.
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\s\ufeff\\]/u

function isPlainSitePath(path: string): boolean {
  return path.startsWith('/') && !path.startsWith('//') && !FORBIDDEN.test(path)
}

/** The last word goes to the URL parser browsers follow: the path must stay on this origin. */
function sameOriginWhenResolved(path: string): boolean {
  const base = 'http://same-origin.invalid'
  try {
    return new URL(path, base).origin === base
  } catch {
    return false
  }
}
