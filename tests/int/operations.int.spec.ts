import { describe, expect, it } from '@jest/globals'
import { mkdirSync, rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { EmbeddedPostgresError, findFreePort, startEmbeddedPostgres } from '@/lib/db/embedded'
import { closePayload } from '@/lib/db/closePayload'
import { createDatabaseIfMissing, withDatabase } from '@/lib/db/admin'

describe('embedded PostgreSQL bootstrap', () => {
  it('says which port is taken and what to do about it', async () => {
    const blocker = net.createServer()
    const port = await findFreePort()
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve))
    const dataDir = path.join(os.tmpdir(), `hikaku-port-${process.pid}-${Date.now()}`)
    try {
      const attempt = startEmbeddedPostgres({ dataDir, port })
      await expect(attempt).rejects.toBeInstanceOf(EmbeddedPostgresError)
      await expect(attempt).rejects.toThrow(`Port ${port} is already in use`)
      await expect(attempt).rejects.toThrow('HIKAKU_PG_PORT')
    } finally {
      blocker.close()
      rmSync(dataDir, { recursive: true, force: true })
    }
  })

  it('refuses a data folder another running server holds, naming the process', async () => {
    const dataDir = path.join(os.tmpdir(), `hikaku-lock-${process.pid}-${Date.now()}`)
    const first = await startEmbeddedPostgres({ dataDir, port: await findFreePort() })
    try {
      const second = startEmbeddedPostgres({ dataDir, port: await findFreePort() })
      await expect(second).rejects.toThrow(/is in use by another PostgreSQL process \(pid \d+\)/)
      await expect(second).rejects.toThrow('DATABASE_URL')
    } finally {
      await first.stop()
      rmSync(dataDir, { recursive: true, force: true })
    }
  })

  it('keeps its data between runs and recovers from a stale lock file', async () => {
    const dataDir = path.join(os.tmpdir(), `hikaku-keep-${process.pid}-${Date.now()}`)
    mkdirSync(dataDir, { recursive: true })
    const port = await findFreePort()
    const a = await startEmbeddedPostgres({ dataDir, port })
    const pg = (await import('pg')).default
    const client = new pg.Client({ connectionString: a.url() })
    await client.connect()
    await client.query('create table kept (v text)')
    await client.query("insert into kept values ('still here')")
    await client.end()
    await a.stop()

    // A crash leaves postmaster.pid behind with a dead pid.
    const { writeFileSync } = await import('node:fs')
    writeFileSync(path.join(dataDir, 'postmaster.pid'), '999999\n')
    const b = await startEmbeddedPostgres({ dataDir, port })
    const again = new pg.Client({ connectionString: b.url() })
    await again.connect()
    const { rows } = await again.query('select v from kept')
    await again.end()
    await b.stop()
    rmSync(dataDir, { recursive: true, force: true })
    expect(rows).toEqual([{ v: 'still here' }])
  })
})

describe('GET /api/health', () => {
  it('answers 200 while the database is up and 503 "db: down" when it is not', async () => {
    // This file boots Payload on its own throw-away server (Jest gives each file its own
    // modules), so the database can be stopped under a running Payload.
    const dataDir = path.join(os.tmpdir(), `hikaku-health-${process.pid}-${Date.now()}`)
    const server = await startEmbeddedPostgres({ dataDir, port: await findFreePort() })
    const saved = process.env.DATABASE_URL
    try {
      await createDatabaseIfMissing(server.url(), 'health')
      process.env.DATABASE_URL = withDatabase(server.url(), 'health')
      const { default: config } = await import('@payload-config')
      const { getPayload, handleEndpoints } = await import('payload')
      const payload = await getPayload({ config })
      const health = async () => {
        const res = await handleEndpoints({
          config,
          request: new Request('http://localhost/api/health'),
        })
        return { status: res.status, body: await res.json() }
      }
      expect(await health()).toEqual({ status: 200, body: { status: 'ok', db: 'ok' } })
      await server.stop()
      expect(await health()).toEqual({ status: 503, body: { status: 'error', db: 'down' } })
      await closePayload(payload)
    } finally {
      process.env.DATABASE_URL = saved
      await server.stop()
      rmSync(dataDir, { recursive: true, force: true })
    }
  })
})
