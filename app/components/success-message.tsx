import type { ReactNode } from 'react'

/** Confirms that an action succeeded; announced by screen readers inside an aria-live region. */
export function SuccessMessage({ children, className = '' }: { children: ReactNode; className?: string }) {
  return (
    <p
      role="status"
      className={`rounded-md border border-emerald-300 bg-emerald-50 p-3 text-emerald-900 ${className}`.trim()}
    >
      {children}
    </p>
  )
}
