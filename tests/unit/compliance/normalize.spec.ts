/** Matching copes with Japanese text; spans always point at the original characters. */
import { describe, expect, it } from '@jest/globals'

import { checkDocument, fold, normalize } from '@/lib/compliance'
import { contact, treatment } from './fixtures'

async function findingsFor(summary: string, ruleId: string) {
  return (
    await checkDocument({
      collection: 'treatments',
      doc: treatment({ summary }),
      siteContact: contact,
    })
  ).filter((f) => f.ruleId === ruleId)
}

describe('normalize()', () => {
  it('folds full-width, case and punctuation: every No.1 spelling becomes "no1"', async () => {
    for (const variant of [
      'No.1',
      'ＮＯ．１',
      'Ｎｏ1',
      'No１',
      'NO 1',
      'No. 1',
      'no・1',
      '№1',
      'Ｎｏ．　１',
    ]) {
      expect(normalize(variant).text).toBe('no1')
    }
  })

  it('folds katakana to hiragana (including half-width katakana with voicing marks), keeping ー', async () => {
    expect(fold('ナンバーワン')).toBe('なんばーわん')
    expect(fold('ﾅﾝﾊﾞｰﾜﾝ')).toBe('なんばーわん')
    expect(fold('なんばーわん')).toBe('なんばーわん')
    expect(fold('ビフォーアフター')).toBe('びふぉーあふたー')
  })

  it('drops spaces (half- and full-width) inside phrases but keeps 、 and 。', async () => {
    expect(fold('日 本 一')).toBe('日本一')
    expect(fold('日　本　一')).toBe('日本一')
    expect(fold('日本、一方で')).toBe('日本、一方で')
    expect(fold('安心・安全。')).toBe('安心安全。')
  })

  it('keeps an index map from every folded character back to the original', async () => {
    const original = '当院はＮｏ．１です'
    const norm = normalize(original)
    const at = norm.text.indexOf('no1')
    expect(original.slice(norm.starts[at], norm.ends[at + 2])).toBe('Ｎｏ．１')
  })

  it('maps a composed half-width katakana back to both of its source characters', async () => {
    const original = 'ﾊﾞ'
    const norm = normalize(original)
    expect(norm.text).toBe('ば')
    expect(norm.starts).toEqual([0])
    expect(norm.ends).toEqual([2])
  })
})

describe('matching through normalisation', () => {
  it.each([
    '地域No.1の実績',
    '地域ＮＯ．１の実績',
    '地域Ｎｏ1の実績',
    '地域No１の実績',
    '地域No. 1の実績',
    '地域ナンバーワンの実績',
    '地域なんばーわんの実績',
    '地域ﾅﾝﾊﾞｰﾜﾝの実績',
  ])('finds a number-one claim in 「%s」', async (summary) => {
    const found = await findingsFor(summary, 'superiority/number-one')
    expect(found).toHaveLength(1)
    expect(found[0]!.span!.text).toBe(summary.slice(2, summary.length - 3))
  })

  it('finds 日本一 with spaces inside (日 本 一 / 日　本　一)', async () => {
    expect((await findingsFor('症例数は日 本 一です', 'superiority/top-rank'))[0]?.span?.text).toBe(
      '日 本 一',
    )
    expect(
      (await findingsFor('症例数は日　本　一です', 'superiority/top-rank'))[0]?.span?.text,
    ).toBe('日　本　一')
  })

  it('finds a full-width 100％ with a space before the sign', async () => {
    const found = await findingsFor('成功率は１００ ％です。', 'false-claims/hundred-percent')
    expect(found[0]?.span?.text).toBe('１００ ％')
  })

  it('does not read across 、: 日本、一方で is not 日本一', async () => {
    expect(
      await findingsFor('日本、一方で欧米では研究が進んでいます。', 'superiority/top-rank'),
    ).toEqual([])
  })

  it('is case-insensitive for Latin text (BEFORE/AFTER, before after)', async () => {
    for (const text of ['BEFORE/AFTERの写真', 'Before After 写真', 'before & after']) {
      const found = (
        await checkDocument({ collection: 'components', doc: { name: 'テスト', functions: text } })
      ).filter((f) => f.ruleId === 'before-after/without-details')
      expect(found).toHaveLength(1)
    }
  })
})

describe('span offsets point at the original text', () => {
  it('in a plain field, after full-width and multi-byte characters', async () => {
    const summary = '🧪ＡＢＣ療法は、県内ＮＯ．１の症例数。さらに日 本 一の設備。'
    const found = await checkDocument({
      collection: 'treatments',
      doc: treatment({ summary }),
      siteContact: contact,
    })
    const spans = found.map((f) => f.span!)
    expect(spans.map((s) => s.text)).toEqual(['ＮＯ．１', '日 本 一'])
    for (const span of spans) expect(summary.slice(span.start, span.end)).toBe(span.text)
  })

  it('reports every occurrence separately', async () => {
    const summary = '最高の技術と最高の設備。'
    const found = await findingsFor(summary, 'superiority/best')
    expect(found.map((f) => [f.span!.start, f.span!.end])).toEqual([
      [0, 2],
      [6, 8],
    ])
  })

  it('does not split surrogate pairs or combining marks', async () => {
    const summary = 'が\u3099👩‍⚕️ 院長は日本一'
    const found = await findingsFor(summary, 'superiority/top-rank')
    expect(found[0]!.span!.text).toBe('日本一')
    expect(summary.slice(found[0]!.span!.start)).toBe('日本一')
  })
})
