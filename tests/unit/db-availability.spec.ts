import { describe, expect, it } from '@jest/globals'

import { DatabaseUnavailableError, isDatabaseUnavailable } from '@/lib/db/availability'

/** Which errors mean "the database is down" (answered 503) and which do not (their own status). */

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code })

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a reset connection', withCode('read ECONNRESET', 'ECONNRESET')],
    ['an unknown host', withCode('getaddrinfo ENOTFOUND db', 'ENOTFOUND')],
    [
      "Payload's transaction start, which keeps only the message",
      new Error('Error: cannot begin transaction: connect ECONNREFUSED 127.0.0.1:46429'),
    ],
    [
      "drizzle's failed query wrapping the socket error",
      new Error('Failed query: select 1', {
        cause: withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED'),
      }),
    ],
    ['a connection lost mid-query', new Error('Connection terminated unexpectedly')],
    ['a full pool that cannot connect', new Error('timeout exceeded when trying to connect')],
    [
      'the server shutting down (57P01)',
      withCode('terminating connection due to administrator command', '57P01'),
    ],
    ['the server starting up (57P03)', withCode('the database system is starting up', '57P03')],
    ['a connection exception (08006)', withCode('connection failure', '08006')],
    ['too many connections (53300)', withCode('sorry, too many clients already', '53300')],
    [
      'every address of the host refusing',
      Object.assign(new AggregateError([withCode('connect ECONNREFUSED', 'ECONNREFUSED')]), {
        message: '',
      }),
    ],
    ['the workflow’s own outage refusal', new DatabaseUnavailableError()],
  ])('%s: yes', (_, err) => {
    expect(isDatabaseUnavailable(err)).toBe(true)
  })

  it.each([
    [
      'a unique violation (23505)',
      withCode('duplicate key value violates unique constraint', '23505'),
    ],
    ['a syntax error (42601)', withCode('syntax error at or near "selec"', '42601')],
    ['a refusal of the app', Object.assign(new Error('ログインが必要です'), { status: 403 })],
    ['a word that only contains a code', new Error('ECONNREFUSEDX in a title')],
    ['no error at all', undefined],
  ])('%s: no', (_, err) => {
    expect(isDatabaseUnavailable(err)).toBe(false)
  })
})
