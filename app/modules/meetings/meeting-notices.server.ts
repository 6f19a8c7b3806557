import type { Prisma } from '~/generated/prisma/client'
import { eventTitleIn } from '~/modules/events/event-time'
import type { Locale } from '~/modules/i18n/locales'
import { messagesFor } from '~/modules/i18n/messages'
import type { NotificationEvent } from '~/modules/notifications/notification-texts'
import { notifyUsers } from '~/modules/notifications/notifications.server'
import { getEnv } from '~/utils/env.server'
import { meetingsCalendarFile } from './meeting-calendar'
import { minutesOf } from './meeting-rules'

/** What a meeting's notices, agendas and calendars need to say about it. */
export const meetingDetails = {
  event: true,
  slot: true,
  table: true,
  requester: { select: { id: true, displayName: true } },
  invitee: { select: { id: true, displayName: true } },
  requesterOrganisation: { select: { id: true, slug: true, name: true, nameJa: true, country: true } },
  inviteeOrganisation: { select: { id: true, slug: true, name: true, nameJa: true, country: true } },
} as const satisfies Prisma.EventMeetingInclude

export type DetailedMeeting = Prisma.EventMeetingGetPayload<{ include: typeof meetingDetails }>

export const agendaLink = (eventSlug: string) => `/events/${eventSlug}/agenda`
export const meetingsLink = (eventSlug: string) => `/events/${eventSlug}/meetings`

/** The side of the meeting that is not `userId`: their person and organisation. */
export function otherSide(meeting: DetailedMeeting, userId: string) {
  return meeting.requesterId === userId
    ? { person: meeting.invitee, organisation: meeting.inviteeOrganisation }
    : { person: meeting.requester, organisation: meeting.requesterOrganisation }
}

/** Where the meeting takes place: the table at the venue, or the room's link for an online event. */
export function placeOfMeeting(meeting: DetailedMeeting) {
  if (!meeting.table) return null
  return [meeting.table.name, meeting.event.venue, meeting.table.roomUrl].filter(Boolean).join(', ')
}

/** The meeting as a calendar entry for `userId`. */
export function calendarEntryOf(meeting: DetailedMeeting, userId: string, locale: Locale) {
  const t = messagesFor(locale).meetings
  const other = otherSide(meeting, userId)
  const organisation =
    locale === 'ja' && other.organisation.nameJa ? other.organisation.nameJa : other.organisation.name
  const url = new URL(agendaLink(meeting.event.slug), getEnv().APP_ORIGIN).toString()
  return {
    id: meeting.id,
    sequence: meeting.sequence,
    cancelled: meeting.status === 'cancelled',
    startsAt: meeting.slot!.startsAt,
    endsAt: meeting.slot!.endsAt,
    title: t.calendarTitle({ person: other.person.displayName, organisation }),
    description: `${eventTitleIn(meeting.event, locale)}\n\n${url}`,
    location: placeOfMeeting(meeting),
    url,
  }
}

const meetingParams = (meeting: DetailedMeeting, toUserId: string) => {
  const other = otherSide(meeting, toUserId)
  return {
    title: meeting.event.title,
    titleJa: meeting.event.titleJa,
    other: `${other.person.displayName}, ${other.organisation.name}`,
    slotStartsAt: meeting.slot?.startsAt.toISOString() ?? null,
    minutes: meeting.slot ? minutesOf(meeting.slot) : 0,
  }
}

type MeetingNoticeKind =
  | 'meeting.requested'
  | 'meeting.accepted'
  | 'meeting.declined'
  | 'meeting.cancelled'
  | 'meeting.expired'
  | 'meeting.moved'

/** Tells one side of a meeting what happened to it; a confirmed, moved or called-off meeting comes with its calendar entry. */
export async function tellAboutMeeting(
  tx: Prisma.TransactionClient,
  meeting: DetailedMeeting,
  kind: MeetingNoticeKind,
  toUserId: string,
) {
  const withCalendar =
    meeting.slot !== null && ['meeting.accepted', 'meeting.moved', 'meeting.cancelled'].includes(kind)
  const link =
    kind === 'meeting.requested' ? meetingsLink(meeting.event.slug) : agendaLink(meeting.event.slug)
  await notifyUsers(
    tx,
    [toUserId],
    { kind, params: meetingParams(meeting, toUserId), link } as NotificationEvent,
    {
      details:
        kind === 'meeting.requested' && meeting.message
          ? { message: { from: otherSide(meeting, toUserId).person.displayName, text: meeting.message } }
          : undefined,
      attachment: withCalendar
        ? ({ locale }) => ({
            filename: `meeting-${meeting.id}.ics`,
            contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
            content: meetingsCalendarFile(
              [calendarEntryOf(meeting, toUserId, locale)],
              eventTitleIn(meeting.event, locale),
            ),
          })
        : undefined,
    },
  )
}
