/**
 * Token analysis (lib/compliance/analyzer.ts, grammar.ts): conjugations, spellings in any
 * script, negation scope, instructions and hedges — read by grammar, not listed as variants.
 */
import { describe, expect, it } from '@jest/globals'

import { checkDocument, loadAnalyzer, type Finding } from '@/lib/compliance'

import {
  article,
  contact,
  listItem,
  list,
  paragraph,
  richText,
  treatment,
  unapprovedTreatment,
} from './fixtures'

async function summaryFindings(summary: string, doc = treatment): Promise<Finding[]> {
  return (
    await checkDocument({
      collection: 'treatments',
      doc: doc({ summary, references: [1] }),
      references: [{ id: 1, title: 'paper', kind: 'journal-article' }],
      siteContact: contact,
    })
  ).filter((f) => f.path === 'summary')
}
const categories = async (summary: string) =>
  [...new Set((await summaryFindings(summary)).map((f) => `${f.category}:${f.severity}`))].sort()

describe('the dictionary', () => {
  it('loads once per process: every check shares one analyser', async () => {
    const first = await loadAnalyzer()
    const [second, third] = await Promise.all([loadAnalyzer(), loadAnalyzer()])
    expect(second).toBe(first)
    expect(third).toBe(first)
  })

  it('gives dictionary forms and readings', async () => {
    const analyzer = await loadAnalyzer()
    expect(analyzer.tokenize('シミが消えました').map((t) => t.base)).toContain('消える')
    expect(analyzer.readingOf('絶対')).toBe('ぜったい')
  })
})

describe('conjugations are one word', () => {
  it.each([
    'シミが消えます。',
    'シミが消せる治療です。',
    '1回でシミが消えた。',
    'シミがきえる治療です。',
    'シミが消えていきます。',
  ])('「%s」 is an efficacy claim', async (summary) => {
    expect(await categories(summary)).toEqual(['efficacy-claims:error'])
  })

  it('a potential form counts as its verb: 取り戻せる is 取り戻す', async () => {
    expect(await categories('誰でも若い頃の肌を取り戻せます。')).toEqual(['false-claims:error'])
  })
})

describe('the same word in kanji, hiragana, katakana or half-width katakana', () => {
  it.each([
    '絶対に痩せられます。',
    'ぜったいに痩せられます。',
    'ゼッタイに痩せられます。',
    'ｾﾞｯﾀｲに痩せられます。',
  ])('「%s」', async (summary) => {
    expect(await categories(summary)).toEqual(['false-claims:error'])
  })

  it.each(['完璧な仕上がりです。', 'かんぺきな仕上がりです。', 'カンペキな仕上がりです。'])(
    '「%s」',
    async (summary) => {
      expect(await categories(summary)).toEqual(['exaggeration:error'])
    },
  )

  it.each(['安全な治療です。', 'あんぜんな治療です。', 'アンゼンな治療です。'])(
    '「%s」',
    async (summary) => {
      expect(await categories(summary)).toEqual(['safety-claims:error'])
    },
  )

  it('the span points at the word as written', async () => {
    const [finding] = await summaryFindings('当院はカンペキな仕上がりです。')
    expect(finding!.span).toEqual({ text: 'カンペキ', start: 3, end: 7 })
  })

  it('kana that only sound like a word stay themselves: かくじつ in 隔日 is not 確実', async () => {
    expect(await categories('隔日で投与します。')).toEqual([])
  })
})

describe('negation scope', () => {
  it.each([
    ['副作用がまったくないわけではありません。', '〜ないわけではない'],
    ['安全な治療とは言えません。', '〜とは言えない'],
    ['必ず治るとは限りません。', '〜とは限らない'],
    ['米国FDAはエクソソーム製品を承認していません。', '〜していません'],
    ['効果を保証するものではありません。', '〜ものではない'],
    ['副作用がないとは言い切れません。', '〜とは言い切れない'],
  ])('「%s」 (%s) denies the claim', async (summary) => {
    expect(await categories(summary)).toEqual([])
  })

  it('a negation in another clause does not deny the claim', async () => {
    expect(await categories('副作用はなく、費用も高額ではありません。')).toEqual([
      'safety-claims:error',
    ])
    expect(await categories('必ず治るので、追加の費用はかかりません。')).toEqual([
      'false-claims:error',
    ])
    // List items and table cells: a space or a colon the dictionary did not read as a symbol
    // separates them, so 再発：なし does not deny 成功率：100％.
    expect(await categories('成功率：100％　再発：なし')).toEqual(['false-claims:error'])
    expect(await categories('成功率:100%、再発:一切なし')).toEqual(['false-claims:error'])
  })

  it('a claim that is itself a negation is caught: 他院とは比較にならない, 二度と老けない', async () => {
    expect(await categories('他院とは比較にならない品質です。')).toEqual(['superiority:error'])
    expect(await categories('二度と老けない体になります。')).toEqual(['false-claims:error'])
  })
})

describe('instructions, checks and hedges', () => {
  it('an instruction to the patient is not a promise', async () => {
    expect(await categories('必ず医師の診察を受けてください。')).toEqual([])
    expect(await categories('絶対に自己判断で中止しないでください。')).toEqual([])
  })

  it('「ご安心ください」 is reassurance, not an instruction', async () => {
    expect(await categories('注射はほとんど痛くないのでご安心ください。')).toEqual([
      'safety-claims:error',
    ])
  })

  it('what the clinic checks for is not a claim', async () => {
    expect(await categories('投与後は副作用がないか30分間確認します。')).toEqual([])
  })

  it('a reported effect is not an assertion; the same effect asserted is', async () => {
    expect(await categories('1回でシミが消えたとの報告があります。')).toEqual([])
    expect(await categories('1回でシミが消えます。')).toEqual(['efficacy-claims:error'])
  })

  it('played-down risk: an error when asserted, a warning when hedged, an error in the risk section either way', async () => {
    expect(await categories('副作用のリスクは非常に少ないです。')).toEqual(['safety-claims:error'])
    expect(await categories('副作用のリスクは少ないと考えられています。')).toEqual([
      'safety-claims:warning',
    ])
    const inRisks = await checkDocument({
      collection: 'treatments',
      doc: unapprovedTreatment({
        safety: {
          risks: '副作用のリスクは少ないと考えられています。',
          sideEffects: '発熱することがあります。',
        },
      }),
      siteContact: contact,
    })
    expect(
      inRisks.filter((f) => f.path === 'safety.risks').map((f) => [f.ruleId, f.severity]),
    ).toEqual([['safety-claims/played-down', 'error']])
  })

  it('a quoted phrase in a sentence about wording is a mention', async () => {
    expect(await categories('「副作用なし」という表現は使えません。')).toEqual([])
    expect(await categories('当院の治療は「副作用なし」です。')).toEqual(['safety-claims:error'])
  })
})

describe('long and deep input', () => {
  it('a 200,000-character field without a full stop is checked, and the span still points at the claim', async () => {
    const filler = '細胞の培養条件を記録し、'.repeat(16_000)
    const summary = `${filler}当院は日本一の実績です。`
    const found = (await summaryFindings(summary)).filter((f) => f.category === 'superiority')
    expect(found).toHaveLength(1)
    expect(summary.slice(found[0]!.span!.start, found[0]!.span!.end)).toBe('日本一')
  })

  it('rich text nested 50,000 levels deep does not exhaust the call stack', async () => {
    let node = listItem('日本一の実績です。')
    for (let i = 0; i < 50_000; i++) node = listItem(list(node))
    const body = richText(paragraph('はじめに。'), list(node))
    const found = await checkDocument({
      collection: 'articles',
      doc: article({ compares: [], body }),
    })
    expect(found.filter((f) => f.category === 'superiority').map((f) => f.span?.text)).toEqual([
      '日本一',
    ])
  })
})
