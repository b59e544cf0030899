import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
} from 'payload'

import { revalidateTags, tagsForChange } from '@/lib/cache/revalidate'
import { TAGS } from '@/lib/cache/tags'

/**
 * Revalidates the public pages that show a document, by cache tag (lib/cache/tags.ts):
 * on any save of a collection without drafts (media), and for drafts on publish, on an edit of the published version, on unpublish and on delete. Saving a
 * draft of a never-published document changes nothing visitors can see, so it is skipped.
 * Seeds, migrations and tests write with `context.disableRevalidate`.
 */
export const revalidateAfterChange: CollectionAfterChangeHook = ({
  collection,
  context,
  doc,
  previousDoc,
  req,
}) => {
  if (context?.disableRevalidate) return doc
  // Without drafts (media) every saved document is what visitors see.
  const visible =
    !collection.versions?.drafts ||
    doc?._status === 'published' ||
    previousDoc?._status === 'published'
  if (!visible) return doc
  revalidateTags(tagsForChange(collection.slug, doc, previousDoc), (msg) =>
    req.payload.logger.debug(msg),
  )
  return doc
}

export const revalidateAfterDelete: CollectionAfterDeleteHook = ({
  collection,
  context,
  doc,
  req,
}) => {
  if (context?.disableRevalidate) return doc
  revalidateTags(tagsForChange(collection.slug, doc), (msg) => req.payload.logger.debug(msg))
  return doc
}

/** Site settings (clinic contact) appear on every content page. */
export const revalidateSiteSettings: GlobalAfterChangeHook = ({ context, doc, req }) => {
  if (context?.disableRevalidate) return doc
  revalidateTags([TAGS.siteSettings], (msg) => req.payload.logger.debug(msg))
  return doc
}
