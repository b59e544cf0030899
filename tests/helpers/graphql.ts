import { GRAPHQL_POST } from '@payloadcms/next/routes'

import config from '@payload-config'

const handler = GRAPHQL_POST(config)

/**
 * Runs a GraphQL query through Payload's real /api/graphql handler (the one
 * app/(payload)/api/graphql serves), with an optional user token.
 */
export async function graphql(
  query: string,
  options: { token?: string; variables?: Record<string, unknown> } = {},
) {
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  const request = new Request('http://localhost:3000/api/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
  })
  const response = await handler(request)
  const json = (await response.json()) as { data?: any; errors?: { message: string }[] }
  return { status: response.status, ...json }
}
