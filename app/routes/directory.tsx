import { json, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { Pager } from '~/components/pager'
import { hasStaffAccess } from '~/modules/auth/roles'
import { requireUser } from '~/modules/auth/session.server'
import {
  filterKeys,
  hasAnyFilter,
  parseDirectoryQuery,
  toggleFilter,
  toSearchParams,
  type DirectoryQuery,
  type FilterKey,
} from '~/modules/directory/directory-query'
import { searchDirectory } from '~/modules/directory/directory.server'
import { countryName } from '~/modules/taxonomy/countries'
import type { TermLabels } from '~/modules/taxonomy/term-labels'
import { loadTermLabels } from '~/modules/taxonomy/taxonomy.server'

export const meta: MetaFunction = () => [{ title: 'Directory | EU-Japan Circular Metals' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const query = parseDirectoryQuery(new URL(request.url).searchParams)
  const [result, labels] = await Promise.all([searchDirectory(query), loadTermLabels()])
  return json({ query, ...result, labels, canExport: hasStaffAccess(user.role) })
}

const filterTitles: Record<FilterKey, string> = {
  region: 'Region',
  country: 'Country',
  role: 'Value-chain role',
  material: 'Metal or material',
  technology: 'Technology',
  offer: 'Offers',
  seek: 'Seeks',
  market: 'Target market',
}

const regionLabels: Record<string, string> = { eu: 'European Union', jp: 'Japan', third: 'Third countries' }

function labelFor(key: FilterKey, value: string, labels: TermLabels) {
  switch (key) {
    case 'region':
      return regionLabels[value] ?? value
    case 'country':
      return countryName(value)
    case 'role':
      return labels.role[value] ?? value
    case 'material':
      return labels.material[value] ?? value
    case 'technology':
      return labels.technology[value] ?? value
    case 'market':
      return labels.market[value] ?? value
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
  const selected = query.filters[filter]
  const values = [...new Set([...selected, ...Object.keys(counts)])]
    .map((value) => ({ value, label: labelFor(filter, value, labels), count: counts[value] ?? 0 }))
    .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
  if (!values.length) return null
  return (
    <details
      open={selected.length > 0 || ['region', 'role', 'material'].includes(filter)}
      className="border-b border-slate-200 py-3"
    >
      <summary className="cursor-pointer text-sm font-semibold text-slate-800">
        {filterTitles[filter]}
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
                className={`flex items-center justify-between gap-2 rounded px-2 py-1 text-sm ${
                  active ? 'bg-brand-50 font-semibold text-brand-900' : 'text-slate-700 hover:bg-slate-100'
                }`}
              >
                <span>
                  <span aria-hidden="true" className="mr-1 inline-block w-3">
                    {active ? '✓' : ''}
                  </span>
                  {label}
                  {active ? <span className="sr-only"> (selected, select to remove)</span> : null}
                </span>
                <span className="text-xs text-slate-500">{count}</span>
              </Link>
            </li>
          )
        })}
      </ul>
    </details>
  )
}

export default function DirectoryPage() {
  const { query, entries, total, facets, pageCount, labels, canExport } = useLoaderData<typeof loader>()
  const filtered = hasAnyFilter(query)
  const exportSearch = toSearchParams({ ...query, page: 1 }).toString()
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">Directory</h1>
          <p className="mt-1 text-slate-700">
            Approved organisations from the EU, Japan and third countries.
          </p>
        </div>
        {canExport ? (
          <a
            href={`/directory/export.csv${exportSearch ? `?${exportSearch}` : ''}`}
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100"
          >
            Export these results (CSV)
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
            Search names and descriptions (English or Japanese)
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
            Sort by
          </label>
          <select
            id="directory-sort"
            name="sort"
            defaultValue={query.sort}
            className="mt-1 block rounded-md border border-slate-300 bg-white px-3 py-2"
          >
            <option value="name">Name</option>
            <option value="newest">Newest</option>
          </select>
        </div>
        <button
          type="submit"
          className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
        >
          Search
        </button>
      </Form>

      <div className="grid gap-8 lg:grid-cols-4">
        <aside aria-label="Filters" className="lg:col-span-1">
          <div className="flex items-baseline justify-between">
            <h2 className="text-sm font-semibold tracking-wide text-slate-600 uppercase">Filters</h2>
            {filtered ? (
              <Link to="/directory" className="text-sm text-brand-700 underline">
                Clear all
              </Link>
            ) : null}
          </div>
          {filterKeys.map((key) => (
            <FilterGroup key={key} filter={key} query={query} counts={facets[key]} labels={labels} />
          ))}
        </aside>

        <section aria-labelledby="results-title" className="lg:col-span-3">
          <h2 id="results-title" className="text-sm text-slate-700" aria-live="polite">
            {total === 1 ? '1 organisation' : `${total} organisations`}
            {pageCount > 1 ? ` · page ${Math.min(query.page, pageCount)} of ${pageCount}` : ''}
          </h2>
          {entries.length === 0 ? (
            <div className="mt-4 rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
              <p className="font-semibold">No organisations match.</p>
              <p className="mt-2 text-slate-700">
                {filtered ? (
                  <>
                    Try fewer filters or other words, or{' '}
                    <Link to="/directory" className="text-brand-700 underline">
                      clear them all
                    </Link>
                    .
                  </>
                ) : (
                  'No profile has been approved yet.'
                )}
              </p>
            </div>
          ) : (
            <ul className="mt-4 space-y-4">
              {entries.map((entry) => (
                <li key={entry.slug} className="rounded-lg border border-slate-200 bg-white p-5">
                  <h3 className="text-lg font-semibold">
                    <Link to={`/organisations/${entry.slug}`} className="text-brand-900 hover:underline">
                      {entry.name}
                    </Link>
                    {entry.nameJa ? (
                      <span lang="ja" className="ml-2 text-base font-normal text-slate-600">
                        {entry.nameJa}
                      </span>
                    ) : null}
                  </h3>
                  <p className="text-sm text-slate-600">
                    {[entry.city, countryName(entry.country)].filter(Boolean).join(', ')} ·{' '}
                    {entry.roles.map((role) => labels.role[role] ?? role).join(', ')}
                  </p>
                  <p className="mt-2 text-slate-800">
                    {entry.summary}
                    {entry.summary.length >= 240 ? '…' : ''}
                  </p>
                  {entry.materials.length ? (
                    <p className="mt-2 text-sm text-slate-600">
                      Materials: {entry.materials.map((code) => labels.material[code] ?? code).join(', ')}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          <Pager page={query.page} pageCount={pageCount} hrefFor={(page) => href({ ...query, page })} />
        </section>
      </div>
    </div>
  )
}
