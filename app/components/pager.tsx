import { Link } from '@remix-run/react'
import { useT } from '~/modules/i18n/use-translation'

/** Previous/next links for a paged list; nothing when everything fits on one page. */
export function Pager({
  page,
  pageCount,
  hrefFor,
  previousLabel,
  nextLabel,
}: {
  page: number
  pageCount: number
  hrefFor: (page: number) => string
  previousLabel?: string
  nextLabel?: string
}) {
  const t = useT()
  if (pageCount <= 1) return null
  return (
    <nav aria-label={t.common.pager.label} className="mt-6 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link to={hrefFor(page - 1)} className="text-brand-700 underline">
          {previousLabel ?? t.common.pager.previous}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-600">{t.common.pager.pageOf({ page, count: pageCount })}</span>
      {page < pageCount ? (
        <Link to={hrefFor(page + 1)} className="inline-flex min-h-11 items-center text-brand-700 underline">
          {nextLabel ?? t.common.pager.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
