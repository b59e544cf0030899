import {
  type ArgumentNode,
  type FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  type GraphQLNamedType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql'
import type { PayloadRequest } from 'payload'

/**
 * What an anonymous API caller may ask for. Related documents are populated at most `depth`
 * levels deep, at most `limit` documents a page, never all at once (`limit=0`,
 * `pagination=false`); every demo answer within these bounds is well under `responseBytes`,
 * which is checked too, as a backstop. Staff (the admin) and the site's own server-side reads
 * (Local API) are not bound by this.
 */
export const PUBLIC_READ_LIMITS = { depth: 2, limit: 100, responseBytes: 1_000_000 }

/** Why an anonymous read asks for too much (naming the parameter), or null. */
export function publicReadProblem(args: {
  depth?: unknown
  limit?: unknown
  pagination?: unknown
}): string | null {
  const { depth, limit } = PUBLIC_READ_LIMITS
  if (typeof args.depth === 'number' && !(args.depth <= depth)) {
    return `depth は ${depth} 以下にしてください（depth must be at most ${depth} without signing in）。`
  }
  if (args.pagination === false || args.pagination === 'false') {
    return `pagination=false は使えません。limit ${limit} 件ずつ読んでください（pagination=false is not allowed without signing in; use limit up to ${limit}）。`
  }
  if (typeof args.limit === 'number' && !(args.limit >= 1 && args.limit <= limit)) {
    return `limit は 1〜${limit} にしてください（limit must be between 1 and ${limit} without signing in）。`
  }
  return null
}

/** depth, limit and pagination as a REST query string gives them (strings; garbage stays NaN). */
export function restReadParameters(query: Record<string, unknown> | undefined): {
  depth?: number
  limit?: number
  pagination?: unknown
} {
  const number = (value: unknown) => (value === undefined ? undefined : Number(value))
  return { depth: number(query?.depth), limit: number(query?.limit), pagination: query?.pagination }
}

export function oversizedResponseProblem(bytes: number): string | null {
  const max = PUBLIC_READ_LIMITS.responseBytes
  if (bytes <= max) return null
  return `応答が大きすぎます（${max} bytes 超）。limit か depth を小さくしてください（response larger than ${max} bytes: lower limit or depth）。`
}

export const GRAPHQL_DEPTH_PROBLEM = `関連ドキュメントの入れ子は depth ${PUBLIC_READ_LIMITS.depth} までです（relationships nested deeper than depth ${PUBLIC_READ_LIMITS.depth} without signing in）。`

/**
 * The bounds in GraphQL, checked before the query runs: `limit` and `pagination` arguments as
 * in REST, and `depth` as the nesting of documents: a query may nest documents (a collection's type, or a union of
 * them for polymorphic relationships) at most 1 + depth levels deep. A document type is one that
 * a root query returns by id. Fragments are followed (each measured once).
 */
const publicGraphQLRule =
  (variables: Record<string, unknown> | null | undefined): ValidationRule =>
  (context) => {
    const schema = context.getSchema()
    const queryFields = Object.values(schema.getQueryType()?.getFields() ?? {})
    const documentTypes = new Set(
      queryFields
        .filter((f) => f.args.some((a) => a.name === 'id'))
        .map((f) => getNamedType(f.type).name),
    )
    const isDocument = (type: GraphQLNamedType) =>
      documentTypes.has(type.name) ||
      (isUnionType(type) && type.getTypes().some((t) => documentTypes.has(t.name)))
    const fragmentLevels = new Map<string, number>()

    const levels = (
      selectionSet: SelectionSetNode,
      parent: GraphQLNamedType | undefined,
      inFragments: Set<string>,
    ): number => {
      let deepest = 0
      for (const selection of selectionSet.selections) {
        if (selection.kind === 'Field') {
          const fields =
            parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields() : {}
          const field = fields[selection.name.value]
          if (!field) continue
          const type = getNamedType(field.type)
          const below = selection.selectionSet
            ? levels(selection.selectionSet, type, inFragments)
            : 0
          deepest = Math.max(deepest, (isDocument(type) ? 1 : 0) + below)
        } else if (selection.kind === 'InlineFragment') {
          const type = selection.typeCondition
            ? schema.getType(selection.typeCondition.name.value)
            : parent
          deepest = Math.max(
            deepest,
            levels(selection.selectionSet, type ?? undefined, inFragments),
          )
        } else {
          const name = selection.name.value
          const fragment = context.getFragment(name)
          if (!fragment || inFragments.has(name)) continue // unknown or cyclic: graphql's own rules report it
          deepest = Math.max(deepest, fragmentLevel(fragment, inFragments))
        }
      }
      return deepest
    }
    const fragmentLevel = (fragment: FragmentDefinitionNode, inFragments: Set<string>): number => {
      const name = fragment.name.value
      const known = fragmentLevels.get(name)
      if (known !== undefined) return known
      const type = schema.getType(fragment.typeCondition.name.value) ?? undefined
      const level = levels(fragment.selectionSet, type, new Set([...inFragments, name]))
      fragmentLevels.set(name, level)
      return level
    }

    /** A `limit` or `pagination` argument, written in the query or passed as a variable. */
    const argumentValue = (node: ArgumentNode): unknown => {
      const { value } = node
      if (value.kind === 'Variable') return variables?.[value.name.value]
      if (value.kind === 'IntValue') return Number(value.value)
      if (value.kind === 'BooleanValue') return value.value
      return undefined
    }

    return {
      Argument(node) {
        const name = node.name.value
        if (name !== 'limit' && name !== 'pagination') return
        const problem = publicReadProblem({ [name]: argumentValue(node) })
        if (problem) context.reportError(new GraphQLError(problem, { nodes: [node] }))
      },
      OperationDefinition(node) {
        const root =
          node.operation === 'query'
            ? schema.getQueryType()
            : node.operation === 'mutation'
              ? schema.getMutationType()
              : schema.getSubscriptionType()
        if (!root) return
        if (levels(node.selectionSet, root, new Set()) > 1 + PUBLIC_READ_LIMITS.depth) {
          context.reportError(new GraphQLError(GRAPHQL_DEPTH_PROBLEM, { nodes: [node] }))
        }
      },
    }
  }

/** The GraphQL validation rules of a request: the public read bounds, for anonymous callers only. */
export function publicGraphQLRules(args: {
  contextValue?: unknown
  variableValues?: Record<string, unknown> | null
}): ValidationRule[] {
  const req = (args.contextValue as { req?: PayloadRequest } | undefined)?.req
  return req && !req.user ? [publicGraphQLRule(args.variableValues)] : []
}
