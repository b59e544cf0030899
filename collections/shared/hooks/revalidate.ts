import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

/** Revalidates the public pages that show a document (implemented with the public site). */
export const revalidateAfterChange: CollectionAfterChangeHook = ({ doc }) => doc

export const revalidateAfterDelete: CollectionAfterDeleteHook = ({ doc }) => doc
