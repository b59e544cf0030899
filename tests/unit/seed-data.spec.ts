/** The demo content read as a physician reviewer would, before it reaches the database. */
import { describe, expect, it } from '@jest/globals'

import { articles, components, references, siteSettings, treatments } from '@/seed/data'

describe('demo content data', () => {
  it('gives a title only to the references whose title was confirmed at the source', () => {
    const titled = references.filter((r) => r.title).map((r) => r.key)
    expect(titled.sort()).toEqual(['clinic-23c', 'fda-exosome-2019', 'ijbs-2023-19-1430'])
    expect(
      references
        .filter((r) => r.verification)
        .map((r) => r.key)
        .sort(),
    ).toEqual(titled.sort())
  })
})

/** Everything a visitor can read of the demo (not the reviewer's name, which is a user). */
const publicText = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(publicText)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(publicText)
        : []

describe('demo content read as a physician reviewer would', () => {
  const everything = publicText({ references, components, treatments, articles, siteSettings })

  it('has no demo markers, placeholder titles, or the words the guideline checker v2 forbids', () => {
    for (const banned of ['デモ', '書誌情報確認中', '顕著', '劇的', '大幅に', '優れた', '優位性']) {
      expect(everything.filter((t) => t.includes(banned))).toEqual([])
    }
  })

  it('states no duration of effect: the source article cites nothing for its 3–6 months', () => {
    for (const t of treatments) {
      expect(t.duration.monthsMin ?? null).toBeNull()
      expect(t.duration.monthsMax ?? null).toBeNull()
      expect(t.duration.text).not.toMatch(/\d/)
    }
  })

  it('lists no disease use of the unapproved self-pay treatments', () => {
    const areas = treatments.flatMap((t) =>
      t.clinicalApplications.map((a) => `${a.area} ${a.finding}`),
    )
    expect(
      areas.filter((a) => /パーキンソン|脳梗塞|COPD|慢性閉塞性肺疾患|神経疾患|自己免疫/.test(a)),
    ).toEqual([])
    for (const t of treatments)
      for (const a of t.clinicalApplications) expect(a.references.length).toBeGreaterThan(0)
  })

  it('reassures nowhere in the risk sections, and explains the tumour concern behind the contraindication', () => {
    for (const t of treatments) {
      expect(t.safety.risks).not.toMatch(/小さい|少ない|軽減|安心|心配ありません|問題ありません/)
      expect(t.safety.risks).toMatch(/腫瘍.*増殖を後押し/)
      expect(t.safety.risks).toMatch(/敗血症/)
      expect(t.safety.risks).toMatch(/アナフィラキシー/)
      expect(t.safety.risks).toMatch(/点滴（静脈内投与）/)
      expect(t.safety.contraindications).toMatch(/悪性腫瘍.*（.*ため）/)
    }
  })

  it('gives each treatment its own side effects, contraindications and disclosures', () => {
    const [a, b] = treatments
    for (const key of ['risks', 'sideEffects', 'contraindications'] as const)
      expect(a!.safety[key]).not.toBe(b!.safety[key])
    for (const key of [
      'notice',
      'howObtained',
      'domesticEquivalent',
      'overseasSafety',
      'reliefSystem',
    ] as const) {
      expect(a!.regulatory.unapproved![key]).not.toBe(b!.regulatory.unapproved![key])
    }
    for (const t of treatments) {
      // One concrete route, not an either/or; the two official notices named.
      expect(t.regulatory.unapproved!.howObtained).not.toMatch(/か、|または/)
      expect(t.regulatory.unapproved!.overseasSafety).toContain('2019年12月6日')
      expect(t.regulatory.unapproved!.notice).toContain(
        '幹細胞培養上清液及びエクソソーム等を用いる医療について（周知）',
      )
    }
  })

  it('uses one spelling for each term', () => {
    // 受容細胞, 働く, 特に, 代謝産物; the size subtypes are not named at all.
    for (const wrong of [
      '受け手',
      'はたらく',
      'とくに',
      '代謝物',
      'スモール',
      'ラージ',
      'small exosomes',
      'large exosomes',
    ]) {
      expect([wrong, everything.filter((t) => t.includes(wrong))]).toEqual([wrong, []])
    }
    expect(everything.filter((t) => t.includes('確立していません')).length).toBeLessThanOrEqual(1)
  })
})
