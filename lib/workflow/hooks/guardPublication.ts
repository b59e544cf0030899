import {
  APIError,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type PayloadRequest,
} from 'payload'

import { isStaff, isWorkflowWrite } from '@/lib/domain'

const PUBLISH_REFUSED =
  '公開できるのは医療レビュアーの承認（POST /api/<collection>/<id>/approve）だけです。保存・一括操作・版の復元では公開できません（only approval publishes: _status "published" is refused）。'

/**
 * Nothing but `approve` publishes. Outside a workflow step:
 * - a create or update (single or bulk) asking for `_status: 'published'` is refused (403);
 * - every other create and update is saved as a draft, so the live (approved) version
 *   stays as it is until the next approval;
 * - a version restore that is not "restore as draft" is refused while it would replace the
 *   live version (restoreVersion reads its `draft` flag before this hook runs, so it cannot
 *   be switched here);
 * - visitors' reads never ask for drafts (`?draft=true` is ignored for them).
 */
export const guardPublication: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (isWorkflowWrite(req)) return args
  switch (operation) {
    case 'create':
    case 'update': {
      const data = (args as { data?: { _status?: unknown } }).data
      if (data && typeof data === 'object' && data._status === 'published')
        throw new APIError(PUBLISH_REFUSED, 403, null, true)
      return { ...args, draft: true }
    }
    case 'restoreVersion':
      await refuseRestoreOverLiveVersion(args as RestoreArgs, req)
      return args
    case 'read':
      if (
        (args as { draft?: boolean }).draft &&
        !(args as { overrideAccess?: boolean }).overrideAccess &&
        !isStaff(req.user)
      ) {
        return { ...args, draft: false }
      }
      return args
    default:
      return args
  }
}

type RestoreArgs = {
  id?: number | string
  draft?: boolean
  collection: { config: { slug: string } }
}

const RESTORE_REFUSED =
  '公開中のドキュメントに版を直接復元すると、承認なしに公開内容が置き換わります。「下書きとして復元」（?draft=true）を使い、復元後にレビューを申請してください（restore as a draft: ?draft=true）。'

async function refuseRestoreOverLiveVersion(args: RestoreArgs, req: PayloadRequest) {
  if (args.draft) return
  const slug = args.collection.config.slug as CollectionSlug
  const { docs } = await req.payload.db.findVersions({
    collection: slug,
    where: { id: { equals: args.id } },
    limit: 1,
    pagination: false,
    req,
  })
  const version = docs[0] as
    { parent?: number | string; version?: { _status?: string } } | undefined
  if (!version) return // Payload answers 404
  const live = (await req.payload.db.findOne({
    collection: slug,
    where: { id: { equals: version.parent } },
    req,
  })) as { _status?: string } | null
  if (version.version?._status === 'published' || live?._status === 'published')
    throw new APIError(RESTORE_REFUSED, 403, null, true)
}
