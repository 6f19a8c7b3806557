import type { ReactNode } from 'react'

export function AuthCard({
  title,
  intro,
  children,
  footer,
}: {
  title: string
  intro?: string
  children: ReactNode
  footer?: ReactNode
}) {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold tracking-tight text-slate-900">{title}</h1>
      {intro ? <p className="mt-2 text-slate-700">{intro}</p> : null}
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">{children}</div>
      {footer ? <p className="mt-4 text-center text-sm text-slate-700">{footer}</p> : null}
    </div>
  )
}
