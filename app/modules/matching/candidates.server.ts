import { Prisma } from '~/generated/prisma/client'
import { readPrisma } from '~/utils/db.server'
import type { MatchProfile } from './score'
import { complementaryRoles } from './value-chain'
import { matchWeights as w } from './weights'
import { listedSql } from '~/modules/profiles/listed.server'

export type CandidateRow = MatchProfile & {
  id: string
  nameJa: string | null
  city: string | null
  region: string
  logoFileId: string | null
}

export type SeekingOrganisation = CandidateRow & { version: number }

const columns = Prisma.sql`o."id", o."slug", o."name", o."logoFileId", o."nameJa", o."country", o."city", o."region"::text AS "region",
  o."roles", o."materials", o."technologies", o."offers", o."seeks", o."markets", o."languages",
  o."suppliesStreams", o."takesStreams", o."streams"`

// How many candidates the database hands over for full scoring: the indexes find the organisations
// that share anything, a coarse score in SQL (the same parts, as yes/no overlaps) keeps the most
// promising, and scoring ranks those.
const searchLimit = 500

export async function loadSeekingOrganisation(slug: string): Promise<SeekingOrganisation | null> {
  const rows = await readPrisma().$queryRaw<
    SeekingOrganisation[]
  >`SELECT ${columns}, o."version" FROM "Organisation" o WHERE o."slug" = ${slug}`
  return rows[0] ?? null
}

/**
 * Who may be suggested to `me` at all: approved, listed organisations other than itself, minus the ones
 * it dismissed and those it already has a pending or accepted introduction with (their pair key is set).
 */
const eligibleFor = (me: CandidateRow) => Prisma.sql`
  ${listedSql('o')} AND o."id" <> ${me.id}
  AND NOT EXISTS (SELECT 1 FROM "SuggestionDismissal" d WHERE d."organisationId" = ${me.id} AND d."dismissedId" = o."id")
  AND NOT EXISTS (SELECT 1 FROM "IntroductionRequest" i
                   WHERE i."openPairKey" IN (${me.id} || ':' || o."id", o."id" || ':' || ${me.id}))`

/**
 * Shares at least something with `me` that scoring can use: what a fresh search and a cached ranking
 * both ask of a candidate, so that the two rank the same organisations.
 */
const sharesAnythingWith = (me: CandidateRow) => Prisma.sql`
  (o."roles" && ${complementaryRoles(me.roles)}::text[] OR o."materials" && ${me.materials}::text[]
   OR o."technologies" && ${me.technologies}::text[] OR o."offers" && ${me.seeks}::text[]
   OR o."seeks" && ${me.offers}::text[] OR o."markets" && ${me.markets}::text[]
   OR o."suppliesStreams" && ${me.takesStreams}::text[] OR o."takesStreams" && ${me.suppliesStreams}::text[])`

/**
 * Eligible organisations in `regions` that share at least something with `me` (a complementary role, a
 * material, a technology, a need, a market), found through the GIN indexes, the most promising first.
 */
export function searchCandidates(me: CandidateRow, regions: string[]) {
  const roles = complementaryRoles(me.roles)
  return readPrisma().$queryRaw<CandidateRow[]>`
    SELECT ${columns} FROM "Organisation" o
     WHERE ${eligibleFor(me)} AND o."region" = ANY(${regions}::"Region"[])
       AND ${sharesAnythingWith(me)}
     ORDER BY (o."suppliesStreams" && ${me.takesStreams}::text[] OR o."takesStreams" && ${me.suppliesStreams}::text[])::int * ${w.streamFlow}
            + (o."roles" && ${roles}::text[])::int * (${w.roleFlow} + (o."materials" && ${me.materials}::text[])::int * ${w.roleFlow})
            + (o."offers" && ${me.seeks}::text[])::int * ${w.offerMeetsSeek}
            + (o."seeks" && ${me.offers}::text[])::int * ${w.offerMeetsSeek}
            + (o."materials" && ${me.materials}::text[])::int * ${w.materialEuStrategic}
            + (o."technologies" && ${me.technologies}::text[])::int * ${w.sharedTechnology}
            + (o."markets" && ${me.markets}::text[])::int * ${w.sharedMarket} DESC,
            o."id" ASC
     LIMIT ${searchLimit}`
}

/**
 * Eligible organisations in `regions` with a role of `me` and a material or technology in common: those
 * among which organisations like `me` are (the score decides which are).
 */
export function similarOrganisations(me: CandidateRow, regions: string[]) {
  return readPrisma().$queryRaw<CandidateRow[]>`
    SELECT ${columns} FROM "Organisation" o
     WHERE ${eligibleFor(me)} AND o."region" = ANY(${regions}::"Region"[])
       AND o."roles" && ${me.roles}::text[]
       AND (o."technologies" && ${me.technologies}::text[] OR o."materials" && ${me.materials}::text[]
            OR o."suppliesStreams" && ${me.suppliesStreams}::text[] OR o."takesStreams" && ${me.takesStreams}::text[])
     ORDER BY cardinality(ARRAY(SELECT unnest(o."roles") INTERSECT SELECT unnest(${me.roles}::text[]))) DESC, o."id"
     LIMIT 50`
}

/**
 * The first `limit` of `ids` (kept best first) that are still eligible for `me` and unchanged since
 * `since`, in that order: unchanged, they still score and rank as when they were kept.
 */
export function firstUnchangedAmong(me: CandidateRow, ids: string[], since: Date, limit: number) {
  if (!ids.length) return Promise.resolve([])
  return readPrisma().$queryRaw<CandidateRow[]>`
    SELECT ${columns} FROM unnest(${ids}::text[]) WITH ORDINALITY AS kept("id", "position")
      JOIN "Organisation" o ON o."id" = kept."id"
     WHERE o."updatedAt" <= (${since.toISOString()}::timestamptz AT TIME ZONE 'UTC') AND ${eligibleFor(me)}
     ORDER BY kept."position"
     LIMIT ${limit}`
}

/**
 * Eligible organisations in `regions` changed after `since` (through the index on the change time) that
 * share something with `me`, at most `limit`, the latest first. Change times are stored in UTC without a zone, as Prisma writes them.
 */
export function eligibleChangedSince(me: CandidateRow, regions: string[], since: Date, limit: number) {
  return readPrisma().$queryRaw<CandidateRow[]>`
    SELECT ${columns} FROM "Organisation" o
     WHERE o."updatedAt" > (${since.toISOString()}::timestamptz AT TIME ZONE 'UTC') AND o."region" = ANY(${regions}::"Region"[]) AND ${eligibleFor(me)}
       AND ${sharesAnythingWith(me)}
     ORDER BY o."updatedAt" DESC
     LIMIT ${limit}`
}

/** The given organisations as scoring reads them (e.g. the participants of an event), in no order. */
export function organisationsByIds(ids: string[]) {
  if (!ids.length) return Promise.resolve([])
  return readPrisma().$queryRaw<CandidateRow[]>`
    SELECT ${columns} FROM "Organisation" o WHERE o."id" = ANY(${ids}::text[])`
}
