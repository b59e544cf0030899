import type { ComparedTreatment } from '@/lib/queries/article'

import { formatPrice } from '../ComparisonTable/buildComparisonRows'

export type DisclosureItem = { label: string; text: string | null }

export type Disclosure = {
  treatmentId: number
  name: string
  slug: string
  /** Treatment content, price range, period and sessions, risks and side effects. */
  items: DisclosureItem[]
  /** The five facts required for an unapproved product, or null when it is approved. */
  unapproved: DisclosureItem[] | null
}

const join = (...parts: (string | null | undefined)[]) =>
  parts.filter((p) => p && p.trim()).join('\n') || null

/**
 * The 自由診療 disclosure (医療広告ガイドライン 限定解除要件) of each compared treatment that is
 * self-pay; unapproved products add the unapproved-drug facts. A missing value stays in the
 * list as null so the page says it is missing instead of silently dropping a required item.
 */
export function buildDisclosures(treatments: ComparedTreatment[]): Disclosure[] {
  return treatments
    .filter((t) => t.regulatory?.coverage === 'self-pay')
    .map((t) => {
      const price = formatPrice(t.price)
      const u = t.regulatory?.unapproved
      return {
        treatmentId: t.id,
        name: t.name,
        slug: t.slug,
        items: [
          { label: '治療の内容', text: join(t.summary, t.administration) },
          { label: '標準的な費用（税込）', text: join(price, t.price?.note) },
          {
            label: '治療期間・回数',
            text: join(
              t.course?.period && `治療期間：${t.course.period}`,
              t.course?.sessions && `回数：${t.course.sessions}`,
            ),
          },
          { label: '主なリスク・副作用', text: join(t.safety?.risks, t.safety?.sideEffects) },
        ],
        unapproved:
          t.regulatory?.approval === 'unapproved'
            ? [
                { label: '未承認医薬品等であること', text: u?.notice ?? null },
                { label: '入手経路等', text: u?.howObtained ?? null },
                { label: '国内の承認医薬品等の有無', text: u?.domesticEquivalent ?? null },
                { label: '諸外国における安全性等に係る情報', text: u?.overseasSafety ?? null },
                { label: '医薬品副作用被害救済制度', text: u?.reliefSystem ?? null },
              ]
            : null,
      }
    })
}
