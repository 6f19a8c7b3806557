import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useState } from 'react'
import { Pager } from '~/components/pager'
import { SaveSearchForm } from '~/components/alerts/save-search-form'
import { actsAsStaff } from '~/modules/auth/roles'
import { requireUser } from '~/modules/auth/session.server'
import {
  filterKeys,
  hasAnyFilter,
  parseDirectoryQuery,
  searchKey,
  toggleFilter,
  toSearchParams,
  type DirectoryQuery,
  type FilterKey,
} from '~/modules/directory/directory-query'
import { searchDirectory } from '~/modules/directory/directory.server'
import { cityWithoutCountry, countryName } from '~/modules/taxonomy/countries'
import type { TermLabels } from '~/modules/taxonomy/term-labels'
import { loadTermLabels } from '~/modules/taxonomy/taxonomy.server'
import { OrganisationLogo } from '~/components/files/organisation-logo'
import { OrganisationName, useOrganisationNames } from '~/components/organisation-name'
import type { Locale } from '~/modules/i18n/locales'
import { resolveLocale } from '~/modules/i18n/locale.server'
import type { Messages } from '~/modules/i18n/messages'
import { pageTitle } from '~/modules/i18n/page-title'
import { useLocale, useT } from '~/modules/i18n/use-translation'
import { formatCount, formatList } from '~/utils/format'

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t.profiles.directory.title)

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const query = parseDirectoryQuery(new URL(request.url).searchParams)
  const [result, labels] = await Promise.all([
    searchDirectory(query),
    loadTermLabels(resolveLocale(request, user.locale)),
  ])
  return json({ query, ...result, labels, canExport: actsAsStaff(user) })
}

function labelFor(key: FilterKey, value: string, labels: TermLabels, t: Messages, locale: Locale) {
  switch (key) {
    case 'region':
      return (
        t.profiles.directory.regions[value as keyof Messages['profiles']['directory']['regions']] ?? value
      )
    case 'country':
      return countryName(value, locale)
    case 'role':
      return labels.role[value] ?? value
    case 'material':
      return labels.material[value] ?? value
    case 'technology':
      return labels.technology[value] ?? value
    case 'market':
      return labels.market[value] ?? value
    case 'supplies':
    case 'takes':
      return labels.stream[value] ?? value
    default:
      return labels.cooperation[value] ?? value
  }
}

const href = (query: DirectoryQuery) => {
  const search = toSearchParams(query).toString()
  return search ? `/directory?${search}` : '/directory'
}

function FilterGroup({
  filter,
  query,
  counts,
  labels,
}: {
  filter: FilterKey
  query: DirectoryQuery
  counts: Record<string, number>
  labels: TermLabels
}) {
  const t = useT()
  const locale = useLocale()
  const selected = query.filters[filter]
  const values = [...new Set([...selected, ...Object.keys(counts)])]
    .map((value) => ({
      value,
      label: labelFor(filter, value, labels, t, locale),
      count: counts[value] ?? 0,
    }))
    .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
  if (!values.length) return null
  return (
    <details
      open={selected.length > 0 || ['region', 'role', 'material'].includes(filter)}
      className="border-b border-slate-200 py-3"
    >
      <summary className="cursor-pointer py-3 text-sm font-semibold text-slate-800 lg:py-0">
        {t.profiles.directory.filterTitles[filter]}
        {selected.length ? <span className="ml-1 text-brand-700">({selected.length})</span> : null}
      </summary>
      <ul className="mt-2 space-y-1">
        {values.map(({ value, label, count }) => {
          const active = selected.includes(value)
          return (
            <li key={value}>
              <Link
                to={href(toggleFilter(query, filter, value))}
                preventScrollReset
                aria-current={active ? 'true' : undefined}
                className={`flex min-h-11 items-center justify-between gap-2 rounded px-2 py-1 text-sm lg:min-h-0 ${
                  active ? 'bg-brand-50 font-semibold text-brand-900' : 'text-slate-700 hover:bg-slate-100'
                }`}
              >
                <span>
                  <span aria-hidden="true" className="mr-1 inline-block w-3">
                    {active ? '✓' : ''}
                  </span>
                  {label}
                  {active ? <span className="sr-only"> {t.profiles.directory.selected}</span> : null}
                </span>
                <span className="text-xs text-slate-600">{formatCount(count, locale)}</span>
              </Link>
            </li>
          )
        })}
      </ul>
    </details>
  )
}

export default function DirectoryPage() {
  const { query, entries, total, facets, pageCount, labels, canExport, alikeWords } =
    useLoaderData<typeof loader>()
  const filtered = hasAnyFilter(query)
  const exportSearch = toSearchParams({ ...query, page: 1 }).toString()
  const t = useT().profiles.directory
  // On a phone the filters fold away behind one button, so that the results come first.
  const [filtersShown, setFiltersShown] = useState(false)
  const selectedCount = filterKeys.reduce((sum, key) => sum + query.filters[key].length, 0)
  const texts = useT()
  const locale = useLocale()
  const savedSearch = searchKey(query)
  // "“black mass” · Japan · Recycling": the words, then each chosen filter's label.
  const suggestedName = [
    query.q ? `“${query.q}”` : null,
    ...filterKeys.flatMap((key) =>
      query.filters[key].map((value) => labelFor(key, value, labels, texts, locale)),
    ),
  ]
    .filter(Boolean)
    .join(' · ')
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">{t.title}</h1>
          <p className="mt-1 text-slate-700">{t.intro}</p>
        </div>
        <Link
          to="/saved-searches"
          className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline"
        >
          {texts.profiles.savedSearches.linkFromDirectory}
        </Link>
        {canExport ? (
          <a
            href={`/directory/export.csv${exportSearch ? `?${exportSearch}` : ''}`}
            className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100"
          >
            {t.export}
          </a>
        ) : null}
      </div>

      <Form method="get" role="search" className="flex flex-wrap items-end gap-3">
        {filterKeys.flatMap((key) =>
          query.filters[key].map((value) => (
            <input key={`${key}-${value}`} type="hidden" name={key} value={value} />
          )),
        )}
        <div className="min-w-64 flex-1">
          <label htmlFor="directory-q" className="block text-sm font-medium text-slate-800">
            {t.searchLabel}
          </label>
          <input
            id="directory-q"
            type="search"
            name="q"
            defaultValue={query.q}
            className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2"
          />
        </div>
        <div>
          <label htmlFor="directory-sort" className="block text-sm font-medium text-slate-800">
            {t.sortBy}
          </label>
          <select
            id="directory-sort"
            name="sort"
            defaultValue={query.sort}
            className="mt-1 block rounded-md border border-slate-300 bg-white px-3 py-2"
          >
            <option value="name">{t.sortName}</option>
            <option value="newest">{t.sortNewest}</option>
          </select>
        </div>
        <button
          type="submit"
          className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
        >
          {t.search}
        </button>
      </Form>

      <div className="grid gap-8 lg:grid-cols-4">
        <button
          type="button"
          aria-expanded={filtersShown}
          aria-controls="directory-filters"
          onClick={() => setFiltersShown((shown) => !shown)}
          className="min-h-11 rounded-md border border-slate-300 bg-white px-4 py-2 text-left font-medium lg:hidden"
        >
          {filtersShown ? t.hideFilters : t.showFilters}
          {selectedCount ? <span className="text-brand-700"> ({selectedCount})</span> : null}
        </button>
        <aside
          id="directory-filters"
          aria-label={t.filters}
          className={`min-w-0 [overflow-wrap:anywhere] lg:col-span-1 ${filtersShown ? '' : 'hidden'} lg:block`}
        >
          <div className="flex items-baseline justify-between">
            <h2 className="text-sm font-semibold tracking-wide text-slate-600 uppercase">{t.filters}</h2>
            {filtered ? (
              <Link to="/directory" className="text-sm text-brand-700 underline">
                {t.clearAll}
              </Link>
            ) : null}
          </div>
          {filterKeys.map((key) => (
            <FilterGroup key={key} filter={key} query={query} counts={facets[key]} labels={labels} />
          ))}
        </aside>

        <section aria-labelledby="results-title" className="min-w-0 lg:col-span-3">
          <h2 id="results-title" className="text-sm text-slate-700" aria-live="polite">
            {t.count({ count: total })}
            {pageCount > 1 ? t.pageOf({ page: Math.min(query.page, pageCount), count: pageCount }) : null}
          </h2>
          {filtered ? (
            <div className="mt-3">
              <SaveSearchForm key={savedSearch} search={savedSearch} suggestedName={suggestedName} />
            </div>
          ) : null}
          {alikeWords.length ? (
            <p className="mt-2 text-sm text-slate-700">{t.alikeNames({ words: alikeWords.join(' ') })}</p>
          ) : null}
          {entries.length === 0 ? (
            <div className="mt-4 rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
              <p className="font-semibold">{t.noMatch}</p>
              <p className="mt-2 text-slate-700">
                {filtered ? (
                  <>
                    {t.tryFewer}{' '}
                    <Link to="/directory" className="text-brand-700 underline">
                      {t.clearThem}
                    </Link>
                    {t.end}
                  </>
                ) : (
                  t.noneApproved
                )}
              </p>
            </div>
          ) : (
            <ul className="mt-4 space-y-4">
              {entries.map((entry) => (
                <DirectoryEntry key={entry.slug} entry={entry} labels={labels} />
              ))}
            </ul>
          )}
          <Pager page={query.page} pageCount={pageCount} hrefFor={(page) => href({ ...query, page })} />
        </section>
      </div>
    </div>
  )
}

type Entry = ReturnType<typeof useLoaderData<typeof loader>>['entries'][number]

function DirectoryEntry({ entry, labels }: { entry: Entry; labels: TermLabels }) {
  const locale = useLocale()
  const city = cityWithoutCountry(entry.city, entry.country)
  const t = useT().profiles.directory
  const { other } = useOrganisationNames(entry)
  const summary =
    locale === 'ja' && entry.summaryJa
      ? { text: entry.summaryJa, lang: 'ja' }
      : { text: entry.summary, lang: 'en' }
  return (
    <li className="flex gap-4 rounded-lg border border-slate-200 bg-white p-5 [overflow-wrap:anywhere]">
      {entry.logoFileId ? <OrganisationLogo fileId={entry.logoFileId} alt="" /> : null}
      <div className="min-w-0 flex-1">
        <h3 className="text-lg font-semibold">
          <Link
            to={`/organisations/${entry.slug}`}
            className="-my-2 inline-block py-2 text-brand-900 hover:underline"
          >
            <OrganisationName {...entry} />
          </Link>
          {other ? (
            <span lang={other.lang} className="ml-2 text-base font-normal text-slate-600">
              {other.text}
            </span>
          ) : null}
        </h3>
        <p className="text-sm text-slate-600">
          {city ? <span translate="no">{city}, </span> : null}
          {countryName(entry.country, locale)} ·{' '}
          {formatList(
            entry.roles.map((role) => labels.role[role] ?? role),
            locale,
          )}
        </p>
        <p lang={summary.lang} className="mt-2 text-slate-800">
          {summary.text}
          {summary.text.length >= 240 ? '…' : null}
        </p>
        {entry.materials.length ? (
          <p className="mt-2 text-sm text-slate-600">
            {t.materials}{' '}
            {formatList(
              entry.materials.map((code) => labels.material[code] ?? code),
              locale,
            )}
          </p>
        ) : null}
      </div>
    </li>
  )
}
