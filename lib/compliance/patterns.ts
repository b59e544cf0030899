import { fold, foldKana } from './normalize'
import type { Pattern } from './types'

const compiled = new WeakMap<object, RegExp>()
const compiledStrings = new Map<string, RegExp>()

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The regex source of a pattern, in the folded alphabet (see types.ts → Pattern). */
export function patternSource(pattern: Pattern): string {
  return typeof pattern === 'string' ? escapeRegExp(fold(pattern)) : foldKana(pattern.source)
}

/** A global regex that finds the pattern in normalised text. */
export function compilePattern(pattern: Pattern): RegExp {
  if (typeof pattern === 'string') {
    let re = compiledStrings.get(pattern)
    if (!re) {
      re = new RegExp(patternSource(pattern), 'gu')
      compiledStrings.set(pattern, re)
    }
    return re
  }
  let re = compiled.get(pattern)
  if (!re) {
    re = new RegExp(patternSource(pattern), 'gu')
    compiled.set(pattern, re)
  }
  return re
}

/** One regex testing whether any of the patterns ends (before) or starts (after) a text. */
export function compileAnchored(patterns: Pattern[], side: 'before' | 'after'): RegExp | null {
  if (patterns.length === 0) return null
  const alternatives = patterns.map(patternSource).join('|')
  return new RegExp(side === 'before' ? `(?:${alternatives})$` : `^(?:${alternatives})`, 'u')
}

/** Does a field path match a skip entry? 'safety' matches 'safety.risks'; '*' matches one index. */
export function pathMatches(entry: string, path: string): boolean {
  const want = entry.split('.')
  const have = path.split('.')
  if (want.length > have.length) return false
  return want.every((part, i) => part === '*' || part === have[i])
}

/** Every match of the pattern in normalised text: [start, end) pairs. */
export function findAll(pattern: Pattern, text: string): Array<{ start: number; end: number }> {
  const re = compilePattern(pattern)
  re.lastIndex = 0
  const found: Array<{ start: number; end: number }> = []
  for (const m of text.matchAll(re)) {
    if (m[0].length > 0) found.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length })
  }
  re.lastIndex = 0
  return found
}
