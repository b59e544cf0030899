import { NotFoundContent } from './_components/Layout/NotFoundContent'

/** The site's own 404 page (unknown and unpublished slugs, unknown paths). */
export default function NotFound() {
  return <NotFoundContent />
}
