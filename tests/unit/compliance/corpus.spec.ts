/**
 * The labelled corpus (lib/compliance/corpus): every sentence must get exactly the findings
 * (category and severity) written next to it — no allowance list. The labels are written by
 * hand from the guideline, not derived from the rule objects, so turning an error family into
 * warnings, or a rule off, fails here.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'

import { loadAnalyzer } from '@/lib/compliance'
import { corpus, corpusFiles } from '@/lib/compliance/corpus'
import { runCase } from '@/lib/compliance/corpus/context'

beforeAll(async () => {
  await loadAnalyzer()
}, 60_000)

describe('the corpus', () => {
  it('has at least 600 sentences: 300 that must be flagged and 300 that must pass', () => {
    const mustFlag = corpus.filter((c) => c.expect.length > 0).length
    expect(corpus.length).toBeGreaterThanOrEqual(600)
    expect(mustFlag).toBeGreaterThanOrEqual(300)
    expect(corpus.length - mustFlag).toBeGreaterThanOrEqual(300)
  })

  it('has no sentence twice in the same context', () => {
    const keys = corpus.map((c) => `${c.text}|${JSON.stringify(c.context ?? {})}`)
    expect(keys.length - new Set(keys).size).toBe(0)
  })
})

for (const [file, cases] of Object.entries(corpusFiles)) {
  describe(`corpus: ${file}`, () => {
    it.each(
      cases.map(
        (c) =>
          [
            c.text,
            c.expect.map((e) => `${e.category}:${e.severity}`).join(' + ') || 'no finding',
            c,
          ] as const,
      ),
    )('%s → %s', async (_text, _label, item) => {
      const result = await runCase(item)
      expect(result.got).toEqual(result.expected)
    })
  })
}
