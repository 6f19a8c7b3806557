import { messagesFor } from '~/modules/i18n/messages'
import type { Locale } from '~/modules/i18n/locales'
import { Prisma } from '~/generated/prisma/client'
import { recordAudit } from '~/modules/moderation/audit.server'
import { marketOf } from '~/modules/taxonomy/countries'
import { prisma, readPrisma } from '~/utils/db.server'
import { loadMatchTaxonomy } from './match-taxonomy.server'
import { assessFit, describeFit, type FitPart, type MatchProfile } from './score'
import { bandOf, type ScoreBand } from './weights'
import { linkBetween } from './value-chain'

type Party = MatchProfile & { id: string; nameJa: string | null }

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
  /** The language the reasons are written in. */
  locale?: Locale
}

const columns = Prisma.sql`o."id", o."slug", o."name", o."nameJa", o."country", o."roles", o."materials", o."technologies",
  o."offers", o."seeks", o."markets", o."languages"`

// Per market and side, the organisations considered (most recently approved first): pairs grow as
// the product of both sides, so each side is bounded.
const perSide = 300

async function parties(region: 'eu' | 'jp', market: string) {
  return readPrisma().$queryRaw<Party[]>`
    SELECT ${columns} FROM "Organisation" o
     WHERE o."status" = 'approved' AND o."suspendedAt" IS NULL AND o."region" = ${region}::"Region"
       AND ${market} = ANY(o."markets")
     ORDER BY o."approvedAt" DESC NULLS LAST, o."id" LIMIT ${perSide}`
}

async function localParties(market: string) {
  const rows = await readPrisma().$queryRaw<Party[]>`
    SELECT ${columns} FROM "Organisation" o
     WHERE o."status" = 'approved' AND o."suspendedAt" IS NULL AND o."region" = 'third'::"Region"
     ORDER BY o."approvedAt" DESC NULLS LAST, o."id" LIMIT 2000`
  return rows.filter((row) => marketOf(row.country) === market)
}

const involves = (lead: { eu: Party; jp: Party }, field: 'materials' | 'technologies', code?: string) =>
  !code || lead.eu[field].includes(code) || lead.jp[field].includes(code)

/**
 * EU + Japan pairs that target the same third-country market with complementary roles, with the best
 * local organisation of that market when there is one, ranked by how well the pair fits.
 */
export async function findLeads(filters: LeadFilters = {}): Promise<Lead[]> {
  const taxonomy = await loadMatchTaxonomy(filters.locale)
  const reasonTexts = messagesFor(taxonomy.locale).matching.reasons
  const markets = filters.market
    ? [filters.market]
    : (await prisma.taxonomyTerm.findMany({ where: { kind: 'market' }, select: { code: true } })).map(
        (term) => term.code,
      )
  const brokering = await prisma.leadBrokering.findMany({
    include: { by: { select: { displayName: true } } },
  })
  const brokeringKey = (market: string, euId: string, jpId: string) => `${market}:${euId}:${jpId}`
  const brokeringByKey = new Map(
    brokering.map((entry) => [
      brokeringKey(entry.market, entry.euId, entry.jpId),
      { note: entry.note, by: entry.by?.displayName ?? null },
    ]),
  )
  // Every pair is assessed (numbers only); reasons are written for the ones shown.
  type Candidate = Omit<Lead, 'reasons' | 'brokering'> & { parts: FitPart[] }
  const candidates: Candidate[] = []
  for (const market of markets) {
    const [euSide, jpSide, locals] = await Promise.all([
      parties('eu', market),
      parties('jp', market),
      localParties(market),
    ])
    // Each side's fit with each local organisation, computed once rather than once per pair.
    const localFit = new Map<string, number[]>()
    for (const party of [...euSide, ...jpSide]) {
      localFit.set(
        party.id,
        locals.map((local) => assessFit(party, local, taxonomy).score),
      )
    }
    for (const eu of euSide) {
      for (const jp of jpSide) {
        if (!eu.roles.some((role) => jp.roles.some((other) => linkBetween(role, other)))) continue
        if (
          !involves({ eu, jp }, 'materials', filters.material) ||
          !involves({ eu, jp }, 'technologies', filters.technology)
        )
          continue
        const pair = assessFit(eu, jp, taxonomy)
        const euFit = localFit.get(eu.id)!
        const jpFit = localFit.get(jp.id)!
        let bestLocal = -1
        let bestFit = 0
        locals.forEach((_, index) => {
          const fit = euFit[index]! + jpFit[index]!
          if (fit > bestFit) [bestLocal, bestFit] = [index, fit]
        })
        const local = bestLocal >= 0 ? locals[bestLocal]! : null
        const score = Math.min(100, pair.score + (local ? 5 : 0))
        candidates.push({ market, eu, jp, local, score, band: bandOf(score), parts: pair.parts })
      }
    }
  }
  return candidates
    .sort(
      (a, b) => b.score - a.score || a.eu.name.localeCompare(b.eu.name) || a.jp.name.localeCompare(b.jp.name),
    )
    .slice(0, filters.limit ?? 50)
    .map(({ parts, ...lead }) => ({
      ...lead,
      reasons: [
        reasonTexts.bothTargetMarket({ market: taxonomy.label('market', lead.market) }),
        // The market they share is said once, above, rather than as every shared market.
        ...describeFit(
          parts.filter((part) => part.kind !== 'markets'),
          taxonomy,
        ),
        ...(lead.local ? [reasonTexts.localPartner] : []),
      ],
      brokering: brokeringByKey.get(brokeringKey(lead.market, lead.eu.id, lead.jp.id)) ?? null,
    }))
}

/** Staff note that the Centre is brokering a lead; one audit entry. */
export async function markLeadBrokered(
  staffId: string,
  lead: { market: string; euId: string; jpId: string },
  note: string,
) {
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
