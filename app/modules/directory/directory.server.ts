import { Prisma } from '~/generated/prisma/client'
import { readPrisma } from '~/utils/db.server'
import { pageSize, parseDirectoryQuery, type DirectoryQuery, type FilterKey } from './directory-query'
import { currentFacetIndex } from './facet-index.server'

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

const noFilters = parseDirectoryQuery(new URLSearchParams()).filters

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`)

function whereClause(query: Pick<DirectoryQuery, 'q' | 'filters'>): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`o."status" = 'approved'`, Prisma.sql`o."suspendedAt" IS NULL`]
  for (const word of query.q.toLowerCase().split(/\s+/).filter(Boolean)) {
    conditions.push(Prisma.sql`o."searchText" LIKE ${`%${escapeLike(word)}%`}`)
  }
  if (query.filters.region.length)
    conditions.push(Prisma.sql`o."region" = ANY(${query.filters.region}::"Region"[])`)
  if (query.filters.country.length) conditions.push(Prisma.sql`o."country" = ANY(${query.filters.country})`)
  for (const [key, column] of Object.entries(tagColumns) as [keyof typeof tagColumns, string][]) {
    const values = query.filters[key]
    if (values.length) conditions.push(Prisma.sql`o.${Prisma.raw(`"${column}"`)} && ${values}::text[]`)
  }
  return Prisma.join(conditions, ' AND ')
}

const orderBy = {
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
}

/** The listed organisations whose names, descriptions or city contain every word of `q`. */
async function textMatches(q: string) {
  const rows = await readPrisma().$queryRaw<{ id: string }[]>`
    SELECT o."id" FROM "Organisation" o WHERE ${whereClause({ q, filters: noFilters })}`
  return rows.map((row) => row.id)
}

/** The total and the counts per filter value, from the in-memory facet index; text search in SQL. */
async function directoryCounts(query: DirectoryQuery) {
  const [index, ids] = await Promise.all([
    currentFacetIndex(),
    query.q ? textMatches(query.q) : Promise.resolve(null),
  ])
  return index.count(query.filters, ids && index.among(ids))
}

/** One page of approved organisations matching the query, the total, and counts per filter value. */
export async function searchDirectory(query: DirectoryQuery) {
  const where = whereClause(query)
  const [entries, { total, facets }] = await Promise.all([
    readPrisma().$queryRaw<DirectoryEntry[]>`
      SELECT o."slug", o."name", o."nameJa", o."country", o."region"::text AS "region", o."city",
             o."roles", o."materials", o."technologies", left(o."description", 240) AS "summary",
             left(o."descriptionJa", 240) AS "summaryJa"
        FROM "Organisation" o WHERE ${where}
       ORDER BY ${orderBy[query.sort]}
       LIMIT ${pageSize} OFFSET ${(query.page - 1) * pageSize}`,
    directoryCounts(query),
  ])
  return { entries, total, facets, pageCount: Math.max(1, Math.ceil(total / pageSize)) }
}

/** Every approved organisation matching the query (no paging), for staff exports. */
export async function exportDirectory(query: Pick<DirectoryQuery, 'q' | 'filters' | 'sort'>) {
  const where = whereClause(query)
  return readPrisma().$queryRaw<Record<string, unknown>[]>`
    SELECT o."slug", o."name", o."nameJa", o."country", o."region"::text AS "region", o."city", o."website",
           o."size"::text AS "size", o."yearFounded", o."roles", o."materials", o."technologies", o."offers",
           o."seeks", o."markets", o."languages", o."approvedAt"
      FROM "Organisation" o WHERE ${where} ORDER BY ${orderBy[query.sort]}`
}
