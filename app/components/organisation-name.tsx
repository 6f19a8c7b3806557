import type { ReactNode } from 'react'
import { useLocale } from '~/modules/i18n/use-translation'

type Names = { name: string; nameJa: string | null }

/** Which of an organisation's names leads for this reader, and which one is the other. */
export function useOrganisationNames({ name, nameJa }: Names) {
  const locale = useLocale()
  const english = { text: name, lang: 'en' }
  const japanese = nameJa ? { text: nameJa, lang: 'ja' } : null
  return locale === 'ja' && japanese ? { main: japanese, other: english } : { main: english, other: japanese }
}

/** An organisation's name in the reader's language when it has one, marked with its language. */
export function OrganisationName(props: Names) {
  const { main } = useOrganisationNames(props)
  return <span lang={main.lang}>{main.text}</span>
}

/** An organisation's name (and its name in the other language), with whatever badges the page puts beside it. */
export function OrganisationHeading({
  children,
  logo,
  ...names
}: Names & { children?: ReactNode; logo?: ReactNode }) {
  const { main, other } = useOrganisationNames(names)
  return (
    <header className="flex flex-wrap items-start justify-between gap-4">
      <div className="flex min-w-0 items-center gap-4">
        {logo}
        <div className="min-w-0">
          <h1 lang={main.lang} className="text-2xl font-bold tracking-tight">
            {main.text}
          </h1>
          {other ? (
            <p lang={other.lang} className="text-slate-700">
              {other.text}
            </p>
          ) : null}
        </div>
      </div>
      {children}
    </header>
  )
}
