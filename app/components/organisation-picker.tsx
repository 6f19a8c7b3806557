import type { FieldMetadata } from '@conform-to/react'
import { useFetcher } from '@remix-run/react'
import { useEffect, useId, useState } from 'react'
import { FieldErrors } from '~/components/forms'
import { OrganisationName } from '~/components/organisation-name'
import { useLocale, useT } from '~/modules/i18n/use-translation'
import { countryName } from '~/modules/taxonomy/countries'
import type { loader as searchLoader } from '~/routes/staff.organisation-search'

type Chosen = { slug: string; name: string; nameJa: string | null; country: string }

/**
 * Picks a listed organisation by typing part of its name: the matches appear as buttons below, the chosen
 * one is shown with a way to change it, and the form sends its address.
 */
export function OrganisationPicker({
  label,
  field,
  initial,
}: {
  label: string
  field: FieldMetadata<string>
  initial: Chosen | null
}) {
  const t = useT().staff.broker
  const locale = useLocale()
  const id = useId()
  const [chosen, setChosen] = useState<Chosen | null>(initial)
  const [text, setText] = useState('')
  const search = useFetcher<typeof searchLoader>()
  const { load } = search
  useEffect(() => {
    if (chosen || text.trim().length < 2) return
    const timer = setTimeout(
      () => load(`/staff/organisation-search?${new URLSearchParams({ q: text })}`),
      250,
    )
    return () => clearTimeout(timer)
  }, [text, chosen, load])
  const results = search.data?.query === text.trim() ? search.data.organisations : null
  const describedBy = [field.errors?.length ? field.errorId : null, `${id}-hint`].filter(Boolean).join(' ')
  return (
    <fieldset className="space-y-2">
      <legend className="block font-medium text-slate-800">{label}</legend>
      <input type="hidden" name={field.name} value={chosen?.slug ?? ''} />
      {chosen ? (
        <p className="flex flex-wrap items-center gap-3 rounded-md border border-brand-100 bg-brand-50 p-3">
          <span className="font-semibold" translate="no">
            <OrganisationName {...chosen} />
          </span>
          <span className="text-sm text-slate-600">{countryName(chosen.country, locale)}</span>
          <button
            type="button"
            onClick={() => setChosen(null)}
            aria-label={`${t.change}: ${label}`}
            className="min-h-11 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium"
          >
            {t.change}
          </button>
        </p>
      ) : (
        <>
          <label htmlFor={`${id}-search`} className="block text-sm text-slate-700">
            {t.searchByName}
          </label>
          <input
            id={`${id}-search`}
            type="search"
            value={text}
            onChange={(event) => setText(event.target.value)}
            autoComplete="off"
            aria-invalid={field.errors?.length ? true : undefined}
            aria-describedby={describedBy}
            className="block w-full rounded-md border border-slate-300 px-3 py-2"
          />
          <p id={`${id}-hint`} className="text-sm text-slate-600">
            {t.searchHint}
          </p>
          <div aria-live="polite">
            {results ? (
              results.length ? (
                <ul className="divide-y divide-slate-100 rounded-md border border-slate-200 bg-white">
                  {results.map((organisation) => (
                    <li key={organisation.slug}>
                      <button
                        type="button"
                        onClick={() => setChosen(organisation)}
                        className="flex min-h-11 w-full flex-wrap items-baseline gap-2 px-3 py-2 text-left hover:bg-slate-50"
                      >
                        <span className="font-medium text-brand-900" translate="no">
                          <OrganisationName {...organisation} />
                        </span>
                        <span className="text-sm text-slate-600">
                          {countryName(organisation.country, locale)}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-sm text-slate-700">{t.noneFound}</p>
              )
            ) : null}
          </div>
        </>
      )}
      <FieldErrors id={field.errorId} errors={field.errors} />
    </fieldset>
  )
}
