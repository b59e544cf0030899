import { MAX_QUERY_LENGTH } from '@/lib/search/query'
import { paths } from '@/lib/seo/url'

/** The site search form: a plain GET form (no client JavaScript), labelled for screen readers. */
export function SearchForm({
  id,
  defaultValue,
  className = 'search-form',
}: {
  id: string
  defaultValue?: string
  className?: string
}) {
  return (
    <form role="search" action={paths.search()} method="get" className={className}>
      <label htmlFor={id} className="visually-hidden">
        サイト内検索
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        maxLength={MAX_QUERY_LENGTH}
        placeholder="例：エクソソーム 副作用"
        autoComplete="off"
        enterKeyHint="search"
      />
      <button type="submit">検索</button>
    </form>
  )
}
