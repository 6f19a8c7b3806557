import type { z } from 'zod'
import { eventTitleIn } from '~/modules/events/event-time'
import { errorMessage } from '~/modules/i18n/message-keys'
import type { Locale } from '~/modules/i18n/locales'
import { describeMeetingTime } from '~/modules/introductions/meeting-time'
import { organisationNameIn } from '~/modules/profiles/organisation-names'
import { prisma } from '~/utils/db.server'
import { DomainError } from '~/utils/domain-error'
import { meetingsCalendarFile } from './meeting-calendar'
import type { ratingSchema } from './meeting-fields'
import { calendarEntryOf, meetingDetails, otherSide, type DetailedMeeting } from './meeting-notices.server'
import { confirmedStates, isConfirmed, minutesOf } from './meeting-rules'
import { participantOf } from './participants.server'

/** A person's meetings at an event, confirmed or called off, in time order. */
function meetingsOfPerson(eventId: string, userId: string, states: readonly string[]) {
  return prisma.eventMeeting.findMany({
    where: {
      eventId,
      status: { in: states as (typeof confirmedStates)[number][] },
      OR: [{ requesterId: userId }, { inviteeId: userId }],
      slotId: { not: null },
    },
    include: { ...meetingDetails, ratings: { where: { userId }, select: { outcome: true } } },
    orderBy: { slot: { startsAt: 'asc' } },
  })
}

/**
 * The participant's agenda: each confirmed meeting with the other side, the table or room link, the time
 * in their zone with Brussels and Tokyo beside, and their own rating once the meeting has started.
 */
export async function agendaOf(
  eventId: string,
  userId: string,
  timeZone: string,
  locale: Locale,
  now = new Date(),
) {
  await participantOf(eventId, userId)
  const meetings = await meetingsOfPerson(eventId, userId, confirmedStates)
  return meetings.map((meeting) => agendaItem(meeting, userId, timeZone, locale, now))
}

function agendaItem(
  meeting: DetailedMeeting & { ratings: { outcome: string }[] },
  userId: string,
  timeZone: string,
  locale: Locale,
  now: Date,
) {
  const other = otherSide(meeting, userId)
  const online = meeting.event.format !== 'in_person'
  return {
    id: meeting.id,
    time: describeMeetingTime(meeting.slot!.startsAt, minutesOf(meeting.slot!), timeZone, locale),
    person: other.person.displayName,
    organisation: organisationNameIn(other.organisation, locale),
    organisationSlug: other.organisation.slug,
    country: other.organisation.country,
    table: meeting.table?.name ?? null,
    roomUrl: online ? (meeting.table?.roomUrl ?? null) : null,
    message: meeting.message,
    rating: meeting.ratings[0]?.outcome ?? null,
    mayRate: meeting.slot!.startsAt <= now && !meeting.ratings.length,
    mayCancel: meeting.status === 'accepted' && meeting.slot!.startsAt > now,
  }
}

/**
 * The agenda as one calendar feed: confirmed meetings, and called-off ones as cancelled entries, each
 * under the UID it had from the start.
 */
export async function agendaCalendar(eventId: string, userId: string, locale: Locale) {
  await participantOf(eventId, userId)
  const meetings = await meetingsOfPerson(eventId, userId, [...confirmedStates, 'cancelled'])
  const event = await prisma.event.findUniqueOrThrow({ where: { id: eventId } })
  return meetingsCalendarFile(
    meetings.map((meeting) => calendarEntryOf(meeting, userId, locale)),
    eventTitleIn(event, locale),
  )
}

/** Right after a meeting, each side says how it went, once; only staff see the other side's answer. */
export async function rateMeeting(input: {
  userId: string
  form: z.output<typeof ratingSchema>
  now?: Date
}) {
  const now = input.now ?? new Date()
  const meeting = await prisma.eventMeeting.findUnique({
    where: { id: input.form.meetingId },
    include: { slot: true },
  })
  if (!meeting || (meeting.requesterId !== input.userId && meeting.inviteeId !== input.userId))
    throw new DomainError(errorMessage('noSuchMeeting'), 404)
  if (!isConfirmed(meeting.status) || !meeting.slot)
    throw new DomainError(errorMessage('meetingMoveRefused'), 409)
  if (meeting.slot.startsAt > now) throw new DomainError(errorMessage('meetingNotYetHeld'), 409)
  const created = await prisma.meetingRating.createMany({
    data: [{ meetingId: meeting.id, userId: input.userId, outcome: input.form.outcome }],
    skipDuplicates: true,
  })
  if (!created.count) throw new DomainError(errorMessage('alreadyRated'), 409)
}

/** Staff: every meeting of the event by slot, with its table: the table plan, and the schedule preview. */
export async function tablePlan(eventId: string, timeZone: string, locale: Locale) {
  const [slots, meetings] = await Promise.all([
    prisma.eventSlot.findMany({ where: { eventId }, orderBy: { startsAt: 'asc' } }),
    prisma.eventMeeting.findMany({
      where: { eventId, status: { in: ['proposed', 'scheduled', 'accepted', 'requested'] } },
      include: { ...meetingDetails, ratings: { select: { userId: true, outcome: true } } },
      orderBy: [{ table: { position: 'asc' } }],
    }),
  ])
  const side = (person: { displayName: string }, organisation: { name: string; nameJa: string | null }) => ({
    person: person.displayName,
    organisation: organisationNameIn(organisation, locale),
  })
  return slots.map((slot) => ({
    id: slot.id,
    time: describeMeetingTime(slot.startsAt, minutesOf(slot), timeZone, locale),
    meetings: meetings
      .filter((m) => m.slotId === slot.id)
      .map((m) => ({
        id: m.id,
        status: m.status,
        table: m.table?.name ?? null,
        tableId: m.tableId,
        roomUrl: m.table?.roomUrl ?? null,
        requester: side(m.requester, m.requesterOrganisation),
        invitee: side(m.invitee, m.inviteeOrganisation),
        ratings: m.ratings.map((r) => ({
          by: r.userId === m.requesterId ? 'requester' : 'invitee',
          outcome: r.outcome,
        })),
      })),
  }))
}
