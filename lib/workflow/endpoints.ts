import { type Endpoint, type PayloadHandler } from 'payload'

import { readEndpointData } from '@/lib/http/endpointData'

import type { ReviewedCollection } from '@/lib/domain'

import { approve, requestChanges, submitForReview, unpublish } from './actions'

/**
 * POST /api/<collection>/<id>/submit | approve | request-changes | unpublish.
 * Errors are thrown as public APIErrors: Payload answers `{ errors: [{ message, data }] }`
 * with their status (400 missing note, 403 role or four-eyes, 409 state, 422 guideline).
 */
const handler =
  (action: 'submit' | 'approve' | 'request-changes' | 'unpublish'): PayloadHandler =>
  async (req) => {
    await readEndpointData(req)
    // Payload puts the collection's slug into routeParams for collection endpoints.
    const slug = req.routeParams?.collection as ReviewedCollection
    const id = req.routeParams?.id as string
    const body = (req.data ?? {}) as Record<string, unknown>
    const docId = /^\d+$/.test(id) ? Number(id) : id
    const result =
      action === 'submit'
        ? await submitForReview(req, slug, docId)
        : action === 'approve'
          ? await approve(req, slug, docId, body)
          : action === 'request-changes'
            ? await requestChanges(req, slug, docId, body.note)
            : await unpublish(req, slug, docId, body.note)
    return Response.json(result, { status: 200 })
  }

export const workflowEndpoints = (): Endpoint[] =>
  (['submit', 'approve', 'request-changes', 'unpublish'] as const).map((action) => ({
    path: `/:id/${action}`,
    method: 'post',
    handler: handler(action),
  }))
