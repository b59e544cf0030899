import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { bootPayload, closePayload } from '../helpers/payload'
import { rest } from '../helpers/rest'

let payload: Payload

beforeAll(async () => {
  payload = await bootPayload()
})

afterAll(async () => {
  await closePayload(payload)
})

describe('foundation', () => {
  it('runs on the fresh test database with every committed migration applied', async () => {
    const { rows } = await (payload.db as any).pool.query(
      'select current_database() as db, (select count(*) from payload_migrations) as migrations',
    )
    expect(rows[0].db).toMatch(/^test_\d+_\d+$/)
    const { migrations } = await import('@/migrations')
    expect(Number(rows[0].migrations)).toBe(migrations.length)
  })

  it('GET /api/health reports the database as ok', async () => {
    const res = await rest('GET', '/health')
    expect(res.status).toBe(200)
    expect(res.json).toEqual({ status: 'ok', db: 'ok' })
    expect(res.headers.get('cache-control')).toBe('no-store')
  })

  it('the first user created through the admin becomes admin, later ones do not', async () => {
    await payload.delete({ collection: 'users', where: { id: { exists: true } } })
    const first = await rest('POST', '/users/first-register', {
      body: { email: 'first@clinic.test', password: 'correct-horse-1', name: '最初の管理者' },
    })
    expect(first.status).toBe(200)
    expect(first.json.user.roles).toEqual(['admin'])

    const second = await payload.create({
      collection: 'users',
      data: {
        email: 'second@clinic.test',
        password: 'correct-horse-2',
        name: '二人目',
        roles: ['marketer'],
      },
    })
    expect(second.roles).toEqual(['marketer'])

    // The create-first-user screen is closed once a user exists.
    const again = await rest('POST', '/users/first-register', {
      body: { email: 'intruder@clinic.test', password: 'correct-horse-3', name: '侵入者' },
    })
    expect(again.status).toBeGreaterThanOrEqual(400)
    const { totalDocs } = await payload.count({
      collection: 'users',
      where: { email: { equals: 'intruder@clinic.test' } },
    })
    expect(totalDocs).toBe(0)
  })

  it('a marketer cannot give themselves the admin role', async () => {
    const marketer = await payload.create({
      collection: 'users',
      data: {
        email: 'm@clinic.test',
        password: 'correct-horse-4',
        name: 'マーケター',
        roles: ['marketer'],
      },
    })
    const login = await rest('POST', '/users/login', {
      body: { email: 'm@clinic.test', password: 'correct-horse-4' },
    })
    const res = await rest('PATCH', `/users/${marketer.id}`, {
      token: login.json.token,
      body: { roles: ['admin'] },
    })
    const after = await payload.findByID({ collection: 'users', id: marketer.id })
    expect(after.roles).toEqual(['marketer'])
    // Payload drops fields the user may not write; the request itself does not fail.
    expect([200, 403]).toContain(res.status)
  })
})
