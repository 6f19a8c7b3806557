import { prisma, readPrisma } from '~/utils/db.server'
import { listedSql } from '~/modules/profiles/listed.server'

/**
 * How many of an organisation's best candidates are kept. The page shows 20 partners and 10 local
 * partners; keeping more lets dismissals, introductions and changes thin the list before it must be
 * computed again.
 */
export const cacheDepth = { partners: 100, localPartners: 30, likeYours: 10 } as const

/** Older than this, a cache is computed again even if nothing it depends on changed. */
const maxAgeMs = 7 * 24 * 3600 * 1000

/**
 * The best candidates kept, and where the rest fell: at most `floor`, and at that score later by name
 * than `floorName` (the ranking breaks ties by name).
 */
export type CachedCandidates = { ids: string[]; floor: number | null; floorName: string | null }

export type SuggestionCacheEntry = {
  partners: CachedCandidates
  localPartners: CachedCandidates
  /** Organisations like this one, shown apart (no floor: a few, for information). */
  likeYoursIds: string[]
  computedAt: Date
}

/** The organisation's cached candidates, unless its profile changed since or they are too old. */
export async function readSuggestionCache(
  organisation: { id: string; version: number },
  now = new Date(),
): Promise<SuggestionCacheEntry | null> {
  const entry = await readPrisma().suggestionCache.findUnique({
    where: { organisationId: organisation.id },
  })
  if (!entry || entry.profileVersion !== organisation.version) return null
  if (now.getTime() - entry.computedAt.getTime() > maxAgeMs) return null
  return {
    partners: { ids: entry.partnerIds, floor: entry.partnerFloor, floorName: entry.partnerFloorName },
    localPartners: { ids: entry.localPartnerIds, floor: entry.localFloor, floorName: entry.localFloorName },
    likeYoursIds: entry.likeYoursIds,
    computedAt: entry.computedAt,
  }
}

export async function storeSuggestionCache(
  organisation: { id: string; version: number },
  entry: SuggestionCacheEntry,
) {
  const data = {
    partnerIds: entry.partners.ids,
    partnerFloor: entry.partners.floor,
    partnerFloorName: entry.partners.floorName,
    localPartnerIds: entry.localPartners.ids,
    localFloor: entry.localPartners.floor,
    localFloorName: entry.localPartners.floorName,
    likeYoursIds: entry.likeYoursIds,
    profileVersion: organisation.version,
    computedAt: entry.computedAt,
  }
  await prisma.suggestionCache.upsert({
    where: { organisationId: organisation.id },
    create: { organisationId: organisation.id, ...data },
    update: data,
  })
}

/**
 * Listed organisations whose suggestions are missing or stale (their profile changed, or computed too
 * long ago), the most recently changed first.
 */
export async function organisationsNeedingSuggestions(limit: number, now = new Date()) {
  const rows = await readPrisma().$queryRaw<{ slug: string }[]>`
    SELECT o."slug" FROM "Organisation" o
      LEFT JOIN "SuggestionCache" c ON c."organisationId" = o."id"
     WHERE ${listedSql('o')}
       AND (c."organisationId" IS NULL OR c."profileVersion" <> o."version"
            OR c."computedAt" < (${new Date(now.getTime() - maxAgeMs).toISOString()}::timestamptz AT TIME ZONE 'UTC'))
     ORDER BY o."updatedAt" DESC
     LIMIT ${limit}`
  return rows.map((row) => row.slug)
}
