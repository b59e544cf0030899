import pg from 'pg'

/** Small administrative helpers that talk to a server's maintenance database. */

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${encodeURIComponent(database)}`
  return parsed.toString()
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

export async function createDatabaseIfMissing(serverUrl: string, name: string): Promise<void> {
  await withClient(withDatabase(serverUrl, 'postgres'), async (client) => {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name])
    if (!rowCount) await client.query(`create database ${quoteIdent(name)}`)
  })
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withClient(withDatabase(serverUrl, 'postgres'), (client) =>
    client.query(`drop database if exists ${quoteIdent(name)} with (force)`),
  )
}
