import type { Prisma } from '~/generated/prisma/client'
import type { IntroductionStatus } from '~/generated/prisma/enums'
import { actsAsStaff, type RoleHolder } from '~/modules/auth/roles'
import { prisma } from '~/utils/db.server'
import { isListed } from '~/modules/profiles/listed.server'

import { sideOf, type IntroductionSide } from './introduction-moves'

export type { IntroductionSide }

const organisationSummary = {
  select: {
    id: true,
    slug: true,
    name: true,
    nameJa: true,
    country: true,
    region: true,
    contactName: true,
    contactEmail: true,
    contactPhone: true,
  },
} as const

/**
 * A request as one viewer may see it, or null when they may not: only members of its two organisations
 * and Centre staff see a request, its thread and contacts; staff alone see staff notes.
 */
/** How the viewer looks at an introduction: as one of its two organisations, as staff, or not at all. */
export function viewerSideOf(
  request: { fromOrganisationId: string; toOrganisationId: string },
  viewer: RoleHolder & { organisationId: string | null },
): IntroductionSide | null {
  if (viewer.organisationId) {
    const side = sideOf(request, viewer.organisationId)
    if (side) return side
  }
  return actsAsStaff(viewer) ? 'staff' : null
}

export async function getIntroductionForViewer(
  introductionId: string,
  viewer: RoleHolder & { organisationId: string | null },
) {
  const request = await prisma.introductionRequest.findUnique({
    where: { id: introductionId },
    include: {
      fromOrganisation: organisationSummary,
      toOrganisation: organisationSummary,
      sender: { select: { displayName: true, email: true } },
      brokeredBy: { select: { displayName: true } },
      slots: { where: { withdrawnAt: null }, orderBy: { startsAt: 'asc' } },
      meetingSlot: true,
      messages: { orderBy: { createdAt: 'asc' }, include: { author: { select: { displayName: true } } } },
      notes: { orderBy: { createdAt: 'asc' }, include: { author: { select: { displayName: true } } } },
      attachments: {
        orderBy: { createdAt: 'asc' },
        select: {
          id: true,
          fileName: true,
          contentType: true,
          byteSize: true,
          createdAt: true,
          organisationId: true,
          uploadedBy: { select: { displayName: true } },
        },
      },
    },
  })
  if (!request) return null
  const side = viewerSideOf(request, viewer)
  if (!side) return null
  const { notes, declineReason, ...visible } = request
  const contactsVisible = side === 'staff' || request.status === 'accepted'
  const hideContact = <T extends { contactName: string | null }>(organisation: T) =>
    contactsVisible
      ? organisation
      : { ...organisation, contactName: null, contactEmail: null, contactPhone: null }
  return {
    side,
    contactsVisible,
    request: {
      ...visible,
      fromOrganisation: hideContact(request.fromOrganisation),
      toOrganisation: hideContact(request.toOrganisation),
      sender: contactsVisible || side === 'sender' ? request.sender : null,
      // The reason for declining stays between the two organisations and staff.
      declineReason,
    },
    notes: side === 'staff' ? notes : [],
  }
}

const listInclude = {
  fromOrganisation: { select: { slug: true, name: true, nameJa: true, country: true } },
  toOrganisation: { select: { slug: true, name: true, nameJa: true, country: true } },
} as const

/** "My introductions": what waits for the organisation, what it waits for, what is on, what is closed. */
export async function listOrganisationIntroductions(organisationId: string) {
  const requests = await prisma.introductionRequest.findMany({
    where: { OR: [{ fromOrganisationId: organisationId }, { toOrganisationId: organisationId }] },
    include: listInclude,
    orderBy: { createdAt: 'desc' },
    take: 500,
  })
  const closed: IntroductionStatus[] = ['declined', 'withdrawn', 'expired']
  return {
    incoming: requests.filter((r) => r.status === 'pending' && r.toOrganisationId === organisationId),
    outgoing: requests.filter((r) => r.status === 'pending' && r.fromOrganisationId === organisationId),
    accepted: requests.filter((r) => r.status === 'accepted'),
    closed: requests.filter((r) => closed.includes(r.status)),
  }
}

export type StaffIntroductionFilters = {
  status?: IntroductionStatus
  organisation?: string
  brokered?: boolean
  page: number
}

export const staffIntroductionPageSize = 50

export async function listIntroductionsForStaff(filters: StaffIntroductionFilters) {
  const organisationMatch = filters.organisation
    ? { contains: filters.organisation, mode: 'insensitive' as const }
    : undefined
  const where: Prisma.IntroductionRequestWhereInput = {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.brokered ? { brokeredById: { not: null } } : {}),
    ...(organisationMatch
      ? {
          OR: [
            { fromOrganisation: { name: organisationMatch } },
            { toOrganisation: { name: organisationMatch } },
            { fromOrganisation: { slug: organisationMatch } },
            { toOrganisation: { slug: organisationMatch } },
          ],
        }
      : {}),
  }
  const [total, requests] = await Promise.all([
    prisma.introductionRequest.count({ where }),
    prisma.introductionRequest.findMany({
      where,
      include: { ...listInclude, _count: { select: { notes: true } } },
      orderBy: { createdAt: 'desc' },
      skip: (filters.page - 1) * staffIntroductionPageSize,
      take: staffIntroductionPageSize,
    }),
  ])
  return { total, requests }
}

/** Organisations the viewer's organisation has an open (pending or accepted) introduction with. */
export async function openIntroductionPartners(organisationId: string) {
  const requests = await prisma.introductionRequest.findMany({
    where: {
      openPairKey: { not: null },
      OR: [{ fromOrganisationId: organisationId }, { toOrganisationId: organisationId }],
    },
    select: { id: true, fromOrganisationId: true, toOrganisationId: true, status: true },
  })
  return new Map(
    requests.map((request) => [
      request.fromOrganisationId === organisationId ? request.toOrganisationId : request.fromOrganisationId,
      { id: request.id, status: request.status },
    ]),
  )
}

/** The organisation a member wants to be introduced to, and any introduction the two already have open. */
export async function findIntroductionTarget(slug: string, fromOrganisationId: string) {
  const organisation = await prisma.organisation.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      nameJa: true,
      country: true,
      status: true,
      suspendedAt: true,
    },
  })
  if (!organisation || !isListed(organisation)) return null
  const open = (await openIntroductionPartners(fromOrganisationId)).get(organisation.id) ?? null
  return { organisation, open }
}
