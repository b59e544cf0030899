import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import type { User } from '@/payload-types'

/** Who is reading: visitors read published versions; staff in draft mode read the latest drafts. */
export type Viewer = { draft: boolean; user: User | null }

export const VISITOR: Viewer = { draft: false, user: null }

export const getPayloadClient = (): Promise<Payload> => getPayload({ config })

/** Local API options shared by every public query: access control always applies. */
export const readAs = (viewer: Viewer) => ({
  draft: viewer.draft,
  overrideAccess: false,
  user: viewer.user ?? undefined,
})

type Rel<T> = number | string | T | null | undefined

/** A populated relationship, or undefined when it stayed an id (e.g. a draft the reader may not see). */
export const populated = <T extends { id: number | string }>(value: Rel<T>): T | undefined =>
  value && typeof value === 'object' ? value : undefined

export const populatedList = <T extends { id: number | string }>(values: Rel<T>[] | null | undefined): T[] =>
  (values ?? []).map(populated).filter((v): v is T => Boolean(v))

export const relId = (value: Rel<{ id: number | string }>): number | string | undefined =>
  value && typeof value === 'object' ? value.id : (value ?? undefined)
