import { z } from 'zod'
import { regions } from '~/modules/taxonomy/countries'

/** The directory's filters, as they appear in the address (so that a search can be shared). */
export const filterKeys = [
  'region',
  'country',
  'role',
  'material',
  'technology',
  'offer',
  'seek',
  'market',
  'supplies',
  'takes',
] as const
export type FilterKey = (typeof filterKeys)[number]

/** For each filter, how many of the matching organisations have each value. */
export type FacetCounts = Record<FilterKey, Record<string, number>>

export const sortOptions = ['name', 'newest'] as const
export type DirectorySort = (typeof sortOptions)[number]
export const pageSize = 20

export type DirectoryQuery = {
  q: string
  filters: Record<FilterKey, string[]>
  sort: DirectorySort
  page: number
}

const codePattern = /^[a-zA-Z0-9-]{1,40}$/

/** Reads a query from the address; anything malformed is dropped rather than refused. */
export function parseDirectoryQuery(params: URLSearchParams): DirectoryQuery {
  const filters = Object.fromEntries(
    filterKeys.map((key) => {
      const values = [...new Set(params.getAll(key).filter((value) => codePattern.test(value)))].slice(0, 20)
      if (key === 'region')
        return [key, values.filter((value) => (regions as readonly string[]).includes(value))]
      if (key === 'country') return [key, values.map((value) => value.toUpperCase())]
      return [key, values]
    }),
  ) as Record<FilterKey, string[]>
  const sort = z
    .enum(sortOptions)
    .catch('name')
    .parse(params.get('sort') ?? undefined)
  const page = z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000)
    .catch(1)
    .parse(params.get('page') ?? 1)
  return { q: (params.get('q') ?? '').trim().slice(0, 200), filters, sort, page }
}

export function toSearchParams(query: DirectoryQuery): URLSearchParams {
  const params = new URLSearchParams()
  if (query.q) params.set('q', query.q)
  for (const key of filterKeys) for (const value of query.filters[key]) params.append(key, value)
  if (query.sort !== 'name') params.set('sort', query.sort)
  if (query.page > 1) params.set('page', String(query.page))
  return params
}

/** A query's words and filters as one address part, the same however the address was written: what a saved search keeps. */
export const searchKey = (query: Pick<DirectoryQuery, 'q' | 'filters'>) =>
  toSearchParams({ ...query, sort: 'name', page: 1 }).toString()

/** The same query with one filter value switched on or off (back to the first page). */
export function toggleFilter(query: DirectoryQuery, key: FilterKey, value: string): DirectoryQuery {
  const current = query.filters[key]
  const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value]
  return { ...query, filters: { ...query.filters, [key]: next }, page: 1 }
}

export const hasAnyFilter = (query: DirectoryQuery) =>
  Boolean(query.q) || filterKeys.some((key) => query.filters[key].length > 0)
