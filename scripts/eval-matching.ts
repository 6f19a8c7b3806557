/**
 * `npm run eval:matching`: imports the labelled evaluation set (tests/eval/matching) into a throw-away
 * database through the real import, asks the real suggestion code for each query organisation, and prints
 * nDCG@5, P@3 and the queries with a competitor in their top 3, beside a tag-overlap (Jaccard) baseline.
 *
 * With DATABASE_URL set, a database of its own is created on that server and dropped afterwards; without,
 * a throw-away embedded PostgreSQL is started. `--json` prints the figures as JSON (for the floor test).
 */
import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { dropDatabase, ensureDatabaseExists } from '../server/database/admin'
import { startThrowawayPostgres } from '../server/database/embedded-postgres'
import { applyPendingMigrations } from '../server/database/migrations'
import { regionOf } from '~/modules/taxonomy/countries'
import { runCommand } from './with-database'

const setDir = path.resolve(import.meta.dirname, '../tests/eval/matching')
const cutoff = 5

type Query = { organisation: string; relevant: Record<string, 1 | 2>; competitors: string[] }
type Row = {
  slug: string
  country: string
  roles: string[]
  materials: string[]
  technologies: string[]
  offers: string[]
  seeks: string[]
  markets: string[]
}
export type Figures = { ndcgAt5: number; precisionAt3: number; queriesWithCompetitorInTop3: number }
export type Evaluation = { queries: number; organisations: number; engine: Figures; tagOverlap: Figures }

const gain = (grade: number) => 2 ** grade - 1

function ndcg(ranked: string[], query: Query, k: number) {
  const dcg = ranked
    .slice(0, k)
    .reduce((sum, slug, index) => sum + gain(query.relevant[slug] ?? 0) / Math.log2(index + 2), 0)
  const ideal = Object.values(query.relevant)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, grade, index) => sum + gain(grade) / Math.log2(index + 2), 0)
  return ideal ? dcg / ideal : 1
}

function figures(rankings: { query: Query; ranked: string[] }[]): Figures {
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length
  return {
    ndcgAt5: mean(rankings.map(({ query, ranked }) => ndcg(ranked, query, cutoff))),
    precisionAt3: mean(
      rankings.map(
        ({ query, ranked }) => ranked.slice(0, 3).filter((slug) => query.relevant[slug]).length / 3,
      ),
    ),
    queriesWithCompetitorInTop3: rankings.filter(({ query, ranked }) =>
      ranked.slice(0, 3).some((slug) => query.competitors.includes(slug)),
    ).length,
  }
}

const partnerRegions: Record<string, string[]> = { eu: ['jp'], jp: ['eu'], third: ['eu', 'jp'] }

/** The baseline: every tag in one set, candidates of the partner regions ranked by Jaccard similarity. */
function tagOverlapRanking(me: Row, rows: Row[]) {
  const tags = (row: Row) =>
    new Set([
      ...row.roles.map((code) => `role:${code}`),
      ...row.materials.map((code) => `material:${code}`),
      ...row.technologies.map((code) => `technology:${code}`),
      ...row.offers.map((code) => `offer:${code}`),
      ...row.seeks.map((code) => `seek:${code}`),
      ...row.markets.map((code) => `market:${code}`),
    ])
  const mine = tags(me)
  return rows
    .filter(
      (row) => row.slug !== me.slug && partnerRegions[regionOf(me.country)]!.includes(regionOf(row.country)),
    )
    .map((row) => {
      const theirs = tags(row)
      const shared = [...mine].filter((tag) => theirs.has(tag)).length
      return { slug: row.slug, score: shared / (mine.size + theirs.size - shared) }
    })
    .sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug))
    .map((row) => row.slug)
}

async function evaluate(databaseUrl: string): Promise<Evaluation> {
  process.env.DATABASE_URL = databaseUrl
  const file = JSON.parse(await readFile(path.join(setDir, 'organisations.json'), 'utf8')) as {
    organisations: Row[]
  }
  const { queries } = JSON.parse(await readFile(path.join(setDir, 'queries.json'), 'utf8')) as {
    queries: Query[]
  }
  const { importOrganisations } = await import('~/modules/profiles/import.server')
  const { suggestPartners } = await import('~/modules/matching/suggestions.server')
  const imported = await importOrganisations(file)
  if (!imported.ok)
    throw new Error(`The evaluation set does not import: ${JSON.stringify(imported.problems)}`)
  const engine = []
  const baseline = []
  for (const query of queries) {
    const me = file.organisations.find((row) => row.slug === query.organisation)
    if (!me) throw new Error(`Query organisation ${query.organisation} is not in the set.`)
    const result = await suggestPartners(query.organisation, 20)
    engine.push({ query, ranked: (result?.suggestions ?? []).map((suggestion) => suggestion.slug) })
    if (process.argv.includes('--detail')) {
      const mark = (slug: string) =>
        `${slug}${query.relevant[slug] ? `(${query.relevant[slug]})` : query.competitors.includes(slug) ? '(competitor)' : ''}`
      const top = (result?.suggestions ?? []).slice(0, cutoff)
      console.log(
        `${query.organisation} nDCG@5 ${ndcg(
          top.map((s) => s.slug),
          query,
          cutoff,
        ).toFixed(2)}: ${top.map((s) => `${mark(s.slug)} ${s.score}`).join(', ')}`,
      )
    }
    baseline.push({ query, ranked: tagOverlapRanking(me, file.organisations) })
  }
  const { disconnectPrisma } = await import('~/utils/db.server')
  await disconnectPrisma()
  return {
    queries: queries.length,
    organisations: file.organisations.length,
    engine: figures(engine),
    tagOverlap: figures(baseline),
  }
}

async function withThrowawayDatabase<T>(task: (url: string) => Promise<T>) {
  const configured = process.env.DATABASE_URL
  const server = configured ? null : await startThrowawayPostgres()
  const url = new URL(configured ?? (await server!.urlFor('postgres')))
  url.pathname = `/eval_matching_${Date.now()}_${randomBytes(3).toString('hex')}`
  await ensureDatabaseExists(url.toString())
  try {
    await applyPendingMigrations(url.toString())
    return await task(url.toString())
  } finally {
    await dropDatabase(url.toString()).catch(() => {})
    await server?.stop()
  }
}

const format = (value: number) => value.toFixed(3)

runCommand(async () => {
  const result = await withThrowawayDatabase(evaluate)
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(result))
    return
  }
  console.log(`Matching evaluation: ${result.queries} queries over ${result.organisations} organisations`)
  console.log('                              engine   tag overlap')
  console.log(
    `nDCG@5                        ${format(result.engine.ndcgAt5)}    ${format(result.tagOverlap.ndcgAt5)}`,
  )
  console.log(
    `P@3                           ${format(result.engine.precisionAt3)}    ${format(result.tagOverlap.precisionAt3)}`,
  )
  console.log(
    `queries, competitor in top 3  ${String(result.engine.queriesWithCompetitorInTop3).padStart(5)}    ${String(result.tagOverlap.queriesWithCompetitorInTop3).padStart(5)}`,
  )
})
