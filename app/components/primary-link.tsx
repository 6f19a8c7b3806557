import { Link } from '@remix-run/react'
import type { ReactNode } from 'react'

/** The one thing to do next on a page or panel, as a link that looks like the main button. */
export function PrimaryLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link
      to={to}
      className="inline-block min-h-11 rounded-md bg-brand-600 px-4 py-3 font-semibold text-white hover:bg-brand-700"
    >
      {children}
    </Link>
  )
}
