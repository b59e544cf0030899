/**
 * Hikaku demo content as typed data (no Payload imports). Relationships use keys; see the
 * loader notes in `types.ts` and `lexical.ts` (`resolveCitations`).
 *
 * Suggested load order (relationships are circular between components and treatments):
 *   1. references
 *   2. components without `partOf`
 *   3. treatments (components → ids; mechanism → resolveCitations)
 *   4. components: set `partOf` (keys → { relationTo, value: id })
 *   5. articles (compares, references, body → resolveCitations)
 *   6. site-settings global
 */
export * from './types'
export * from './lexical'
export { references, ACCESSED_AT } from './references'
export { components } from './components'
export { treatments } from './treatments'
export { article } from './article'
export { siteSettings } from './site'

import { article } from './article'
export const articles = [article]
