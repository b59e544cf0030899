import type { Article } from '@/payload-types'

/** The article's key-point cards. */
export function KeyPoints({ points }: { points: Article['keyPoints'] }) {
  if (!points?.length) return null
  return (
    <section className="key-points" aria-labelledby="key-points-heading">
      <h2 id="key-points-heading" className="visually-hidden">
        この記事の要点
      </h2>
      <ul>
        {points.map((p, i) => (
          <li key={p.id ?? i} className="key-point">
            <h3>
              {p.icon ? (
                <span className="key-point-icon" aria-hidden="true">
                  {p.icon}
                </span>
              ) : null}
              {p.heading}
            </h3>
            <p>{p.text}</p>
          </li>
        ))}
      </ul>
    </section>
  )
}
