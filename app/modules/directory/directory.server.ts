import { Prisma } from '~/generated/prisma/client'
import { readPrisma } from '~/utils/db.server'
import { pageSize, type DirectoryQuery, type FilterKey } from './directory-query'

// Each tag filter and the array column it reads; values within one filter are alternatives (any of),
// different filters must all hold.
const tagColumns = {
  role: 'roles',
  material: 'materials',
  technology: 'technologies',
  offer: 'offers',
  seek: 'seeks',
  market: 'markets',
} as const satisfies Partial<Record<FilterKey, string>>

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`)

function whereClause(query: Pick<DirectoryQuery, 'q' | 'filters'>): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`o."status" = 'approved'`, Prisma.sql`o."suspendedAt" IS NULL`]
  for (const word of query.q.toLowerCase().split(/\s+/).filter(Boolean)) {
    conditions.push(Prisma.sql`o."searchText" LIKE ${`%${escapeLike(word)}%`}`)
  }
  if (query.filters.region.length)
    conditions.push(Prisma.sql`o."region"::text = ANY(${query.filters.region})`)
  if (query.filters.country.length) conditions.push(Prisma.sql`o."country" = ANY(${query.filters.country})`)
  for (const [key, column] of Object.entries(tagColumns) as [keyof typeof tagColumns, string][]) {
    const values = query.filters[key]
    if (values.length) conditions.push(Prisma.sql`o.${Prisma.raw(`"${column}"`)} && ${values}::text[]`)
  }
  return Prisma.join(conditions, ' AND ')
}

const orderBy = {
  name: Prisma.sql`lower(o."name") ASC, o."id" ASC`,
  newest: Prisma.sql`o."approvedAt" DESC NULLS LAST, o."id" ASC`,
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

export type FacetCounts = Record<FilterKey, Record<string, number>>

/** One page of approved organisations matching the query, the total, and counts per filter value. */
export async function searchDirectory(query: DirectoryQuery) {
  const where = whereClause(query)
  const [entries, [{ total }], facetRows] = await Promise.all([
    readPrisma().$queryRaw<DirectoryEntry[]>`
      SELECT o."slug", o."name", o."nameJa", o."country", o."region"::text AS "region", o."city",
             o."roles", o."materials", o."technologies", left(o."description", 240) AS "summary",
             left(o."descriptionJa", 240) AS "summaryJa"
        FROM "Organisation" o WHERE ${where}
       ORDER BY ${orderBy[query.sort]}
       LIMIT ${pageSize} OFFSET ${(query.page - 1) * pageSize}`,
    readPrisma().$queryRaw<
      [{ total: number }]
    >`SELECT count(*)::int AS "total" FROM "Organisation" o WHERE ${where}`,
    facetCounts(where),
  ])
  return { entries, total, facets: facetRows, pageCount: Math.max(1, Math.ceil(total / pageSize)) }
}

async function facetCounts(where: Prisma.Sql): Promise<FacetCounts> {
  // One scan of the matching rows (materialised once), then one pass per facet over that result.
  const tagQueries = Object.entries(tagColumns).map(
    ([facet, column]) => Prisma.sql`
      SELECT ${facet} AS "facet", code AS "value", count(*)::int AS "count"
        FROM matching m, unnest(m.${Prisma.raw(`"${column}"`)}) AS code GROUP BY code`,
  )
  const rows = await readPrisma().$queryRaw<{ facet: FilterKey; value: string; count: number }[]>`
    WITH matching AS MATERIALIZED (
      SELECT o."region", o."country", o."roles", o."materials", o."technologies", o."offers", o."seeks", o."markets"
        FROM "Organisation" o WHERE ${where}
    )
    ${Prisma.join(
      [
        ...tagQueries,
        Prisma.sql`SELECT 'region', m."region"::text, count(*)::int FROM matching m GROUP BY m."region"`,
        Prisma.sql`SELECT 'country', m."country", count(*)::int FROM matching m GROUP BY m."country"`,
      ],
      ' UNION ALL ',
    )}`
  const counts: FacetCounts = {
    region: {},
    country: {},
    role: {},
    material: {},
    technology: {},
    offer: {},
    seek: {},
    market: {},
  }
  for (const row of rows) counts[row.facet][row.value] = row.count
  return counts
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
