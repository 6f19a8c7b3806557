import { errorMessage } from '~/modules/i18n/message-keys'
import { DomainError } from '~/utils/domain-error'
import { listedOrganisation, listedSql } from '~/modules/profiles/listed.server'
import { messagesFor } from '~/modules/i18n/messages'
import type { Locale } from '~/modules/i18n/locales'
import { Prisma } from '~/generated/prisma/client'
import { recordAudit } from '~/modules/audit/audit.server'
import { countriesOf } from '~/modules/taxonomy/countries'
import { prisma, readPrisma } from '~/utils/db.server'
import { loadMatchTaxonomy } from './match-taxonomy.server'
import {
  assessFit,
  describeFit,
  somethingFlows,
  type FitPart,
  type MatchProfile,
  type MatchTaxonomy,
} from './score'
import { matchWeights as w, type ScoreBand } from './weights'
import { complementaryRoles } from './value-chain'

export type Lead = {
  market: string
  eu: Party
  jp: Party
  local: Party | null
  score: number
  band: ScoreBand
  reasons: string[]
  brokering: { note: string; by: string | null } | null
}

export type LeadFilters = {
  market?: string
  material?: string
  technology?: string
  limit?: number
  /** Only the leads this EU or Japanese organisation is part of (a member's view). */
  organisationId?: string
  /** Only the leads with this third-country organisation as the local partner (its member's view). */
  localId?: string
  /** The language the reasons are written in. */
  locale?: Locale
}

const columns = Prisma.sql`o."id", o."slug", o."name", o."nameJa", o."country", o."region"::text AS "region", o."roles",
  o."materials", o."technologies", o."offers", o."seeks", o."markets", o."languages",
  o."suppliesStreams", o."takesStreams", o."streams"`

// Per market and side, the organisations considered (most recently approved first): pairs grow as
// the product of both sides, so each side is bounded. With one side a single organisation, the other
// side can be wider.
const perSide = 300
const partnersOfOne = 1_000

type Party = MatchProfile & { id: string; nameJa: string | null; region: string }

const listed = listedSql('o')
const listedIn = (market: string) => Prisma.sql`${listed} AND o."markets" @> ARRAY[${market}]::text[]`

function parties(region: 'eu' | 'jp', market: string) {
  return readPrisma().$queryRaw<Party[]>`
    SELECT ${columns} FROM "Organisation" o
     WHERE ${listedIn(market)} AND o."region" = ${region}::"Region"
     ORDER BY o."approvedAt" DESC, o."id" LIMIT ${perSide}`
}

/**
 * The other side for one organisation: only those that complement its roles can form a lead with it,
 * the most promising first by a coarse score in SQL (the same parts as yes/no overlaps).
 */
function partnersOf(own: Party, market: string) {
  return readPrisma().$queryRaw<Party[]>`
    SELECT ${columns} FROM "Organisation" o
     WHERE ${listedIn(market)} AND o."region" = ${own.region === 'eu' ? 'jp' : 'eu'}::"Region"
       AND o."roles" && ${complementaryRoles(own.roles)}::text[]
     ORDER BY (o."suppliesStreams" && ${own.takesStreams}::text[] OR o."takesStreams" && ${own.suppliesStreams}::text[])::int * ${w.streamFlow}
            + (o."materials" && ${own.materials}::text[])::int * ${w.roleFlow}
            + (o."offers" && ${own.seeks}::text[])::int * ${w.offerMeetsSeek}
            + (o."seeks" && ${own.offers}::text[])::int * ${w.offerMeetsSeek}
            + (o."materials" && ${own.materials}::text[])::int * ${w.materialEuStrategic}
            + (o."technologies" && ${own.technologies}::text[])::int * ${w.sharedTechnology} DESC,
            o."approvedAt" DESC, o."id"
     LIMIT ${partnersOfOne}`
}

async function organisation(id: string) {
  const rows = await readPrisma().$queryRaw<Party[]>`
    SELECT ${columns} FROM "Organisation" o
     WHERE o."id" = ${id} AND ${listed}`
  return rows[0] ?? null
}

// Local partners: the most recently approved organisations of the market's countries.
const localsPerMarket = 500

function localParties(market: string) {
  return readPrisma().$queryRaw<Party[]>`
    SELECT ${columns} FROM "Organisation" o
     WHERE ${listed} AND o."region" = 'third'::"Region" AND o."country" = ANY(${countriesOf(market)})
     ORDER BY o."approvedAt" DESC, o."id" LIMIT ${localsPerMarket}`
}

const involves = (lead: { eu: Party; jp: Party }, field: 'materials' | 'technologies', code?: string) =>
  !code || lead.eu[field].includes(code) || lead.jp[field].includes(code)

/** Both sides of each market's pairs: every listed organisation there, or one organisation and its partners. */
async function sidesIn(market: string, own: Party | null): Promise<[Party[], Party[]]> {
  if (!own) return Promise.all([parties('eu', market), parties('jp', market)])
  if (!own.markets.includes(market)) return [[], []]
  const others = await partnersOf(own, market)
  return own.region === 'eu' ? [[own], others] : [others, [own]]
}

/** Whose side the reasons speak from ("you"): the Japanese organisation's when it reads them, else the EU one's. */
type Perspective = 'eu' | 'jp'
type Candidate = Omit<Lead, 'reasons' | 'brokering' | 'local'> & {
  parts: FitPart[]
  locals: Party[]
  perspective: Perspective
}

/**
 * EU + Japan pairs that target the same third-country market with complementary roles, with the best
 * local organisation of that market when there is one, ranked by how well the pair fits. Every pair is
 * assessed with numbers only; the local partner and the reasons are worked out for the pairs shown.
 */
export async function findLeads(filters: LeadFilters = {}): Promise<Lead[]> {
  const taxonomy = await loadMatchTaxonomy(filters.locale)
  const own = filters.organisationId ? await organisation(filters.organisationId) : null
  if (filters.organisationId && (!own || own.region === 'third')) return []
  const local = filters.localId ? await organisation(filters.localId) : null
  if (filters.localId && (!local || local.region !== 'third')) return []
  const allMarkets = filters.market
    ? [filters.market]
    : (own?.markets ??
      (await prisma.taxonomyTerm.findMany({ where: { kind: 'market' }, select: { code: true } })).map(
        (term) => term.code,
      ))
  // A local organisation is the local partner in the markets its country belongs to.
  const markets = local
    ? allMarkets.filter((market) => countriesOf(market).includes(local.country))
    : allMarkets
  const candidates: Candidate[] = []
  for (const market of markets) {
    const [euSide, jpSide] = await sidesIn(market, own)
    if (!euSide.length || !jpSide.length) continue
    const locals = local ? [local] : await localParties(market)
    // A pair has a local partner when something can flow between either side and a local organisation;
    // which one fits the pair best is worked out only for the pairs shown.
    const fitsALocal = new Map<string, boolean>()
    const hasLocal = (party: Party) => {
      let found = fitsALocal.get(party.id)
      if (found === undefined) {
        found = locals.some((local) => somethingFlows(assessFit(party, local, taxonomy)))
        fitsALocal.set(party.id, found)
      }
      return found
    }
    for (const eu of euSide) {
      for (const jp of jpSide) {
        if (
          !involves({ eu, jp }, 'materials', filters.material) ||
          !involves({ eu, jp }, 'technologies', filters.technology)
        )
          continue
        // The same rules as partner suggestions: never two competitors, and something flows between them.
        const perspective: Perspective = own?.region === 'jp' ? 'jp' : 'eu'
        const pair = perspective === 'jp' ? assessFit(jp, eu, taxonomy) : assessFit(eu, jp, taxonomy)
        if (!somethingFlows(pair)) continue
        const withLocal = hasLocal(eu) || hasLocal(jp)
        if (local && !withLocal) continue
        const score = Math.min(100, pair.score + (withLocal ? 5 : 0))
        candidates.push({ market, eu, jp, score, band: pair.band, parts: pair.parts, locals, perspective })
      }
    }
  }
  const shown = candidates
    .sort(
      (a, b) => b.score - a.score || a.eu.name.localeCompare(b.eu.name) || a.jp.name.localeCompare(b.jp.name),
    )
    .slice(0, filters.limit ?? 50)
  return describeLeads(shown, taxonomy)
}

/**
 * The leads a viewer may see: staff every lead; a company the leads its organisation is part of, as the
 * EU or Japanese side, or as the local partner: then every pair of its markets that something can flow
 * between it and, with it as the local partner.
 */
export async function leadsVisibleTo(
  viewer: { staff: boolean; organisation: { id: string; region: string } | null },
  filters: Omit<LeadFilters, 'organisationId' | 'limit'>,
): Promise<Lead[]> {
  if (viewer.staff) return findLeads({ ...filters, limit: 50 })
  const own = viewer.organisation
  if (!own) return []
  return own.region === 'third'
    ? findLeads({ ...filters, localId: own.id, limit: 50 })
    : findLeads({ ...filters, organisationId: own.id, limit: 50 })
}

/** The best local partner of each pair, the reasons in words, and whether staff are brokering it. */
async function describeLeads(shown: Candidate[], taxonomy: MatchTaxonomy): Promise<Lead[]> {
  const reasonTexts = messagesFor(taxonomy.locale).matching.reasons
  const brokering = shown.length
    ? await prisma.leadBrokering.findMany({
        where: { OR: shown.map(({ market, eu, jp }) => ({ market, euId: eu.id, jpId: jp.id })) },
        include: { by: { select: { displayName: true } } },
      })
    : []
  const brokeringKey = (market: string, euId: string, jpId: string) => `${market}:${euId}:${jpId}`
  const brokeringByKey = new Map(
    brokering.map((entry) => [
      brokeringKey(entry.market, entry.euId, entry.jpId),
      { note: entry.note, by: entry.by?.displayName ?? null },
    ]),
  )
  // An organisation appears in many of the leads shown: its fits with a market's locals are worked out once.
  const fits = new Map<string, number[]>()
  const fitsWithLocals = (party: Party, market: string, locals: Party[]) => {
    const key = `${market}:${party.id}`
    let scores = fits.get(key)
    if (!scores)
      fits.set(
        key,
        (scores = locals.map((local) => {
          const fit = assessFit(party, local, taxonomy)
          return somethingFlows(fit) ? fit.score : 0
        })),
      )
    return scores
  }
  return shown.map(({ parts, locals, perspective, ...lead }) => {
    const euFits = fitsWithLocals(lead.eu, lead.market, locals)
    const jpFits = fitsWithLocals(lead.jp, lead.market, locals)
    let local: Party | null = null
    let bestFit = 0
    locals.forEach((candidate, index) => {
      const fit = euFits[index]! + jpFits[index]!
      if (fit > bestFit) [local, bestFit] = [candidate, fit]
    })
    return {
      ...lead,
      local,
      reasons: [
        reasonTexts.bothTargetMarket({ market: taxonomy.label('market', lead.market) }),
        // The market they share is said once, above, rather than as every shared market.
        ...describeFit(
          parts.filter((part) => part.kind !== 'markets'),
          taxonomy,
          perspective === 'jp' ? { me: lead.jp, them: lead.eu } : { me: lead.eu, them: lead.jp },
        ),
        ...(local ? [reasonTexts.localPartner] : []),
      ],
      brokering: brokeringByKey.get(brokeringKey(lead.market, lead.eu.id, lead.jp.id)) ?? null,
    }
  })
}

/**
 * Staff note that the Centre is brokering a lead; one audit entry. The lead must be one: a third-country
 * market in the taxonomy, and a listed EU and a listed Japanese organisation that both target it.
 */
export async function markLeadBrokered(
  staffId: string,
  lead: { market: string; euId: string; jpId: string },
  note: string,
) {
  const [market, eu, jp] = await Promise.all([
    prisma.taxonomyTerm.findUnique({ where: { kind_code: { kind: 'market', code: lead.market } } }),
    prisma.organisation.findFirst({ where: { id: lead.euId, region: 'eu', ...listedOrganisation } }),
    prisma.organisation.findFirst({ where: { id: lead.jpId, region: 'jp', ...listedOrganisation } }),
  ])
  if (!market || market.retiredAt) throw new DomainError(errorMessage('noSuchMarket'), 404)
  if (!eu || !jp) throw new DomainError(errorMessage('noSuchOrganisation'), 404)
  if (!eu.markets.includes(lead.market) || !jp.markets.includes(lead.market))
    throw new DomainError(errorMessage('notALead'), 409)
  await prisma.$transaction(async (tx) => {
    await tx.leadBrokering.upsert({
      where: { market_euId_jpId: lead },
      create: { ...lead, note, byId: staffId },
      update: { note, byId: staffId },
    })
    await recordAudit(tx, {
      actorId: staffId,
      action: 'lead.broker',
      targetType: 'lead',
      targetId: `${lead.market}:${lead.euId}:${lead.jpId}`,
      reason: note,
    })
  })
}
