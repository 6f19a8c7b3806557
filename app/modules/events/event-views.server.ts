import type { Prisma } from '~/generated/prisma/client'
import { actsAsStaff, type RoleHolder } from '~/modules/auth/roles'
import { DomainError } from '~/utils/domain-error'
import { errorMessage } from '~/modules/i18n/message-keys'
import { isListed, listedOrganisation } from '~/modules/profiles/listed.server'
import { prisma } from '~/utils/db.server'
import { eventKinds } from './event-fields'
import { activeRegistrationStates, phaseOf, placeTakingStates } from './event-status'
import { describeEventTime, eventTitleIn } from './event-time'
import type { Locale } from '~/modules/i18n/locales'
import { brusselsTimeZone, effectiveTimeZone, tokyoTimeZone } from '~/modules/introductions/meeting-time'

export type EventFilters = { kind: string | null; topic: string | null; market: string | null }

export function parseEventFilters(params: URLSearchParams): EventFilters {
  const value = (name: string) => {
    const raw = params.get(name)?.trim().slice(0, 80)
    return raw && /^[a-z0-9-]+$/.test(raw) ? raw : null
  }
  const kind = value('kind')
  return {
    kind: kind && (eventKinds as readonly string[]).includes(kind) ? kind : null,
    topic: value('topic'),
    market: value('market'),
  }
}

const listSelect = {
  id: true,
  slug: true,
  kind: true,
  format: true,
  status: true,
  title: true,
  titleJa: true,
  startsAt: true,
  endsAt: true,
  city: true,
} as const

/** Published and cancelled events (never drafts): upcoming first, soonest first, then the latest past ones. */
export async function listPublicEvents(filters: EventFilters, now = new Date()) {
  const where: Prisma.EventWhereInput = {
    status: { in: ['published', 'cancelled'] },
    ...(filters.kind ? { kind: filters.kind as (typeof eventKinds)[number] } : {}),
    ...(filters.market ? { markets: { has: filters.market } } : {}),
    ...(filters.topic
      ? {
          OR: [
            { materials: { has: filters.topic } },
            { technologies: { has: filters.topic } },
            { roles: { has: filters.topic } },
            { streams: { has: filters.topic } },
          ],
        }
      : {}),
  }
  const [upcoming, past] = await Promise.all([
    prisma.event.findMany({
      where: { ...where, endsAt: { gt: now } },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      take: 100,
      select: listSelect,
    }),
    prisma.event.findMany({
      where: { ...where, endsAt: { lte: now }, status: 'published' },
      orderBy: [{ startsAt: 'desc' }, { id: 'asc' }],
      take: 50,
      select: listSelect,
    }),
  ])
  return { upcoming, past }
}

/** Codes of the topics and markets that published events use, for the list's filters. */
export async function usedEventTopics() {
  const rows = await prisma.event.findMany({
    where: { status: { in: ['published', 'cancelled'] } },
    select: { materials: true, technologies: true, roles: true, streams: true, markets: true },
  })
  const collect = (pick: (row: (typeof rows)[number]) => string[]) => [...new Set(rows.flatMap(pick))]
  return {
    materials: collect((row) => row.materials),
    technologies: collect((row) => row.technologies),
    roles: collect((row) => row.roles),
    streams: collect((row) => row.streams),
    markets: collect((row) => row.markets),
  }
}

/**
 * An event as one reader sees it: drafts only for staff; the meeting link only for staff and people
 * with a confirmed place; the reader's organisation's registrations; who is coming once shown.
 */
export async function eventForReader(slug: string, reader: (RoleHolder & { id: string }) | null) {
  const event = await prisma.event.findUnique({ where: { slug } })
  const staff = reader !== null && actsAsStaff(reader)
  if (!event || (event.status === 'draft' && !staff)) throw new DomainError(errorMessage('noSuchEvent'), 404)
  const membership = reader
    ? await prisma.organisationMember.findUnique({
        where: { userId: reader.id },
        select: {
          organisation: {
            select: {
              id: true,
              status: true,
              suspendedAt: true,
              members: {
                where: { user: { disabledAt: null } },
                select: { user: { select: { id: true, displayName: true } } },
                orderBy: { createdAt: 'asc' },
              },
            },
          },
        },
      })
    : null
  const organisation = membership?.organisation ?? null
  const [taken, ownRegistrations, participants] = await Promise.all([
    prisma.eventRegistration.count({ where: { eventId: event.id, status: { in: [...placeTakingStates] } } }),
    organisation
      ? prisma.eventRegistration.findMany({
          where: { eventId: event.id, organisationId: organisation.id, status: { not: 'cancelled' } },
          select: {
            id: true,
            status: true,
            mode: true,
            declineReason: true,
            user: { select: { id: true, displayName: true } },
          },
          orderBy: { createdAt: 'asc' },
        })
      : Promise.resolve([]),
    event.participantsShown ? participatingOrganisations(event.id) : Promise.resolve(null),
  ])
  const hasPlace =
    reader !== null && ownRegistrations.some((r) => r.user.id === reader.id && r.status === 'approved')
  const registered = new Set(
    ownRegistrations
      .filter((r) => (activeRegistrationStates as readonly string[]).includes(r.status))
      .map((r) => r.user.id),
  )
  return {
    event: { ...event, meetingUrl: staff || hasPlace ? event.meetingUrl : null },
    linkHidden: event.meetingUrl !== null && !(staff || hasPlace),
    staff,
    taken,
    organisation: organisation
      ? {
          listed: isListed(organisation),
          colleagues: organisation.members.map(({ user }) => user).filter((user) => !registered.has(user.id)),
        }
      : null,
    ownRegistrations,
    participants,
  }
}

/** Listed organisations with a confirmed place whose people agreed to be named. */
async function participatingOrganisations(eventId: string) {
  return prisma.organisation.findMany({
    where: {
      ...listedOrganisation,
      eventRegistrations: { some: { eventId, status: 'approved', listed: true } },
    },
    select: { slug: true, name: true, nameJa: true, country: true },
    orderBy: { name: 'asc' },
  })
}

/** The reader's own registrations, upcoming first. */
export async function registrationsOf(userId: string) {
  return prisma.eventRegistration.findMany({
    where: { userId, status: { not: 'cancelled' }, event: { status: { not: 'draft' } } },
    select: {
      id: true,
      status: true,
      attended: true,
      event: { select: listSelect },
    },
    orderBy: { event: { startsAt: 'asc' } },
  })
}

/**
 * The zone a reader sees times in: their own choice, else their organisation's side; for visitors, Tokyo
 * when they read Japanese, else Brussels.
 */
export async function readerTimeZone(
  reader: { id: string; timeZone: string | null } | null,
  locale: Locale = 'en',
) {
  if (!reader) return locale === 'ja' ? tokyoTimeZone : brusselsTimeZone
  const membership = await prisma.organisationMember.findUnique({
    where: { userId: reader.id },
    select: { organisation: { select: { region: true } } },
  })
  return effectiveTimeZone(reader.timeZone, membership?.organisation.region)
}

type ListedEvent = Awaited<ReturnType<typeof listPublicEvents>>['upcoming'][number]

/** An event as a list shows it, written for one reader. */
export function eventCard(event: ListedEvent, timeZone: string, locale: Locale, now = new Date()) {
  return {
    slug: event.slug,
    kind: event.kind,
    format: event.format,
    city: event.city,
    title: eventTitleIn(event, locale),
    phase: phaseOf(event, now),
    time: describeEventTime(event.startsAt, event.endsAt, timeZone, locale),
  }
}

/** For the home page: the reader's next three registered events, and the next three public ones. */
export async function homeEvents(reader: { id: string; timeZone: string | null } | null, locale: Locale) {
  const now = new Date()
  const [lists, mine, timeZone] = await Promise.all([
    listPublicEvents({ kind: null, topic: null, market: null }, now),
    reader ? registrationsOf(reader.id) : Promise.resolve([]),
    readerTimeZone(reader, locale),
  ])
  return {
    upcoming: lists.upcoming
      .filter((event) => event.status === 'published')
      .slice(0, 3)
      .map((event) => eventCard(event, timeZone, locale, now)),
    mine: mine
      .filter((registration) => registration.event.endsAt > now && registration.status !== 'declined')
      .slice(0, 3)
      .map((registration) => eventCard(registration.event, timeZone, locale, now)),
  }
}
