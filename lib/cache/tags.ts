/**
 * Cache tags of the public site, in one place. Pages are statically rendered and carry
 * these tags; collection hooks revalidate exactly the tags of what changed.
 *
 *  - doc:<collection>:<id>     every page that renders (or links to) that document
 *  - slug:<collection>:<slug>  the page at that slug, also while it is a 404
 *  - usedby:<collection>:<id>  pages that list what links to the document (component and treatment pages)
 *  - list:<collection>         pages listing a whole collection (home, /references, sitemap)
 */
export const TAGS = {
  doc: (collection: string, id: number | string) => `doc:${collection}:${id}`,
  slug: (collection: string, slug: string) => `slug:${collection}:${slug}`,
  usedBy: (collection: string, id: number | string) => `usedby:${collection}:${id}`,
  list: (collection: string) => `list:${collection}`,
  siteSettings: 'global:site-settings',
} as const
