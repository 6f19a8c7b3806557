import type { Event, Prisma } from '~/generated/prisma/client'
import type { Locale } from '~/modules/i18n/locales'
import { messagesFor } from '~/modules/i18n/messages'
import type { NotificationEvent, NotificationParams } from '~/modules/notifications/notification-texts'
import type { EmailDetails } from '~/modules/notifications/notification-email.server'
import { notifyUsers } from '~/modules/notifications/notifications.server'
import { getEnv } from '~/utils/env.server'
import { eventCalendarFile } from './event-calendar'
import { activeRegistrationStates, placeTakingStates } from './event-status'
import { eventTitleIn } from './event-time'

export const eventLink = (slug: string) => `/events/${slug}`

const eventParams = (event: Event) => ({
  title: event.title,
  titleJa: event.titleJa,
  startsAt: event.startsAt.toISOString(),
  endsAt: event.endsAt.toISOString(),
})

type EventKindOfNotice = Extract<
  keyof NotificationParams,
  'event.changed' | 'event.cancelled' | 'event.reminder'
>

/** Where the event is, in the reader's language; the meeting link only for people with a place. */
function placeOf(event: Event, locale: Locale, withLink: boolean) {
  const t = messagesFor(locale).events
  const parts = [event.venue, event.city].filter(Boolean)
  if (event.format !== 'in_person')
    parts.push(withLink && event.meetingUrl ? event.meetingUrl : t.formats.online)
  return parts.join(', ')
}

/** The email's "Where" line in both languages: the venue, and the meeting link only for people with a place. */
const whereDetails = (event: Event, withLink: boolean): EmailDetails => ({
  facts: [
    {
      label: 'where',
      value: { en: placeOf(event, 'en', withLink), ja: placeOf(event, 'ja', withLink) },
    },
  ],
})

/** The calendar entry a person gets: the same UID for everyone, the link only for those with a place. */
export function calendarAttachment(event: Event, locale: Locale, withLink: boolean) {
  const url = new URL(eventLink(event.slug), getEnv().APP_ORIGIN).toString()
  const description = locale === 'ja' && event.descriptionJa ? event.descriptionJa : event.description
  return {
    filename: `${event.slug}.ics`,
    contentType:
      'text/calendar; charset=utf-8; method=' + (event.status === 'cancelled' ? 'CANCEL' : 'PUBLISH'),
    content: eventCalendarFile({
      id: event.id,
      sequence: event.sequence,
      cancelled: event.status === 'cancelled',
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      title: eventTitleIn(event, locale),
      description: `${description}\n\n${url}`,
      location: placeOf(event, locale, withLink),
      url,
    }),
  }
}

/** Tells one registered person what became of their registration, with the calendar entry once they have a place. */
export async function tellPerson(
  tx: Prisma.TransactionClient,
  event: Event,
  registration: { userId: string; status: string; personName: string },
  kind: 'event.registered' | 'event.waitlisted' | 'event.approved' | 'event.moved_up',
) {
  const notice = {
    kind,
    params: { ...eventParams(event), person: registration.personName },
    link: eventLink(event.slug),
  } as NotificationEvent
  const hasPlace = registration.status === 'approved'
  await notifyUsers(tx, [registration.userId], notice, {
    attachment: hasPlace ? ({ locale }) => calendarAttachment(event, locale, true) : undefined,
    details: whereDetails(event, hasPlace),
  })
}

export async function tellDeclined(
  tx: Prisma.TransactionClient,
  event: Event,
  registration: { userId: string; personName: string },
  reason: string,
) {
  await notifyUsers(
    tx,
    [registration.userId],
    {
      kind: 'event.declined',
      params: { ...eventParams(event), person: registration.personName, reason },
      link: eventLink(event.slug),
    },
    { details: whereDetails(event, false) },
  )
}

/** Tells everyone registered about a change, a cancellation or the coming day, with the calendar entry. */
export async function tellRegistrants(
  tx: Prisma.TransactionClient,
  event: Event,
  kind: EventKindOfNotice,
  only?: string[],
) {
  const registrations = await tx.eventRegistration.findMany({
    where: {
      eventId: event.id,
      status: { in: [...activeRegistrationStates] },
      ...(only ? { id: { in: only } } : {}),
    },
    select: { userId: true, status: true },
  })
  const withPlace = new Set(registrations.filter((r) => r.status === 'approved').map((r) => r.userId))
  const notice = { kind, params: eventParams(event), link: eventLink(event.slug) } as NotificationEvent
  for (const group of [true, false]) {
    const userIds = registrations.filter((r) => withPlace.has(r.userId) === group).map((r) => r.userId)
    await notifyUsers(tx, userIds, notice, {
      attachment: ({ locale }) => calendarAttachment(event, locale, group),
      details: whereDetails(event, group),
    })
  }
}

/**
 * Fills the places that are free with the waiting list, first come first served; each person moved up
 * is told. Runs inside the transaction that freed the places, with the event row locked.
 */
export async function moveUpFromWaitingList(tx: Prisma.TransactionClient, event: Event) {
  if (event.status !== 'published' || event.startsAt <= new Date()) return
  const taken = await tx.eventRegistration.count({
    where: { eventId: event.id, status: { in: [...placeTakingStates] } },
  })
  const free = event.capacity === null ? Number.MAX_SAFE_INTEGER : event.capacity - taken
  if (free <= 0) return
  const waiting = await tx.eventRegistration.findMany({
    where: { eventId: event.id, status: 'waitlisted' },
    orderBy: [{ waitingSince: 'asc' }, { id: 'asc' }],
    take: Math.min(free, 1000),
    select: { id: true, userId: true, user: { select: { displayName: true } } },
  })
  const status = event.needsApproval ? 'pending' : 'approved'
  for (const registration of waiting) {
    await tx.eventRegistration.update({
      where: { id: registration.id },
      data: { status, waitingSince: null, ...(status === 'approved' ? { decidedAt: new Date() } : {}) },
    })
    await tellPerson(
      tx,
      event,
      { userId: registration.userId, status, personName: registration.user.displayName },
      'event.moved_up',
    )
  }
}
