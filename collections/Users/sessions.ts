import type { PayloadRequest } from 'payload'

import type { User } from '@/payload-types'

/**
 * A user's sign-in sessions (Payload's `auth.useSessions`: each login adds one to the user;
 * a JWT is only accepted while its session is there). Revoking a session signs that browser
 * out at its next request. Written through the database adapter, as Payload itself does.
 */
export type Session = NonNullable<User['sessions']>[number]

const isLive = (session: Session) => new Date(session.expiresAt) > new Date()

export async function liveSessions(req: PayloadRequest, userId: number): Promise<Session[]> {
  const doc = (await req.payload.db.findOne({
    collection: 'users',
    where: { id: { equals: userId } },
    req,
  })) as User | null
  return (doc?.sessions ?? []).filter(isLive)
}

/** Keeps only the user's live sessions that `keep` accepts; returns how many were revoked. */
export async function revokeSessions(
  req: PayloadRequest,
  userId: number,
  keep: (session: Session) => boolean = () => false,
): Promise<number> {
  const doc = (await req.payload.db.findOne({
    collection: 'users',
    where: { id: { equals: userId } },
    req,
  })) as User | null
  const sessions = doc?.sessions ?? []
  const kept = sessions.filter((session) => isLive(session) && keep(session))
  if (kept.length === sessions.length) return 0
  await req.payload.db.updateOne({
    collection: 'users',
    id: userId,
    data: { sessions: kept },
    req,
    returning: false,
  })
  return sessions.filter(isLive).length - kept.length
}

/** The session the request itself runs in, when it is the user's own. */
export function ownSessionId(req: PayloadRequest, userId: number | string): string | undefined {
  const user = req.user as (User & { _sid?: string }) | null
  return user?.collection === 'users' && String(user.id) === String(userId) ? user._sid : undefined
}
