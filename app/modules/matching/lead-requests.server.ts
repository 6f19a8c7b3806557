import type { Prisma } from '~/generated/prisma/client'
import { errorMessage } from '~/modules/i18n/message-keys'
import { recordAudit } from '~/modules/audit/audit.server'
import { notifyUsers } from '~/modules/notifications/notifications.server'
import { listedOrganisation } from '~/modules/profiles/listed.server'
import { readStreams } from '~/modules/profiles/streams'
import { countriesOf } from '~/modules/taxonomy/countries'
import { prisma } from '~/utils/db.server'
import { DomainError } from '~/utils/domain-error'
import { isPartOfLead, type LeadIds, type LeadRequestInput } from './lead-request-fields'
import { loadMatchTaxonomy } from './match-taxonomy.server'
import { assessFit, somethingFlows } from './score'

const partyColumns = {
  id: true,
  slug: true,
  name: true,
  nameJa: true,
  country: true,
  region: true,
  roles: true,
  materials: true,
  technologies: true,
  offers: true,
  seeks: true,
  markets: true,
  languages: true,
  suppliesStreams: true,
  takesStreams: true,
  streams: true,
} as const

async function listedParty(id: string, where: Prisma.OrganisationWhereInput) {
  const party = await prisma.organisation.findFirst({
    where: { id, ...listedOrganisation, ...where },
    select: partyColumns,
  })
  return party && { ...party, streams: readStreams(party.streams) }
}

/**
 * The lead the three name, checked as the leads page forms one: a third-country market in the taxonomy,
 * a listed EU and a listed Japanese organisation that both target it and between which something
 * flows (never two competitors), and, if named, a listed local organisation of that market.
 */
async function checkedLead(lead: LeadIds) {
  const [market, eu, jp, local] = await Promise.all([
    prisma.taxonomyTerm.findUnique({ where: { kind_code: { kind: 'market', code: lead.market } } }),
    listedParty(lead.euId, { region: 'eu', markets: { has: lead.market } }),
    listedParty(lead.jpId, { region: 'jp', markets: { has: lead.market } }),
    lead.localId
      ? listedParty(lead.localId, { region: 'third', country: { in: countriesOf(lead.market) } })
      : Promise.resolve(null),
  ])
  if (!market || market.retiredAt) throw new DomainError(errorMessage('noSuchMarket'), 404)
  if (!eu || !jp || (lead.localId && !local)) throw new DomainError(errorMessage('noSuchOrganisation'), 404)
  const taxonomy = await loadMatchTaxonomy()
  if (!somethingFlows(assessFit(eu, jp, taxonomy))) throw new DomainError(errorMessage('notALead'), 409)
  return { market, eu, jp, local }
}

/** The lead a member looks at before asking: its three organisations, checked. */
export async function leadToRequest(lead: LeadIds) {
  const { eu, jp, local, market } = await checkedLead(lead)
  return { market: market.code, eu, jp, local }
}

/**
 * A member asks the Centre to broker a three-way introduction from a lead their organisation is part of
 * (as the EU or Japanese side, or as the local partner). Asking again about the same lead replaces the
 * message and opens the request again. Centre staff are told.
 */
export async function requestLeadIntroduction(input: {
  userId: string
  organisationId: string
  request: LeadRequestInput
}) {
  const { request } = input
  const { eu, jp, local } = await checkedLead(request)
  if (!isPartOfLead({ eu, jp, local }, input.organisationId))
    throw new DomainError(errorMessage('notYourLead'), 403)
  return prisma.$transaction(async (tx) => {
    const own = await tx.organisation.findFirst({
      where: { id: input.organisationId, ...listedOrganisation },
      select: { id: true },
    })
    if (!own) throw new DomainError(errorMessage('suspendedCannotAct'), 403)
    const key = {
      market: request.market,
      euId: eu.id,
      jpId: jp.id,
      requestedByOrganisationId: input.organisationId,
    }
    const saved = await tx.leadIntroductionRequest.upsert({
      where: { market_euId_jpId_requestedByOrganisationId: key },
      create: { ...key, localId: local?.id ?? null, requestedById: input.userId, message: request.message },
      update: {
        localId: local?.id ?? null,
        requestedById: input.userId,
        message: request.message,
        status: 'open',
        handledById: null,
        handledAt: null,
      },
    })
    const staff = await tx.user.findMany({
      where: { role: { in: ['staff', 'admin'] }, disabledAt: null },
      select: { id: true },
    })
    await notifyUsers(
      tx,
      staff.map((user) => user.id),
      {
        kind: 'lead.requested',
        params: {},
        link: '/staff/introductions#lead-requests',
      },
    )
    return saved.id
  })
}

/** What an organisation has asked the Centre about its leads, by lead. */
export function leadRequestsOf(organisationId: string) {
  return prisma.leadIntroductionRequest.findMany({
    where: { requestedByOrganisationId: organisationId },
    select: { market: true, euId: true, jpId: true, status: true, createdAt: true },
  })
}

const requestParty = { select: { id: true, slug: true, name: true, nameJa: true, country: true } } as const

/** Open requests, oldest first: what staff have still to broker. */
export function openLeadRequests() {
  return prisma.leadIntroductionRequest.findMany({
    where: { status: 'open' },
    orderBy: { createdAt: 'asc' },
    take: 100,
    include: {
      eu: requestParty,
      jp: requestParty,
      local: requestParty,
      requestedBy: { select: { displayName: true } },
    },
  })
}

/** Staff have brokered what was asked (or decided not to): the request leaves the open list. */
export async function markLeadRequestHandled(staffId: string, requestId: string) {
  await prisma.$transaction(async (tx) => {
    const handled = await tx.leadIntroductionRequest.updateMany({
      where: { id: requestId, status: 'open' },
      data: { status: 'handled', handledById: staffId, handledAt: new Date() },
    })
    if (!handled.count) throw new DomainError(errorMessage('noSuchLeadRequest'), 404)
    await recordAudit(tx, {
      actorId: staffId,
      action: 'lead.request_handled',
      targetType: 'lead',
      targetId: requestId,
    })
  })
}
