/** The data functions of the public pages, as the scale benchmark counts their SQL. */
export { findArticlePage } from '../../lib/queries/article'
export { findComponentPage } from '../../lib/queries/component'
export { findHomePage } from '../../lib/queries/home'
export { VISITOR } from '../../lib/queries/payload'
export { findReferencesPage } from '../../lib/queries/references'
export { findTreatmentPage } from '../../lib/queries/treatment'
