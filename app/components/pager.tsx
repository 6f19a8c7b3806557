import { Link } from '@remix-run/react'

/** Previous/next links for a paged list; nothing when everything fits on one page. */
export function Pager({
  page,
  pageCount,
  hrefFor,
  previousLabel = '← Previous page',
  nextLabel = 'Next page →',
}: {
  page: number
  pageCount: number
  hrefFor: (page: number) => string
  previousLabel?: string
  nextLabel?: string
}) {
  if (pageCount <= 1) return null
  return (
    <nav aria-label="Pages" className="mt-6 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link to={hrefFor(page - 1)} className="text-brand-700 underline">
          {previousLabel}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-600">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link to={hrefFor(page + 1)} className="text-brand-700 underline">
          {nextLabel}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
