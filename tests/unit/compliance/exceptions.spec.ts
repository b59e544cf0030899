/** Allowed uses the checker must not flag, each exception on its own. */
import { describe, expect, it } from '@jest/globals'

import { checkDocument, type Finding } from '@/lib/compliance'
import {
  article,
  contact,
  paragraph,
  reference,
  richText,
  treatment,
  unapprovedTreatment,
} from './fixtures'

const errorsOf = (findings: Finding[]) => findings.filter((f) => f.severity === 'error')
const check = (doc: Record<string, unknown>) =>
  checkDocument({ collection: 'treatments', doc, siteContact: contact })
const ruleIds = (findings: Finding[]) => findings.map((f) => f.ruleId)

describe('「安全性」 is not a safety claim', () => {
  it.each([
    '安全性に関する情報は下記をご確認ください。',
    '長期的な安全性は確立されていません。',
    '安全性が確立されていない治療です。',
    '安全性についての研究が続いています。',
  ])('in the summary: 「%s」', async (summary) => {
    expect(errorsOf(await check(treatment({ summary })))).toEqual([])
  })

  it('but 安全性の高い / 安全な in the summary are claims', async () => {
    expect(ruleIds(await check(treatment({ summary: '安全性の高い治療です。' })))).toContain(
      'safety-claims/safe',
    )
    expect(ruleIds(await check(treatment({ summary: '安全な治療です。' })))).toContain(
      'safety-claims/safe',
    )
  })

  it('the risk section (safety.*) may discuss what is and is not safe', async () => {
    const doc = treatment({
      safety: {
        risks: '安全な投与量は確立されていません。安全性に関する情報は限られています。',
        sideEffects: '発熱が起こることがあります。',
        contraindications: '妊娠中の方は安全とはいえないため受けられません。',
      },
    })
    expect(await check(doc)).toEqual([])
  })

  it('the same sentence outside the risk section is flagged', async () => {
    expect(ruleIds(await check(treatment({ summary: '安全な投与量で行います。' })))).toContain(
      'safety-claims/safe',
    )
  })

  it('the risk section is still checked for 副作用なし / 痛みなし', async () => {
    const doc = treatment({
      safety: { risks: '感染の可能性があります。', sideEffects: '副作用はありません。' },
    })
    expect((await check(doc)).map((f) => [f.ruleId, f.path])).toEqual([
      ['safety-claims/no-harm', 'safety.sideEffects'],
    ])
  })
})

describe('No.1 in a reference title', () => {
  it('is never checked: reference titles are not extracted, whether ids or populated', async () => {
    const ref = reference(7, {
      title: 'No.1 cause of disability: a Japan-wide survey（日本一の症例数報告）',
    })
    const doc = article({
      references: [ref],
      body: richText(paragraph('セクレトームは細胞が分泌する成分の総称です。')),
    })
    const findings = await checkDocument({
      collection: 'articles',
      doc,
      treatments: [treatment(), unapprovedTreatment()],
      references: [ref],
      siteContact: contact,
    })
    expect(findings).toEqual([])
  })

  it('nor is a journal issue number written in the body (Vol.12 No.1)', async () => {
    const doc = treatment({
      summary: '詳しくは再生医療学会誌 Vol.12 No.1 の総説を参照してください。',
    })
    expect(await check(doc)).toEqual([])
  })

  it('while the same No.1 in the article title is flagged', async () => {
    const doc = article({ title: '満足度No.1の再生医療' })
    const findings = await checkDocument({
      collection: 'articles',
      doc,
      treatments: [treatment(), unapprovedTreatment()],
      siteContact: contact,
    })
    expect(findings.map((f) => [f.ruleId, f.path, f.span?.text])).toEqual([
      ['superiority/number-one', 'title', 'No.1'],
    ])
  })
})

describe('quoting the guideline', () => {
  it.each([
    '「絶対安全」などの表現は医療広告ガイドラインで禁止されています。',
    '「日本一」「No.1」といった表現は、事実であっても広告できません。',
    '“副作用なし”という言葉は使えません。',
    '医療広告ガイドラインでは『必ず治る』のような文言は認められていません。',
    '"100%"という表現は使用できません。',
  ])('「%s」 is a mention, not a claim', async (summary) => {
    expect(errorsOf(await check(treatment({ summary })))).toEqual([])
  })

  it('a quoted phrase used as a claim is still flagged', async () => {
    expect(
      ruleIds(await check(treatment({ summary: '当院の治療は「絶対安全」です。' }))),
    ).toContain('false-claims/absolute-word')
    expect(
      ruleIds(await check(treatment({ summary: '「日本一」の症例数を誇ります。' }))),
    ).toContain('superiority/top-rank')
  })

  it('only the quoted sentence is exempt', async () => {
    const summary = '「最高の」という表現は禁止されています。当院は最高の設備です。'
    const found = (await check(treatment({ summary }))).filter(
      (f) => f.ruleId === 'superiority/best',
    )
    expect(found).toHaveLength(1)
    expect(found[0]!.span!.start).toBe(summary.lastIndexOf('最高の'))
  })
})

describe('negations', () => {
  it.each([
    ['安全とは言い切れません。', 'safety-claims/safe'],
    ['安全な治療とは言い切れません。', 'safety-claims/safe'],
    ['安全であるとは限りません。', 'safety-claims/safe'],
    ['副作用がないわけではありません。', 'safety-claims/no-harm'],
    ['副作用がないとは言えません。', 'safety-claims/no-harm'],
    ['痛みがないとは限りません。', 'safety-claims/no-harm'],
    ['リスクがないわけではありません。', 'safety-claims/no-harm'],
    ['必ず治るとは限りません。', 'false-claims/guaranteed-result'],
    ['成功率が100%というわけではありません。', 'false-claims/hundred-percent'],
    ['どんな症例でも効果が出るわけではありません。', 'false-claims/any-case'],
    ['効果が一生続くことを保証するものではありません。', 'false-claims/permanent-effect'],
  ])('「%s」 is not flagged by %s', async (summary, ruleId) => {
    expect(ruleIds(await check(treatment({ summary })))).not.toContain(ruleId)
  })

  it('a negation in the next clause does not cancel the claim', async () => {
    expect(
      ruleIds(await check(treatment({ summary: '副作用なしで、費用も高額ではありません。' }))),
    ).toContain('safety-claims/no-harm')
  })

  it('a negation in the next sentence does not cancel the claim', async () => {
    expect(
      ruleIds(await check(treatment({ summary: '安全です。ただし効果は保証できません。' }))),
    ).toContain('safety-claims/safe')
  })
})

describe('100% as a concentration or composition', () => {
  it.each([
    '100%培養上清を使用しています。',
    'ヒト幹細胞培養上清100%の原液です。',
    '培養上清の濃度は100%です。',
    '培養上清を100%使用した製剤です。',
    '純度100%の製剤ではありません。',
  ])('「%s」 is a measurement, not a promise', async (summary) => {
    expect(ruleIds(await check(treatment({ summary })))).not.toContain(
      'false-claims/hundred-percent',
    )
  })

  it.each([
    '成功率100%。',
    '満足度100％の治療。',
    '100%効果があります。',
    '100パーセント若返ります。',
  ])('「%s」 is a promise', async (summary) => {
    expect(ruleIds(await check(treatment({ summary })))).toContain('false-claims/hundred-percent')
  })

  it('does not match inside larger numbers (1100%)', async () => {
    expect(
      ruleIds(await check(treatment({ summary: '細胞数は培養で1100%に増加しました。' }))),
    ).not.toContain('false-claims/hundred-percent')
  })
})

describe('approval claims depend on the approval status', () => {
  const summary = '承認済みの製剤を使用しています。'

  it('are flagged when the treatment is unapproved', async () => {
    expect(ruleIds(await check(unapprovedTreatment({ summary })))).toContain(
      'official-endorsement/approval-claim',
    )
  })

  it('are not flagged when the treatment is approved', async () => {
    expect(ruleIds(await check(treatment({ summary })))).not.toContain(
      'official-endorsement/approval-claim',
    )
  })

  it('are flagged in an article when any compared treatment is unapproved', async () => {
    const doc = article({ lead: '国が認めた治療を比較します。' })
    const withUnapproved = await checkDocument({
      collection: 'articles',
      doc,
      treatments: [treatment(), unapprovedTreatment()],
      siteContact: contact,
    })
    expect(ruleIds(withUnapproved)).toContain('official-endorsement/approval-claim')
    const bothApproved = await checkDocument({
      collection: 'articles',
      doc,
      treatments: [treatment(), treatment({ id: 102, name: '別の治療' })],
      siteContact: contact,
    })
    expect(ruleIds(bothApproved)).not.toContain('official-endorsement/approval-claim')
  })

  it('the unapproved disclosures themselves may talk about approval', async () => {
    const doc = unapprovedTreatment()
    ;(doc.regulatory as { unapproved: Record<string, string> }).unapproved.domesticEquivalent =
      '国内承認の同等品はありません。国が承認した類似の医薬品もありません。'
    expect(await check(doc)).toEqual([])
  })
})

describe('rule-specific wording exceptions', () => {
  it.each([
    ['副作用がないか、投与後30分は院内で様子を見ます。', 'safety-claims/no-harm'],
    ['痛みがない場合も、腫れが続けばご連絡ください。', 'safety-claims/no-harm'],
    ['無痛分娩とは異なる麻酔を使用します。', 'safety-claims/no-harm'],
    ['投与記録は確実に保管しています。', 'exaggeration/certainty'],
    ['最先端の研究では作用の仕組みが調べられています。', 'exaggeration/cutting-edge'],
    ['料金は全国一律です。', 'superiority/top-rank'],
    ['当院だけでなく多くの医療機関で行われています。', 'superiority/only-one'],
    ['セールスを目的とした電話はお断りしています。', 'price-led/campaign'],
  ])('「%s」 is not flagged by %s', async (summary, ruleId) => {
    expect(ruleIds(await check(treatment({ summary })))).not.toContain(ruleId)
  })
})
