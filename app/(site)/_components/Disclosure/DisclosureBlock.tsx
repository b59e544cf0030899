import Link from 'next/link'

import { paths } from '@/lib/seo/url'

import type { Disclosure, DisclosureItem } from './buildDisclosures'

function Items({ items }: { items: DisclosureItem[] }) {
  return (
    <dl className="disclosure-items">
      {items.map((item) => (
        <div key={item.label}>
          <dt>{item.label}</dt>
          <dd>
            {item.text ? (
              item.text.split(/\n+/).map((line, i) => <p key={i}>{line}</p>)
            ) : (
              <p className="disclosure-missing">未記載です。詳しくは当院へお問い合わせください。</p>
            )}
          </dd>
        </div>
      ))}
    </dl>
  )
}

/** 自由診療 disclosure of every self-pay treatment the page shows (医療広告ガイドライン). */
export function DisclosureBlock({
  disclosures,
  headingLevel = 2,
}: {
  disclosures: Disclosure[]
  headingLevel?: 2 | 3
}) {
  if (!disclosures.length) return null
  const H = `h${headingLevel}` as 'h2'
  const Sub = `h${headingLevel + 1}` as 'h3'
  const Sub2 = `h${headingLevel + 2}` as 'h4'
  return (
    <section className="disclosure" aria-labelledby="disclosure-heading">
      <H id="disclosure-heading">自由診療に関する表示</H>
      <p className="disclosure-lead">
        以下の治療は公的医療保険が適用されない自由診療です。費用は全額自己負担となります。
      </p>
      {disclosures.map((d) => (
        <div className="disclosure-treatment" key={d.treatmentId}>
          <Sub>
            <Link href={paths.treatment(d.slug)}>{d.name}</Link>
          </Sub>
          <Items items={d.items} />
          {d.unapproved ? (
            <div className="disclosure-unapproved">
              <Sub2>未承認医薬品等に関する表示</Sub2>
              <Items items={d.unapproved} />
            </div>
          ) : null}
        </div>
      ))}
    </section>
  )
}
