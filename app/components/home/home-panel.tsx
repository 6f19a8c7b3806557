import { Link } from '@remix-run/react'
import type { ReactNode } from 'react'

/** One box of a home page: a heading, its content, and where to go for more. */
export function HomePanel({
  id,
  title,
  more,
  children,
}: {
  id: string
  title: string
  more?: { to: string; label: string }
  children: ReactNode
}) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id={id} className="text-lg font-semibold tracking-tight">
        {title}
      </h2>
      <div className="mt-3 space-y-3 text-slate-800">{children}</div>
      {more ? (
        <p className="mt-4">
          <Link
            to={more.to}
            className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
          >
            {more.label}
          </Link>
        </p>
      ) : null}
    </section>
  )
}

/** What a panel says when it has nothing to show: what to do next. */
export function EmptyNote({ children }: { children: ReactNode }) {
  return <p className="text-slate-600">{children}</p>
}

/** A list of links, each a row tall enough to tap. */
export function LinkList({
  items,
}: {
  items: { key: string; to: string; label: ReactNode; detail?: ReactNode }[]
}) {
  return (
    <ul className="divide-y divide-slate-100">
      {items.map((item) => (
        <li key={item.key} className="py-2">
          <Link to={item.to} className="block min-h-11 py-1 font-medium text-brand-700 underline">
            {item.label}
          </Link>
          {item.detail ? <div className="text-sm text-slate-600">{item.detail}</div> : null}
        </li>
      ))}
    </ul>
  )
}
