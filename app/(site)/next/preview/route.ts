import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { isStaff } from '@/lib/domain'

import { getPayloadClient } from '../../_lib/payload'
import { safePreviewPath } from './safePreviewPath'

/**
 * Entry to draft mode from the admin's preview link. The Payload session (cookie or
 * Authorization header) must belong to clinic staff; anyone else is refused and no
 * draft-mode cookie is set. Pages re-check the session on every draft render.
 */
export async function GET(request: Request): Promise<Response> {
  const path = safePreviewPath(new URL(request.url).searchParams.get('path'))
  if (!path) return new Response('path must be a site path such as /articles/slug', { status: 400 })

  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user)
    return new Response('プレビューにはログインが必要です（login required）', { status: 401 })
  if (!isStaff(user))
    return new Response('プレビューの権限がありません（forbidden）', { status: 403 })

  ;(await draftMode()).enable()
  redirect(path)
}
