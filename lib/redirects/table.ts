import pg from 'pg'

import { documentPath, type PageCollection } from '@/lib/seo/url'

/**
 * The redirects as proxy.ts serves them: `from` path → destination, read straight from the
 * plugin's tables (one small query, no Payload in the proxy) and kept in memory for a second,
 * so a visitor's request costs a Map lookup and a publish reaches every replica within ~1 s.
 * A destination that is a document is its *published* slug; a redirect to a document that is
 * not published is left out, so no draft slug ever appears in a Location header.
 */
const SQL = `
  select r."from", r.to_type, r.to_url, a.slug as article_slug, t.slug as treatment_slug, c.slug as component_slug
  from redirects r
  left join redirects_rels rr on rr.parent_id = r.id and rr.path = 'to.reference'
  left join articles a on a.id = rr.articles_id and a._status = 'published'
  left join treatments t on t.id = rr.treatments_id and t._status = 'published'
  left join components c on c.id = rr.components_id and c._status = 'published'`

type Row = {
  from: string
  to_type: 'reference' | 'custom' | null
  to_url: string | null
  article_slug: string | null
  treatment_slug: string | null
  component_slug: string | null
}

export type RedirectTable = ReadonlyMap<string, string>

function destination(row: Row): string | null {
  if (row.to_type === 'custom') return row.to_url || null
  const published: [PageCollection, string | null][] = [
    ['articles', row.article_slug],
    ['treatments', row.treatment_slug],
    ['components', row.component_slug],
  ]
  const found = published.find(([, slug]) => slug)
  return found ? documentPath(found[0], found[1]!) : null
}

export async function readRedirectTable(client: Pick<pg.Pool, 'query'>): Promise<RedirectTable> {
  const { rows } = await client.query<Row>(SQL)
  const table = new Map<string, string>()
  for (const row of rows) {
    const to = destination(row)
    if (to && to !== row.from) table.set(row.from, to)
  }
  return table
}

/** The destination of `path`, from a table at most `ttlMs` old (one reload at a time). */
export function redirectLookup(options: {
  connectionString: string
  ttlMs?: number
  onError?: (err: unknown) => void
}) {
  const ttlMs = options.ttlMs ?? 1000
  let pool: pg.Pool | undefined
  let table: RedirectTable = new Map()
  let loadedAt = -Infinity
  let loading: Promise<void> | undefined

  const reload = async () => {
    if (!pool) {
      pool = new pg.Pool({
        connectionString: options.connectionString,
        max: 1,
        idleTimeoutMillis: 10_000,
      })
      pool.on('error', (err) => options.onError?.(err))
    }
    try {
      table = await readRedirectTable(pool)
    } catch (err) {
      // The site keeps serving pages with the last table it read; /api/health reports the database.
      options.onError?.(err)
    } finally {
      loadedAt = Date.now()
      loading = undefined
    }
  }

  return async (path: string): Promise<string | null> => {
    if (Date.now() - loadedAt > ttlMs) await (loading ??= reload())
    return table.get(path.length > 1 ? path.replace(/\/+$/, '') : path) ?? null
  }
}
