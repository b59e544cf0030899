import type { CollectionBeforeChangeHook } from 'payload'

import { identifierLabel } from '@/lib/references'

/** The name staff see in lists and pickers: the title, or the identifier while there is none. */
export const setCitationLabel: CollectionBeforeChangeHook = ({ data }) => ({
  ...data,
  citationLabel: (typeof data.title === 'string' && data.title.trim()) || identifierLabel(data),
})
