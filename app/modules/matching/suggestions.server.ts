import type { Locale } from '~/modules/i18n/locales'
import { Prisma } from '~/generated/prisma/client'
import { marketOf } from '~/modules/taxonomy/countries'
import { prisma, readPrisma } from '~/utils/db.server'
import { loadMatchTaxonomy } from './match-taxonomy.server'
import { scorePair, type Match, type MatchProfile, type MatchTaxonomy } from './score'
import { complementaryRoles } from './value-chain'
import { matchWeights as w } from './weights'

export type Suggestion = MatchProfile & Match & { id: string; nameJa: string | null; city: string | null }

type Row = MatchProfile & { id: string; nameJa: string | null; city: string | null; region: string }

const columns = Prisma.sql`o."id", o."slug", o."name", o."nameJa", o."country", o."city", o."region"::text AS "region",
  o."roles", o."materials", o."technologies", o."offers", o."seeks", o."markets", o."languages"`

// How many candidates the database hands over for full scoring: the indexes find the organisations
// that share anything, a coarse score in SQL (the same parts, as yes/no overlaps) keeps the most
// promising, and scoring ranks those.
const candidateLimit = 500

async function loadOrganisation(slug: string): Promise<Row | null> {
  const rows = await readPrisma().$queryRaw<
    Row[]
  >`SELECT ${columns} FROM "Organisation" o WHERE o."slug" = ${slug}`
  return rows[0] ?? null
}

/**
 * Approved, listed organisations in `regions` that share at least something with `me` (a complementary
 * role, a material, a technology, a need, a market), via the GIN indexes, minus `me`, dismissals and
 * organisations it already has a pending or accepted introduction with (their pair key is set).
 */
async function candidates(me: Row, regions: string[], extra: Prisma.Sql = Prisma.empty) {
  const roles = complementaryRoles(me.roles)
  return readPrisma().$queryRaw<Row[]>`
    SELECT ${columns} FROM "Organisation" o
     WHERE o."status" = 'approved' AND o."suspendedAt" IS NULL
       AND o."region"::text = ANY(${regions}) AND o."id" <> ${me.id}
       AND NOT EXISTS (SELECT 1 FROM "SuggestionDismissal" d WHERE d."organisationId" = ${me.id} AND d."dismissedId" = o."id")
       AND NOT EXISTS (SELECT 1 FROM "IntroductionRequest" i
                        WHERE i."openPairKey" IN (${me.id} || ':' || o."id", o."id" || ':' || ${me.id}))
       AND (o."roles" && ${roles}::text[] OR o."materials" && ${me.materials}::text[]
            OR o."technologies" && ${me.technologies}::text[] OR o."offers" && ${me.seeks}::text[]
            OR o."seeks" && ${me.offers}::text[] OR o."markets" && ${me.markets}::text[])
       ${extra}
     ORDER BY (o."roles" && ${roles}::text[])::int * ${w.roleFeeds}
            + (o."offers" && ${me.seeks}::text[])::int * ${w.offerMeetsSeek}
            + (o."seeks" && ${me.offers}::text[])::int * ${w.offerMeetsSeek}
            + (o."materials" && ${me.materials}::text[])::int * ${w.materialEuStrategic}
            + (o."technologies" && ${me.technologies}::text[])::int * ${w.sharedTechnology}
            + (o."markets" && ${me.markets}::text[])::int * ${w.sharedMarket} DESC,
            o."id" ASC
     LIMIT ${candidateLimit}`
}

function rank(me: Row, rows: Row[], taxonomy: MatchTaxonomy, limit: number): Suggestion[] {
  return rows
    .map((row) => ({ ...row, ...scorePair(me, row, taxonomy) }))
    .filter((suggestion) => suggestion.score > 0)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, limit)
}

const otherRegions: Record<string, string[]> = { eu: ['jp'], jp: ['eu'], third: ['eu', 'jp'] }

/**
 * Partners for an organisation: the best-fitting organisations of the other region (EU for Japanese
 * companies, Japan for EU companies), and local partners in the third-country markets it targets.
 */
export async function suggestPartners(slug: string, limit = 20, locale: Locale = 'en') {
  const me = await loadOrganisation(slug)
  if (!me) return null
  const taxonomy = await loadMatchTaxonomy(locale)
  const partners = rank(me, await candidates(me, otherRegions[me.region] ?? []), taxonomy, limit)
  const localCandidates =
    me.markets.length && me.region !== 'third'
      ? (await candidates(me, ['third'])).filter((row) => me.markets.includes(marketOf(row.country) ?? ''))
      : []
  return {
    organisation: me,
    suggestions: partners,
    localPartners: rank(me, localCandidates, taxonomy, Math.min(limit, 10)),
  }
}

/** Why `them` fits `me`, for a profile page; null when they are the same organisation. */
export async function explainFit(
  mySlug: string,
  theirSlug: string,
  locale: Locale = 'en',
): Promise<Match | null> {
  if (mySlug === theirSlug) return null
  const [me, them] = await Promise.all([loadOrganisation(mySlug), loadOrganisation(theirSlug)])
  if (!me || !them) return null
  return scorePair(me, them, await loadMatchTaxonomy(locale))
}

export async function dismissSuggestion(organisationId: string, dismissedId: string, userId: string) {
  await prisma.suggestionDismissal.upsert({
    where: { organisationId_dismissedId: { organisationId, dismissedId } },
    create: { organisationId, dismissedId, dismissedById: userId },
    update: {},
  })
}
