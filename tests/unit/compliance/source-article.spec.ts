/**
 * Regression: the overclaiming sentences of the source article the product is built around
 * (../shared/seed-article.ja.txt). The checker once found none of them.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

import { checkDocument, type Finding } from '@/lib/compliance'

import { article, citation, paragraph, richText } from './fixtures'
import { SOURCE_ARTICLE_LINES } from './source-article.fixture'

/** ../shared beside the repository (CI, main), or two levels up (a worktree under wt/). */
const SOURCE = ['../shared/seed-article.ja.txt', '../../shared/seed-article.ja.txt']
  .map((p) => path.resolve(process.cwd(), p))
  .find((p) => existsSync(p))

const line = (n: number) => SOURCE_ARTICLE_LINES.find((l) => l.line === n)!.text

/** The line as an uncited paragraph of an article body. */
async function findingsOf(n: number): Promise<Finding[]> {
  return checkDocument({
    collection: 'articles',
    doc: article({ compares: [], body: richText(paragraph(line(n))) }),
  })
}

const labels = (findings: Finding[]) =>
  findings.map((f) => `${f.category}:${f.severity}「${f.span?.text}」`)

describe('the fixture', () => {
  it('holds lines 83, 88, 89, 96 and 106', () => {
    expect(SOURCE_ARTICLE_LINES.map((l) => l.line)).toEqual([83, 88, 89, 96, 106])
    for (const { text } of SOURCE_ARTICLE_LINES) expect(text.length).toBeGreaterThan(50)
  })

  it('equals those lines of ../shared/seed-article.ja.txt when the source is there', () => {
    if (!SOURCE) return // a fresh clone without ../shared: the committed fixture is all there is
    const lines = readFileSync(SOURCE, 'utf8').split('\n')
    for (const { line: n, text } of SOURCE_ARTICLE_LINES) expect(lines[n - 1]).toBe(text)
  })
})

describe('each overclaim is flagged with its category', () => {
  it('83 「顕著な結果を示しています」 → 誇大広告 (error)', async () => {
    const found = await findingsOf(83)
    expect(labels(found)).toContainEqual(expect.stringMatching(/^exaggeration:error「[^」]*顕著/))
  })

  it('88 「リスクが大幅に軽減されています」 → 安全性の断定 and 誇大 (errors)', async () => {
    const found = await findingsOf(88)
    expect(labels(found)).toContainEqual(
      expect.stringMatching(/^safety-claims:error「[^」]*リスク[^」]*軽減/),
    )
    expect(labels(found)).toContainEqual(expect.stringMatching(/^exaggeration:error「大幅に軽減/))
  })

  it('89 「優れた特性を示します」 → 比較優良 (error); 「3-6ヶ月間の効果持続が報告」 uncited → evidence warning', async () => {
    const found = await findingsOf(89)
    expect(labels(found)).toContainEqual(expect.stringMatching(/^superiority:error「優れ/))
    expect(found.find((f) => f.ruleId === 'evidence/number-without-paper')).toMatchObject({
      severity: 'warning',
      span: { text: '3-6ヶ月' },
    })
  })

  it('96 「大きな優位性を持っています」 → 比較優良 (error)', async () => {
    const found = await findingsOf(96)
    expect(labels(found)).toContainEqual(expect.stringMatching(/^superiority:error「[^」]*優位性/))
  })

  it('106 「異なる治療効果を示します」 uncited → evidence warning, no error (a research description)', async () => {
    const found = await findingsOf(106)
    expect(found.filter((f) => f.severity === 'error')).toEqual([])
    expect(found.map((f) => [f.ruleId, f.severity])).toContainEqual([
      'evidence/uncited-claim',
      'warning',
    ])
  })

  it('the same numbers cited to a journal article raise no evidence warning', async () => {
    const paper = {
      id: 1,
      title: 'Secretome review',
      kind: 'journal-article',
      evidenceLevel: 'review',
    }
    const body = richText(paragraph(line(89), citation(1)))
    const found = await checkDocument({
      collection: 'articles',
      doc: article({ compares: [], body }),
      references: [paper],
    })
    expect(found.filter((f) => f.category === 'evidence')).toEqual([])
    // The wording itself is still an overclaim, cited or not.
    expect(found.map((f) => f.category)).toContain('superiority')
  })
})
