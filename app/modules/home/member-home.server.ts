import type { Locale } from '~/modules/i18n/locales'
import { homeEvents } from '~/modules/events/event-views.server'
import { eventTitleIn } from '~/modules/events/event-time'
import { describeMeetingTime, dateTimeIn } from '~/modules/introductions/meeting-time'
import { agendaLink, meetingsLink } from '~/modules/meetings/meeting-notices.server'
import { confirmedStates, minutesOf } from '~/modules/meetings/meeting-rules'
import { unseenSuggestions } from '~/modules/matching/seen-suggestions.server'
import { suggestPartners } from '~/modules/matching/suggestions.server'
import { listNotifications } from '~/modules/notifications/notifications.server'
import { followUpLink } from '~/modules/outcomes/follow-ups.server'
import { profileCompleteness } from '~/modules/profiles/completeness'
import { isListed } from '~/modules/profiles/listed.server'
import { toSnapshot } from '~/modules/profiles/snapshot'
import { organisationNameIn } from '~/modules/profiles/organisation-names'
import { getMembership } from '~/modules/profiles/profiles.server'
import { prisma } from '~/utils/db.server'

const shown = 5

type Reader = { id: string; timeZone: string | null }

/** An upcoming meeting of either kind, as the home page lists it. */
type UpcomingMeeting = {
  key: string
  startsAt: Date
  with: string
  person: string | null
  context: string | null
  link: string
}

/** Accepted introductions whose agreed time is still ahead. */
async function upcomingIntroductionMeetings(organisationId: string, now: Date, locale: Locale) {
  const meetings = await prisma.introductionRequest.findMany({
    where: {
      status: 'accepted',
      OR: [{ fromOrganisationId: organisationId }, { toOrganisationId: organisationId }],
      meetingSlot: { startsAt: { gte: now } },
    },
    select: {
      id: true,
      fromOrganisationId: true,
      fromOrganisation: { select: { name: true, nameJa: true } },
      toOrganisation: { select: { name: true, nameJa: true } },
      meetingSlot: { select: { startsAt: true, durationMinutes: true } },
    },
    orderBy: { meetingSlot: { startsAt: 'asc' } },
    take: shown,
  })
  return meetings.map((meeting): UpcomingMeeting & { minutes: number } => ({
    key: `introduction-${meeting.id}`,
    startsAt: meeting.meetingSlot!.startsAt,
    minutes: meeting.meetingSlot!.durationMinutes,
    with: organisationNameIn(
      meeting.fromOrganisationId === organisationId ? meeting.toOrganisation : meeting.fromOrganisation,
      locale,
    ),
    person: null,
    context: null,
    link: `/introductions/${meeting.id}`,
  }))
}

/** The person's confirmed one-to-one meetings at events, still ahead. */
async function upcomingEventMeetings(userId: string, now: Date, locale: Locale) {
  const meetings = await prisma.eventMeeting.findMany({
    where: {
      status: { in: [...confirmedStates] },
      OR: [{ requesterId: userId }, { inviteeId: userId }],
      slot: { startsAt: { gte: now } },
    },
    select: {
      id: true,
      requesterId: true,
      event: { select: { slug: true, title: true, titleJa: true } },
      slot: { select: { startsAt: true, endsAt: true } },
      requester: { select: { displayName: true } },
      invitee: { select: { displayName: true } },
      requesterOrganisation: { select: { name: true, nameJa: true } },
      inviteeOrganisation: { select: { name: true, nameJa: true } },
    },
    orderBy: { slot: { startsAt: 'asc' } },
    take: shown,
  })
  return meetings.map((meeting): UpcomingMeeting & { minutes: number } => {
    const mine = meeting.requesterId === userId
    return {
      key: `event-meeting-${meeting.id}`,
      startsAt: meeting.slot!.startsAt,
      minutes: minutesOf(meeting.slot!),
      with: organisationNameIn(mine ? meeting.inviteeOrganisation : meeting.requesterOrganisation, locale),
      person: (mine ? meeting.invitee : meeting.requester).displayName,
      context: eventTitleIn(meeting.event, locale),
      link: agendaLink(meeting.event.slug),
    }
  })
}

/** Meeting requests at events waiting for this person's answer, per event. */
async function eventMeetingRequests(userId: string, locale: Locale) {
  const waiting = await prisma.eventMeeting.groupBy({
    by: ['eventId'],
    where: { inviteeId: userId, status: 'requested' },
    _count: { _all: true },
  })
  if (!waiting.length) return []
  const events = await prisma.event.findMany({
    where: { id: { in: waiting.map((entry) => entry.eventId) } },
    select: { id: true, slug: true, title: true, titleJa: true, startsAt: true },
    orderBy: { startsAt: 'asc' },
  })
  const counts = new Map(waiting.map((entry) => [entry.eventId, entry._count._all]))
  return events.map((event) => ({
    event: eventTitleIn(event, locale),
    count: counts.get(event.id) ?? 0,
    link: meetingsLink(event.slug),
  }))
}

/**
 * What a member's home page shows: what needs them first (introduction and meeting requests to answer,
 * follow-ups to answer), then meetings coming up, unread messages, their profile's state, suggestions
 * they have not seen yet and the events they registered for.
 */
export async function memberHome(reader: Reader, timeZone: string, locale: Locale, now = new Date()) {
  const membership = await getMembership(reader.id)
  const organisation = membership?.organisation ?? null
  const at = (instant: Date) => dateTimeIn(instant, timeZone, locale)
  const [notifications, events, meetingRequests, eventMeetings] = await Promise.all([
    listNotifications(reader.id, locale, timeZone),
    homeEvents(reader, locale),
    eventMeetingRequests(reader.id, locale),
    upcomingEventMeetings(reader.id, now, locale),
  ])
  const unread = notifications.filter((notification) => !notification.readAt)
  const base = {
    unreadCount: unread.length,
    unread: unread.slice(0, shown).map((notification) => ({
      id: notification.id,
      text: notification.text,
      link: notification.link,
      at: at(notification.createdAt),
    })),
    events: events.mine,
    meetingRequests,
  }
  const listed = organisation !== null && isListed(organisation)
  // Without an organisation there is nothing to ask the database: no introductions, follow-ups or suggestions.
  const [incoming, followUps, introductionMeetings, suggestions] = organisation
    ? await Promise.all([
        prisma.introductionRequest.findMany({
          where: { toOrganisationId: organisation.id, status: 'pending' },
          select: {
            id: true,
            purpose: true,
            expiresAt: true,
            fromOrganisation: { select: { name: true, nameJa: true } },
          },
          orderBy: { expiresAt: 'asc' },
        }),
        prisma.followUp.findMany({
          where: { organisationId: organisation.id, sentAt: { not: null }, answeredAt: null },
          select: { id: true, dueAt: true },
          orderBy: { dueAt: 'asc' },
          take: shown,
        }),
        upcomingIntroductionMeetings(organisation.id, now, locale),
        listed ? suggestPartners(organisation.slug, 20, locale) : Promise.resolve(null),
      ])
    : ([[], [], [], null] as const)
  const unseen = suggestions ? await unseenSuggestions(reader.id, suggestions.suggestions) : []
  return {
    ...base,
    organisation: organisation && {
      slug: organisation.slug,
      name: organisation.name,
      nameJa: organisation.nameJa,
      status: organisation.status,
      suspended: organisation.suspendedAt !== null,
      rejectionReason: organisation.rejectionReason,
      listed,
      completeness: profileCompleteness(toSnapshot(organisation)).percent,
    },
    introductionRequests: incoming.map((request) => ({
      id: request.id,
      from: organisationNameIn(request.fromOrganisation, locale),
      purpose: request.purpose,
      expires: at(request.expiresAt),
    })),
    followUps: followUps.map((followUp) => ({ id: followUp.id, link: followUpLink(followUp.id) })),
    upcoming: [...introductionMeetings, ...eventMeetings]
      .sort((one, other) => one.startsAt.getTime() - other.startsAt.getTime())
      .slice(0, shown)
      .map((meeting) => upcomingView(meeting, timeZone, locale)),
    newSuggestions: suggestions
      ? {
          count: unseen.length,
          top: unseen.slice(0, 3).map((suggestion) => ({
            slug: suggestion.slug,
            name: organisationNameIn(suggestion, locale),
            reason: suggestion.reasons[0] ?? null,
          })),
        }
      : null,
  }
}

function upcomingView(meeting: UpcomingMeeting & { minutes: number }, timeZone: string, locale: Locale) {
  const { startsAt, minutes, ...rest } = meeting
  return { ...rest, time: describeMeetingTime(startsAt, minutes, timeZone, locale) }
}
