import type { Prisma } from '~/generated/prisma/client'
import { DomainError } from '~/utils/domain-error'
import { errorMessage } from '~/modules/i18n/message-keys'
import { prisma } from '~/utils/db.server'

const registrationStates = ['pending', 'approved', 'declined', 'waitlisted', 'cancelled'] as const
export type RegistrationState = (typeof registrationStates)[number]

export const parseRegistrationState = (raw: string | null): RegistrationState | null =>
  (registrationStates as readonly string[]).includes(raw ?? '') ? (raw as RegistrationState) : null

/** Every event, latest first, with its registrations counted by state. */
export async function staffEventList() {
  const [events, counts] = await Promise.all([
    prisma.event.findMany({
      orderBy: [{ startsAt: 'desc' }, { id: 'asc' }],
      take: 200,
      select: {
        id: true,
        slug: true,
        title: true,
        titleJa: true,
        kind: true,
        status: true,
        startsAt: true,
        endsAt: true,
        timeZone: true,
      },
    }),
    prisma.eventRegistration.groupBy({ by: ['eventId', 'status'], _count: { _all: true } }),
  ])
  const countOf = (eventId: string, status: RegistrationState) =>
    counts.find((row) => row.eventId === eventId && row.status === status)?._count._all ?? 0
  return events.map((event) => ({
    ...event,
    approved: countOf(event.id, 'approved'),
    pending: countOf(event.id, 'pending'),
    waitlisted: countOf(event.id, 'waitlisted'),
  }))
}

export async function eventForStaff(eventId: string) {
  const event = await prisma.event.findUnique({ where: { id: eventId } })
  if (!event) throw new DomainError(errorMessage('noSuchEvent'), 404)
  return event
}

const registrationSelect = {
  id: true,
  status: true,
  mode: true,
  answer: true,
  attended: true,
  declineReason: true,
  createdAt: true,
  waitingSince: true,
  user: { select: { displayName: true, email: true } },
  organisation: { select: { id: true, slug: true, name: true, nameJa: true, country: true, region: true } },
} as const satisfies Prisma.EventRegistrationSelect

/** An event's registrations in one state (or all), in the order they came; the waiting list in its order. */
export async function registrationList(eventId: string, state: RegistrationState | null) {
  return prisma.eventRegistration.findMany({
    where: { eventId, ...(state ? { status: state } : {}) },
    select: registrationSelect,
    orderBy:
      state === 'waitlisted'
        ? [{ waitingSince: 'asc' }, { id: 'asc' }]
        : [{ createdAt: 'asc' }, { id: 'asc' }],
  })
}

/**
 * The event's numbers: registrations by state, confirmed participants by region and country, the
 * organisations at their first event, and attendance once marked.
 */
export async function eventNumbers(eventId: string) {
  const event = await eventForStaff(eventId)
  const registrations = await prisma.eventRegistration.findMany({
    where: { eventId },
    select: {
      status: true,
      attended: true,
      organisation: { select: { id: true, region: true, country: true } },
    },
  })
  const byState = Object.fromEntries(registrationStates.map((state) => [state, 0])) as Record<
    RegistrationState,
    number
  >
  const byRegion: Record<string, number> = { eu: 0, jp: 0, third: 0 }
  const byCountry: Record<string, number> = {}
  let attended = 0
  for (const registration of registrations) {
    byState[registration.status]++
    if (registration.status !== 'approved') continue
    byRegion[registration.organisation.region] = (byRegion[registration.organisation.region] ?? 0) + 1
    byCountry[registration.organisation.country] = (byCountry[registration.organisation.country] ?? 0) + 1
    if (registration.attended) attended++
  }
  const organisationIds = [
    ...new Set(registrations.filter((r) => r.status === 'approved').map((r) => r.organisation.id)),
  ]
  const earlier = await prisma.eventRegistration.findMany({
    where: {
      organisationId: { in: organisationIds },
      status: 'approved',
      event: { startsAt: { lt: event.startsAt }, status: 'published' },
    },
    distinct: ['organisationId'],
    select: { organisationId: true },
  })
  return {
    byState,
    byRegion,
    byCountry: Object.entries(byCountry).sort(([a, x], [b, y]) => y - x || a.localeCompare(b)),
    firstEventOrganisations: organisationIds.length - earlier.length,
    attended,
  }
}

/** The participant list as a staff download: person, organisation, country, state. */
export async function participantRows(eventId: string) {
  const registrations = await registrationList(eventId, null)
  return {
    columns: [
      'name',
      'email',
      'organisation',
      'organisationJa',
      'country',
      'state',
      'mode',
      'attended',
      'answer',
      'registeredAt',
    ],
    rows: registrations.map((r) => [
      r.user.displayName,
      r.user.email,
      r.organisation.name,
      r.organisation.nameJa,
      r.organisation.country,
      r.status,
      r.mode,
      r.attended === null ? '' : r.attended ? 'yes' : 'no',
      r.answer,
      r.createdAt.toISOString(),
    ]),
  }
}
