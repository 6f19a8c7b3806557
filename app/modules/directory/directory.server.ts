import { Prisma } from '~/generated/prisma/client'
import { profileTableColumns, storedToImportRow, toTableCells } from '~/modules/profiles/import-format'
import { listedSql } from '~/modules/profiles/listed.server'
import { snapshotKeys } from '~/modules/profiles/snapshot'
import { readPrisma } from '~/utils/db.server'
import { pageSize, parseDirectoryQuery, type DirectoryQuery, type FilterKey } from './directory-query'
import { currentFacetIndex } from './facet-index.server'
import { textMatches, type TextMatches } from './text-search.server'

// Each tag filter and the array column it reads; values within one filter are alternatives (any of),
// different filters must all hold.
const tagColumns = {
  role: 'roles',
  material: 'materials',
  technology: 'technologies',
  offer: 'offers',
  seek: 'seeks',
  market: 'markets',
  supplies: 'suppliesStreams',
  takes: 'takesStreams',
} as const satisfies Partial<Record<FilterKey, string>>

function whereClause(filters: DirectoryQuery['filters']): Prisma.Sql {
  const conditions: Prisma.Sql[] = [listedSql('o')]
  if (filters.region.length) conditions.push(Prisma.sql`o."region" = ANY(${filters.region}::"Region"[])`)
  if (filters.country.length) conditions.push(Prisma.sql`o."country" = ANY(${filters.country})`)
  for (const [key, column] of Object.entries(tagColumns) as [keyof typeof tagColumns, string][]) {
    const values = filters[key]
    if (values.length) conditions.push(Prisma.sql`o.${Prisma.raw(`"${column}"`)} && ${values}::text[]`)
  }
  return Prisma.join(conditions, ' AND ')
}

const sortOrder = {
  name: Prisma.sql`lower(o."name") ASC, o."id" ASC`,
  // Listed organisations are approved, so they all have an approval time.
  newest: Prisma.sql`o."approvedAt" DESC, o."id" ASC`,
} as const

export type DirectoryEntry = {
  slug: string
  name: string
  nameJa: string | null
  country: string
  region: 'eu' | 'jp' | 'third'
  city: string | null
  roles: string[]
  materials: string[]
  technologies: string[]
  summary: string
  summaryJa: string | null
  logoFileId: string | null
}

const entryColumns = Prisma.sql`o."slug", o."name", o."logoFileId", o."nameJa", o."country", o."region"::text AS "region", o."city",
  o."roles", o."materials", o."technologies", left(o."description", 240) AS "summary",
  left(o."descriptionJa", 240) AS "summaryJa"`

const pageOf = (total: number) => Math.max(1, Math.ceil(total / pageSize))

/** Without words: the page in SQL (in index order), the counts from the in-memory facet index. */
async function browse(query: DirectoryQuery) {
  const [entries, index] = await Promise.all([
    readPrisma().$queryRaw<DirectoryEntry[]>`
      SELECT ${entryColumns} FROM "Organisation" o WHERE ${whereClause(query.filters)}
       ORDER BY ${sortOrder[query.sort]}
       LIMIT ${pageSize} OFFSET ${(query.page - 1) * pageSize}`,
    currentFacetIndex(),
  ])
  const { total, facets } = index.count(query.filters, null)
  return { entries, total, facets, pageCount: pageOf(total), alikeWords: [] as string[] }
}

/** With words: the text matches that are listed and pass the filters, counted and ordered in memory. */
async function filteredTextMatches(query: Pick<DirectoryQuery, 'filters' | 'sort'>, text: TextMatches) {
  return (await currentFacetIndex()).rankTextMatches(query.filters, text, query.sort)
}

/** The listed organisations among `ids`, read with `columns`, in the order of `ids`. */
async function readInOrder<Row>(ids: string[], columns: Prisma.Sql): Promise<Row[]> {
  if (!ids.length) return []
  const rows = await readPrisma().$queryRaw<(Row & { id: string })[]>`
    SELECT o."id", ${columns} FROM "Organisation" o WHERE o."id" = ANY(${ids}) AND ${listedSql('o')}`
  const byId = new Map(rows.map(({ id, ...row }) => [id, row as Row]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** With words: only the page's organisations are read. */
async function searchText(query: DirectoryQuery, text: TextMatches) {
  const { total, facets, ids } = await filteredTextMatches(query, text)
  const pageIds = ids.slice((query.page - 1) * pageSize, query.page * pageSize)
  const entries = await readInOrder<DirectoryEntry>(pageIds, entryColumns)
  return { entries, total, facets, pageCount: pageOf(total), alikeWords: text.alikeWords }
}

/**
 * One page of listed organisations matching the query, the total, counts per filter value, and the
 * words that matched only as names like them (typos).
 */
/** Listed organisations whose names or descriptions match `text`, the directory's way, the first few. */
export async function findListedByName(text: string, limit = 8) {
  const { entries } = await searchDirectory(
    parseDirectoryQuery(new URLSearchParams({ q: text, sort: 'name' })),
  )
  return entries.slice(0, limit).map(({ slug, name, nameJa, country }) => ({ slug, name, nameJa, country }))
}

export async function searchDirectory(query: DirectoryQuery) {
  const text = await textMatches(query.q)
  return text ? searchText(query, text) : browse(query)
}

/**
 * Which of `ids` the query's words and filters find among listed organisations, the directory's way: for
 * alerts on saved searches, asked about the few organisations listed since the last look.
 */
export async function matchingAmong(query: Pick<DirectoryQuery, 'q' | 'filters'>, ids: string[]) {
  if (!ids.length) return []
  const text = await textMatches(query.q)
  const found = text ? new Set(text.ids) : null
  const candidates = found ? ids.filter((id) => found.has(id)) : ids
  if (!candidates.length) return []
  const rows = await readPrisma().$queryRaw<{ id: string }[]>`
    SELECT o."id" FROM "Organisation" o WHERE o."id" = ANY(${candidates}) AND ${whereClause(query.filters)}`
  return rows.map((row) => row.id)
}

// Every stored profile field (the enum read as text), with what the directory adds.
const exportColumns = Prisma.raw(
  [
    ...snapshotKeys.map((key) => (key === 'size' ? `o."size"::text AS "size"` : `o."${key}"`)),
    'o."slug"',
    'o."status"::text AS "status"',
    'o."region"::text AS "region"',
    'o."approvedAt"',
  ].join(', '),
)

type ExportedOrganisation = Record<(typeof snapshotKeys)[number], unknown> & {
  slug: string
  status: string
  region: string
  approvedAt: Date | null
}

/**
 * Every listed organisation matching the query (no paging), in the directory's order, for staff
 * exports: the columns of a profile file, then the region and the date of approval.
 */
export async function exportDirectory(query: Pick<DirectoryQuery, 'q' | 'filters' | 'sort'>) {
  const text = await textMatches(query.q)
  const rows = text
    ? await readInOrder<ExportedOrganisation>((await filteredTextMatches(query, text)).ids, exportColumns)
    : await readPrisma().$queryRaw<ExportedOrganisation[]>`
    SELECT ${exportColumns} FROM "Organisation" o WHERE ${whereClause(query.filters)} ORDER BY ${sortOrder[query.sort]}`
  return {
    columns: [...profileTableColumns, 'region', 'approvedAt'],
    rows: rows.map((row) => [
      ...toTableCells(storedToImportRow(row)),
      row.region,
      row.approvedAt?.toISOString(),
    ]),
  }
}
