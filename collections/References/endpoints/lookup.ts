import { APIError, type Endpoint } from 'payload'

import { readEndpointData } from '@/lib/http/endpointData'

import { isStaff } from '@/lib/domain'
import { env } from '@/lib/env'
import {
  IDENTIFIER_FORMAT_MESSAGES,
  IDENTIFIER_LABELS,
  LOOKUP_ERROR_STATUS,
  LOOKUP_SOURCE_NAMES,
  LookupError,
  lookupReference,
  parseIdentifier,
  type LookupIdentifier,
} from '@/lib/references'

const KINDS = ['doi', 'pmid', 'pmcid'] as const

const badRequest = (path: string, message: string) =>
  new APIError(message, 400, { errors: [{ path, message }] }, true)

/**
 * POST /api/references/lookup with `{ doi }`, `{ pmid }` or `{ pmcid }` → the bibliographic
 * record from Crossref / PubMed / the PMC ID converter / Europe PMC. It only reads: the admin
 * button puts the record into the form, and nothing is saved until the user saves.
 * 401 anonymous, 403 not staff, 400 naming the field, 404 unknown id, 429 rate limited,
 * 504 timeout, 502 the database failed.
 */
export const lookupEndpoint: Endpoint = {
  path: '/lookup',
  method: 'post',
  handler: async (req) => {
    if (!req.user)
      throw new APIError(
        '書誌情報の取得にはログインが必要です（authentication required）。',
        401,
        null,
        true,
      )
    if (!isStaff(req.user))
      throw new APIError(
        '書誌情報の取得はクリニックのスタッフだけが使えます（staff only）。',
        403,
        null,
        true,
      )
    await readEndpointData(req)
    const body = (req.data ?? {}) as Record<string, unknown>
    for (const key of Object.keys(body)) {
      if (!(KINDS as readonly string[]).includes(key))
        throw badRequest(
          key,
          `不明なフィールドです：${key}（unknown field; send one of doi, pmid, pmcid）`,
        )
    }
    const given = KINDS.filter((k) => body[k] !== undefined && body[k] !== null && body[k] !== '')
    if (given.length !== 1) {
      throw badRequest(
        given[1] ?? 'doi',
        'DOI・PMID・PMCID のいずれか1つを指定してください（send exactly one of doi, pmid, pmcid）。',
      )
    }
    const kind = given[0]!
    const id: LookupIdentifier | null = parseIdentifier(kind, body[kind])
    if (!id) throw badRequest(kind, IDENTIFIER_FORMAT_MESSAGES[kind])

    try {
      const result = await lookupReference(id, env.referenceLookup)
      const from = result.sources.map((s) => LOOKUP_SOURCE_NAMES[s]).join('・')
      return Response.json({
        ...result,
        message: `${IDENTIFIER_LABELS[id.kind]} ${id.value} の書誌情報を ${from} から取得しました。`,
      })
    } catch (err) {
      if (!(err instanceof LookupError)) throw err
      const headers =
        err.retryAfterSeconds !== undefined
          ? { 'retry-after': String(err.retryAfterSeconds) }
          : undefined
      return Response.json(
        {
          errors: [
            {
              message: err.message,
              data: {
                code: err.code,
                source: err.source,
                retryAfterSeconds: err.retryAfterSeconds ?? null,
              },
            },
          ],
        },
        { status: LOOKUP_ERROR_STATUS[err.code], headers },
      )
    }
  },
}
