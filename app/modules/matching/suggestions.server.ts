import type { Locale } from '~/modules/i18n/locales'
import { marketOf } from '~/modules/taxonomy/countries'
import { logger } from '~/utils/logger.server'
import {
  eligibleChangedSince,
  firstUnchangedAmong,
  loadSeekingOrganisation,
  searchCandidates,
  similarOrganisations,
  type CandidateRow,
  type SeekingOrganisation,
} from './candidates.server'
import { loadMatchTaxonomy } from './match-taxonomy.server'
import { assessFit, describeFit, scorePair, type Fit, type Match, type MatchTaxonomy } from './score'
import {
  cacheDepth,
  organisationsNeedingSuggestions,
  readSuggestionCache,
  storeSuggestionCache,
  type CachedCandidates,
  type SuggestionCacheEntry,
} from './suggestion-cache.server'

export type Suggestion = CandidateRow & Match

const otherRegions: Record<string, string[]> = { eu: ['jp'], jp: ['eu'], third: ['eu', 'jp'] }
const localLimit = (limit: number) => Math.min(limit, 10)

// Organisations that changed after a cache was computed are scored again on reading it; the margin
// covers clocks of different servers and transactions that committed after the cache was read.
const changeMarginMs = 5 * 60 * 1000
// Beyond this many changes since, computing afresh is cheaper than scoring them all.
const changedLimit = 300

type Ranked = CandidateRow & Fit

const byScore = (a: Ranked, b: Ranked) => b.score - a.score || a.name.localeCompare(b.name)

/**
 * Candidates that complement `me` at all, best first (ties by name); not yet described. Organisations
 * like `me` are never among them (see `likeYoursAmong`).
 */
function rank(me: CandidateRow, rows: CandidateRow[], taxonomy: MatchTaxonomy): Ranked[] {
  return rows
    .map((row) => ({ ...row, ...assessFit(me, row, taxonomy) }))
    .filter((candidate) => !candidate.likeYours && candidate.score > 0)
    .sort(byScore)
}

/** The reasons are written only for the suggestions shown, from `me`'s side. */
const describe = (me: CandidateRow, ranked: Ranked[], taxonomy: MatchTaxonomy): Suggestion[] =>
  ranked.map(({ parts, ...candidate }) => ({
    ...candidate,
    reasons: describeFit(parts, taxonomy, { me, them: candidate }),
  }))

const likeYoursLimit = 5

/** Among `rows`, the organisations like `me` (much the same roles on the same things), most alike first. */
const likeYoursAmong = (me: CandidateRow, rows: CandidateRow[], taxonomy: MatchTaxonomy): Ranked[] =>
  rows
    .map((row) => ({ ...row, ...assessFit(me, row, taxonomy) }))
    .filter((candidate) => candidate.likeYours)
    .sort(byScore)

const targetsMarket = (me: CandidateRow) => (row: CandidateRow) =>
  me.markets.includes(marketOf(row.country) ?? '')
const seeksLocalPartners = (me: CandidateRow) => me.markets.length > 0 && me.region !== 'third'

/** What is kept of a ranking: the best `depth`, and where the rest fell (score and name), if any. */
function keep(ranked: Ranked[], depth: number): CachedCandidates {
  const last = ranked.length > depth ? ranked[depth - 1]! : null
  return {
    ids: ranked.slice(0, depth).map((suggestion) => suggestion.id),
    floor: last?.score ?? null,
    floorName: last?.name ?? null,
  }
}

/** Searches every organisation for the best partners, and keeps them for the next time. */
async function computeSuggestions(me: SeekingOrganisation, taxonomy: MatchTaxonomy) {
  const computedAt = new Date()
  const regions = otherRegions[me.region] ?? []
  const [partnerRows, localRows, similarRows] = await Promise.all([
    searchCandidates(me, regions),
    seeksLocalPartners(me) ? searchCandidates(me, ['third']) : Promise.resolve([]),
    similarOrganisations(me, regions),
  ])
  const partners = rank(me, partnerRows, taxonomy)
  const localPartners = rank(me, localRows.filter(targetsMarket(me)), taxonomy)
  const likeYours = likeYoursAmong(me, similarRows, taxonomy)
  await storeSuggestionCache(me, {
    partners: keep(partners, cacheDepth.partners),
    localPartners: keep(localPartners, cacheDepth.localPartners),
    likeYoursIds: likeYours.slice(0, cacheDepth.likeYours).map((candidate) => candidate.id),
    computedAt,
  })
  return { partners, localPartners, likeYours: likeYours.slice(0, likeYoursLimit) }
}

/**
 * The ranking from the cached candidates: the first of them still eligible and unchanged (they rank as
 * when kept) merged with the organisations changed since, all scored with current data. Null when it
 * could differ from a fresh search: too many changes, or so many cached candidates fell away that one
 * left out of the cache might now rank within `limit`.
 */
async function rankCached(
  me: SeekingOrganisation,
  cache: SuggestionCacheEntry,
  taxonomy: MatchTaxonomy,
  limit: number,
) {
  const partnerRegions = otherRegions[me.region] ?? []
  const local = seeksLocalPartners(me)
  const since = new Date(cache.computedAt.getTime() - changeMarginMs)
  const [keptPartners, keptLocal, keptLikeYours, changedRows] = await Promise.all([
    firstUnchangedAmong(me, cache.partners.ids, since, limit),
    local ? firstUnchangedAmong(me, cache.localPartners.ids, since, localLimit(limit)) : Promise.resolve([]),
    firstUnchangedAmong(me, cache.likeYoursIds, since, likeYoursLimit),
    eligibleChangedSince(me, [...partnerRegions, ...(local ? ['third'] : [])], since, changedLimit),
  ])
  if (changedRows.length >= changedLimit) return null

  const partners = rank(
    me,
    [...keptPartners, ...changedRows.filter((row) => partnerRegions.includes(row.region))],
    taxonomy,
  )
  const localPartners = local
    ? rank(
        me,
        [...keptLocal, ...changedRows.filter((row) => row.region === 'third').filter(targetsMarket(me))],
        taxonomy,
      )
    : []
  // The last one shown must rank before every organisation left out of the cache (by score, then name,
  // as byScore orders): those unchanged since still have the scores they had.
  const complete = (ranked: Ranked[], cached: CachedCandidates, wanted: number) => {
    if (cached.floor === null) return true
    const last = ranked[wanted - 1]
    if (!last) return false
    if (last.score !== cached.floor) return last.score > cached.floor
    return cached.floorName !== null && last.name.localeCompare(cached.floorName) <= 0
  }
  if (!complete(partners, cache.partners, limit)) return null
  if (!complete(localPartners, cache.localPartners, localLimit(limit))) return null
  // Shown apart and only a few: the kept ones still listed and unchanged, with those changed since.
  const likeYours = likeYoursAmong(
    me,
    [...keptLikeYours, ...changedRows.filter((row) => partnerRegions.includes(row.region))],
    taxonomy,
  ).slice(0, likeYoursLimit)
  return { partners, localPartners, likeYours }
}

/**
 * Partners for an organisation: the best-fitting organisations of the other region (EU for Japanese
 * companies, Japan for EU companies), and local partners in the third-country markets it targets.
 * Reads the organisation's cached candidates when they are current (see suggestion-cache.server.ts),
 * else searches and caches; both give the same ranking.
 */
export async function suggestPartners(slug: string, limit = 20, locale: Locale = 'en') {
  const me = await loadSeekingOrganisation(slug)
  if (!me) return null
  const taxonomy = await loadMatchTaxonomy(locale)
  const cache = limit <= cacheDepth.partners ? await readSuggestionCache(me) : null
  const ranked =
    (cache && (await rankCached(me, cache, taxonomy, limit))) ?? (await computeSuggestions(me, taxonomy))
  return {
    organisation: me,
    suggestions: describe(me, ranked.partners.slice(0, limit), taxonomy),
    localPartners: describe(me, ranked.localPartners.slice(0, localLimit(limit)), taxonomy),
    likeYours: describe(me, ranked.likeYours, taxonomy),
  }
}

/**
 * Computes and caches the suggestions of listed organisations whose cache is missing or stale, the
 * most recently changed first, for at most `budgetMs` (a background job: a page then finds them ready).
 */
export async function refreshStaleSuggestions({
  budgetMs,
  batch = 100,
}: {
  budgetMs: number
  batch?: number
}) {
  const deadline = Date.now() + budgetMs
  const taxonomy = await loadMatchTaxonomy()
  let refreshed = 0
  for (const slug of await organisationsNeedingSuggestions(batch)) {
    if (Date.now() >= deadline) break
    try {
      const me = await loadSeekingOrganisation(slug)
      if (me) await computeSuggestions(me, taxonomy)
      refreshed++
    } catch (error) {
      // One organisation that cannot be computed must not hold up the others behind it.
      logger.error({ err: error, organisation: slug }, 'could not compute partner suggestions ahead')
    }
  }
  return refreshed
}

/** Why `them` fits `me`, for a profile page; null when they are the same organisation. */
export async function explainFit(
  mySlug: string,
  theirSlug: string,
  locale: Locale = 'en',
): Promise<Match | null> {
  if (mySlug === theirSlug) return null
  const [me, them] = await Promise.all([loadSeekingOrganisation(mySlug), loadSeekingOrganisation(theirSlug)])
  if (!me || !them) return null
  return scorePair(me, them, await loadMatchTaxonomy(locale))
}
