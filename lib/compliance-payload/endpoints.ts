/**
 * REST endpoints of the compliance check, added to articles, treatments and components:
 *
 *   GET  /api/<collection>/:id/compliance   findings of the latest version (drafts included)
 *   POST /api/<collection>/compliance-check  findings of unsaved form data (body: { data })
 *
 * Both answer { errors, warnings, findings } and only to clinic staff: a draft's findings quote
 * its unpublished text.
 */
import { ValidationError, type Endpoint, type PayloadRequest } from 'payload'

import { readEndpointData } from '@/lib/http/endpointData'

import { summarize, type Finding } from '@/lib/compliance'
import { isComplianceCollection, isStaff } from '@/lib/domain'

import { checkData, checkStoredDocument, isRecord } from './check'
import { oversizedText } from './oversizedText'

const NO_STORE = { 'Cache-Control': 'no-store' }

const fail = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: NO_STORE })

const answer = (findings: Finding[]) =>
  Response.json({ ...summarize(findings), findings }, { headers: NO_STORE })

/** 401 without a login, 403 for a login without a staff role; null when allowed. */
function refuseNonStaff(req: PayloadRequest): Response | null {
  if (!req.user) return fail(401, 'ログインが必要です（authentication required）')
  if (!isStaff(req.user)) return fail(403, 'この操作を行う権限がありません（staff only）')
  return null
}

const isNotFound = (err: unknown) => (err as { status?: number })?.status === 404

const complianceOfStoredDocument: Endpoint = {
  path: '/:id/compliance',
  method: 'get',
  handler: async (req) => {
    const refused = refuseNonStaff(req)
    if (refused) return refused
    const collection = req.routeParams?.collection
    const id = String(req.routeParams?.id ?? '')
    if (!isComplianceCollection(collection)) return fail(404, 'not found')
    // PostgreSQL ids are numbers: anything else cannot exist (and would be a database error).
    if (req.payload.db.defaultIDType === 'number' && !/^\d+$/.test(id))
      return fail(404, `not found: ${collection}/${id}`)
    try {
      return answer(await checkStoredDocument(req, collection, id))
    } catch (err) {
      if (isNotFound(err)) return fail(404, `not found: ${collection}/${id}`)
      throw err
    }
  },
}

const complianceOfFormData: Endpoint = {
  path: '/compliance-check',
  method: 'post',
  handler: async (req) => {
    const refused = refuseNonStaff(req)
    if (refused) return refused
    const collection = req.routeParams?.collection
    if (!isComplianceCollection(collection)) return fail(404, 'not found')
    await readEndpointData(req)
    const body = req.data
    // The form's values, either wrapped as { data } or sent as they are.
    const data = isRecord(body) && isRecord(body.data) ? body.data : body
    if (!isRecord(data))
      return fail(
        400,
        'data: 編集中の内容（オブジェクト）を送ってください（data must be an object）',
      )
    // The same length limits as a save, before the checker reads anything.
    const oversized = oversizedText(req.payload.collections[collection].config.fields, data)
    if (oversized.length) throw new ValidationError({ collection, errors: oversized })
    return answer(await checkData(req, collection, data))
  },
}

export const complianceEndpoints: Endpoint[] = [complianceOfStoredDocument, complianceOfFormData]
