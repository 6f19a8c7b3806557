import type { ReactNode } from 'react'

/** An organisation's name (and Japanese name), with whatever badges the page puts beside it. */
export function OrganisationHeading({
  name,
  nameJa,
  children,
}: {
  name: string
  nameJa: string | null
  children?: ReactNode
}) {
  return (
    <header className="flex flex-wrap items-start justify-between gap-4">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{name}</h1>
        {nameJa ? (
          <p lang="ja" className="text-slate-700">
            {nameJa}
          </p>
        ) : null}
      </div>
      {children}
    </header>
  )
}
