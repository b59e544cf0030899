/** The text extractor: which fields are read, how Lexical is walked, how relationships are read. */
import { describe, expect, it } from '@jest/globals'

import { extractSegments, fieldText, lexicalBlocks } from '@/lib/compliance'
import {
  article,
  callout,
  citation,
  comparisonTable,
  heading,
  list,
  listItem,
  paragraph,
  reference,
  richText,
  text,
  treatment,
} from './fixtures'

describe('lexicalBlocks()', () => {
  it('reads paragraphs, headings, list items (nested too) and callout blocks in order', async () => {
    const nested = listItem('親の項目')
    ;(nested.children as unknown[]).push(list(listItem('子の項目')))
    const value = richText(
      heading('見出し'),
      paragraph('一つ目の段落。', citation(1), '続き。'),
      list(listItem('項目A'), nested),
      callout('注意の本文', '注意の題'),
      comparisonTable(),
      paragraph(''),
    )
    expect(lexicalBlocks(value).map((b) => [b.kind, b.text, b.citations])).toEqual([
      ['heading', '見出し', []],
      ['paragraph', '一つ目の段落。続き。', ['1']],
      ['listitem', '項目A', []],
      ['listitem', '親の項目', []],
      ['listitem', '子の項目', []],
      ['block', '注意の題', []],
      ['block', '注意の本文', []],
    ])
  })

  it('reads text inside links and line breaks', async () => {
    const link = {
      type: 'link',
      fields: { url: 'https://example.jp' },
      children: [text('リンクの文字')],
    }
    const value = richText({
      type: 'paragraph',
      children: [text('前'), link, { type: 'linebreak' }, text('後')],
    })
    expect(lexicalBlocks(value).map((b) => b.text)).toEqual(['前リンクの文字\n後'])
  })

  it('reads citation references given as ids or populated documents', async () => {
    const value = richText(
      paragraph(
        '文',
        citation(5),
        citation('6'),
        citation(reference(7)),
        citation({ relationTo: 'references', value: 8 }),
      ),
    )
    expect(lexicalBlocks(value)[0]!.citations).toEqual(['5', '6', '7', '8'])
  })

  it('ignores non-citation inline blocks and malformed values', async () => {
    const other = { type: 'inlineBlock', fields: { blockType: 'footnote', reference: 9 } }
    expect(lexicalBlocks(richText(paragraph('文', other)))[0]!.citations).toEqual([])
    expect(lexicalBlocks(null)).toEqual([])
    expect(lexicalBlocks('plain string')).toEqual([])
    expect(lexicalBlocks({ root: { children: 'not an array' } })).toEqual([])
  })
})

describe('extractSegments()', () => {
  it('treatments: reads the text fields with their paths; never slug or reference titles', async () => {
    const doc = treatment({
      clinicalApplications: [
        { area: '皮膚', finding: '所見', evidenceLevel: 'rct', references: [reference(1), 2] },
      ],
      components: [{ component: 3, role: '主成分' }],
      references: [reference(4, { title: '参考文献のタイトル' })],
    })
    const segments = extractSegments('treatments', doc)
    const paths = segments.map((s) => s.path)
    expect(paths).toEqual(
      expect.arrayContaining([
        'name',
        'summary',
        'definition',
        'components.0.role',
        'clinicalApplications.0.area',
        'clinicalApplications.0.finding',
        'safety.risks',
        'safety.sideEffects',
        'safety.contraindications',
        'administration',
        'course.period',
        'course.sessions',
        'price.note',
      ]),
    )
    expect(paths).not.toContain('slug')
    expect(segments.some((s) => s.text.includes('参考文献のタイトル'))).toBe(false)
    const finding = segments.find((s) => s.path === 'clinicalApplications.0.finding')!
    expect([finding.citationSource, finding.citations]).toEqual(['row', ['1', '2']])
    const summary = segments.find((s) => s.path === 'summary')!
    expect([summary.citationSource, summary.citations]).toEqual(['document', ['4']])
  })

  it('articles: title, lead, key points, body blocks, SEO meta', async () => {
    const doc = article({
      keyPoints: [{ icon: '🔬', heading: '見出し', text: '要点' }],
      body: richText(paragraph('段落1'), paragraph('段落2', citation(1))),
      meta: { title: 'SEOタイトル', description: 'SEO説明' },
      references: [1, 2],
    })
    const segments = extractSegments('articles', doc)
    expect(segments.map((s) => [s.path, s.text])).toEqual([
      ['title', 'セクレトームとエクソソームの違い'],
      ['lead', '2つの治療の違いを、成分・大きさ・研究の状況から整理します。'],
      ['keyPoints.0.heading', '見出し'],
      ['keyPoints.0.text', '要点'],
      ['body', '段落1'],
      ['body', '段落2'],
      ['meta.title', 'SEOタイトル'],
      ['meta.description', 'SEO説明'],
    ])
    const body = segments.filter((s) => s.path === 'body')
    expect(body.map((s) => [s.offset, s.citationSource, s.citations])).toEqual([
      [0, 'inline', []],
      [4, 'inline', ['1']],
    ])
    expect(fieldText(segments, 'body')).toBe('段落1\n段落2')
  })

  it('components: name, examples and functions', async () => {
    const segments = extractSegments('components', {
      name: 'VEGF',
      examples: [{ name: 'VEGF-A' }],
      functions: '血管新生に関わる。',
      partOf: [{ relationTo: 'treatments', value: 1 }],
    })
    expect(segments.map((s) => s.path)).toEqual(['name', 'examples.0.name', 'functions'])
  })

  it('skips missing, empty and non-string values without throwing', async () => {
    const segments = extractSegments('treatments', {
      name: '',
      summary: 42,
      safety: null,
      clinicalApplications: 'oops',
      course: { period: '   ' },
    })
    expect(segments).toEqual([])
  })
})
