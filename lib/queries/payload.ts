import type { User } from '@/payload-types'

/** Who is reading: visitors read published versions; staff in draft mode read the latest drafts. */
export type Viewer = { draft: boolean; user: User | null }

export const VISITOR: Viewer = { draft: false, user: null }

/** Local API options shared by every public query: access control always applies. */
export const readAs = (viewer: Viewer) => ({
  draft: viewer.draft,
  overrideAccess: false,
  user: viewer.user ?? undefined,
})
