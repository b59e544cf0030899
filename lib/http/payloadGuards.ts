import {
  type Access,
  APIError,
  type CollectionAfterOperationHook,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type Config,
  type AfterErrorHook,
  type Plugin,
  ValidationError,
} from 'payload'

import { findNul, hasControlCharacter } from './badBytes'
import {
  oversizedResponseProblem,
  publicGraphQLRules,
  publicReadProblem,
  restReadParameters,
} from './publicReads'

/**
 * The request guards that need Payload's view of a request — who is signed in, the parsed data,
 * the uploaded file — on every collection and on GraphQL. The guards that need only the request
 * line and headers run earlier, in proxy.ts.
 */

/**
 * Bounds depth, limit and pagination of anonymous REST reads (lib/http/publicReads; GraphQL's
 * are checked before its query runs). Checked in the read access, which runs once the caller is
 * known and only for reads made on the caller's behalf — not for Payload's own reads with the
 * same request (the session's user, the first sign-up), which may ask for all rows — and read
 * from the caller's query string, which is what the caller controls.
 */
function boundPublicReads(read: Access | undefined): Access {
  return (args) => {
    const { req } = args
    if (!req.user && req.payloadAPI === 'REST') {
      const problem = publicReadProblem(restReadParameters(req.query))
      if (problem) throw new APIError(problem, 400, undefined, true)
    }
    return read ? read(args) : Boolean(req.user) // Payload's default: signed-in users
  }
}

/** NUL in a document's data or in a query: a 400 naming the field, before PostgreSQL sees it. */
const refuseNul: CollectionBeforeOperationHook = ({ args, collection }) => {
  const { data, where: query } = args as { data?: unknown; where?: unknown }
  const where = findNul(query)
  if (where)
    throw new APIError(
      `検索条件「${where}」に NUL 文字は使えません（NUL character in where.${where}）。`,
      400,
      undefined,
      true,
    )
  const field = findNul(data)
  if (field) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          path: field,
          message: `${field}: NUL 文字（U+0000）は使えません（NUL character in ${field}）。`,
        },
      ],
    })
  }
  return args
}

/** An uploaded file whose name has a control character: a 400 naming `filename`. */
const refuseControlCharactersInFileName: CollectionBeforeOperationHook = ({
  args,
  collection,
  req,
}) => {
  const name = req.file?.name
  if (!name || !hasControlCharacter(name)) return args
  throw new ValidationError({
    collection: collection.slug,
    errors: [
      {
        path: 'filename',
        message:
          'filename: ファイル名に制御文字は使えません（control character in the file name）。',
      },
    ],
  })
}

/**
 * The backstop of the read bounds: an anonymous REST answer over the size limit is not sent.
 * Only the read that answers a GET: not the population of related documents under it.
 */
const capPublicResponse: CollectionAfterOperationHook = ({ args, operation, req, result }) => {
  if (operation !== 'find' && operation !== 'findByID') return result
  if (req.user || req.payloadAPI !== 'REST' || req.method !== 'GET') return result
  const { currentDepth, disableErrors } = args as { currentDepth?: number; disableErrors?: boolean }
  if (currentDepth || disableErrors) return result
  const problem = oversizedResponseProblem(Buffer.byteLength(JSON.stringify(result)))
  if (problem) throw new APIError(problem, 400, undefined, true)
  return result
}

/**
 * Busboy's errors for a form it cannot parse — e.g. a file name with a control character breaks
 * the part header — reach Payload as plain errors, answered with 500; they
 * are the client's: answer 400 naming the problem. Matched by busboy's fixed messages.
 */
const MALFORMED_MULTIPART = new Set([
  'Malformed part header',
  'Unexpected end of form',
  'Unexpected end of file',
  'Malformed content type',
  'Multipart: Boundary not found',
])
const answerMalformedMultipartWith400: AfterErrorHook = ({ error }) => {
  const status = (error as { status?: number }).status
  if (!MALFORMED_MULTIPART.has(error.message) || (status !== undefined && status !== 500)) return
  const message = `multipart/form-data の本文を読めません。ファイル名に制御文字（改行・NUL など）は使えません（malformed multipart body: ${error.message}; no control characters in a filename）。`
  return { response: { errors: [{ message }] }, status: 400 }
}

function guardCollection(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  const uploadGuards = collection.upload ? [refuseControlCharactersInFileName] : []
  return {
    ...collection,
    access: { ...collection.access, read: boundPublicReads(collection.access?.read) },
    hooks: {
      ...hooks,
      beforeOperation: [refuseNul, ...uploadGuards, ...(hooks.beforeOperation ?? [])],
      afterOperation: [...(hooks.afterOperation ?? []), capPublicResponse],
    },
  }
}

/** Adds the guards to every collection (those of other plugins included: list it last) and to GraphQL. */
export const requestGuards: Plugin = (config: Config): Config => {
  const ownRules = config.graphQL?.validationRules
  return {
    ...config,
    collections: config.collections?.map(guardCollection),
    hooks: {
      ...config.hooks,
      afterError: [...(config.hooks?.afterError ?? []), answerMalformedMultipartWith400],
    },
    graphQL: {
      ...config.graphQL,
      validationRules: (args) => [...(ownRules?.(args) ?? []), ...publicGraphQLRules(args)],
    },
  }
}
