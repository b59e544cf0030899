import { linkedDocsDeep, type Id } from '@/lib/domain'

import { TAGS } from './tags'

/**
 * The `doc:` tags of a document and of everything it links to (lib/domain/links.ts), populated
 * or still an id: a linked draft is not shown, but the page must update when it gets published.
 * Links of populated documents count too (an article's compared treatments and their references).
 */
export function pageTags(collection: string, doc: { id: Id }): string[] {
  return [
    TAGS.doc(collection, doc.id),
    ...linkedDocsDeep(collection, doc).map((linked) => TAGS.doc(linked.collection, linked.id)),
  ]
}
