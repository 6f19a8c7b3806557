import { calendarDateIn, brusselsTimeZone } from '~/modules/introductions/meeting-time'
import { eventTitleIn } from '~/modules/events/event-time'
import type { Locale } from '~/modules/i18n/locales'
import { messagesFor } from '~/modules/i18n/messages'
import { prisma } from '~/utils/db.server'
import type { Chart } from './chart'

const eventsShown = 12

/**
 * Events over time: confirmed registrations per event (the latest published ones, oldest first), and
 * attendance per past event once staff recorded it.
 */
export async function eventCharts(now: Date, locale: Locale): Promise<Chart[]> {
  const t = messagesFor(locale).staff.charts
  const events = await prisma.event.findMany({
    where: { status: 'published' },
    orderBy: { startsAt: 'desc' },
    take: eventsShown,
    select: {
      id: true,
      title: true,
      titleJa: true,
      startsAt: true,
      endsAt: true,
      _count: { select: { registrations: { where: { status: 'approved' } } } },
    },
  })
  const attended = await prisma.eventRegistration.groupBy({
    by: ['eventId'],
    where: { eventId: { in: events.map((event) => event.id) }, attended: true },
    _count: { _all: true },
  })
  const attendedBy = new Map(attended.map((row) => [row.eventId, row._count._all]))
  const label = (event: (typeof events)[number]) =>
    `${calendarDateIn(event.startsAt, brusselsTimeZone, locale)}: ${eventTitleIn(event, locale)}`
  const inOrder = [...events].reverse()
  return [
    {
      id: 'event-registrations',
      ...t.eventRegistrations,
      namedLabels: true,
      bars: inOrder.map((event) => ({ label: label(event), value: event._count.registrations })),
    },
    {
      id: 'event-attendance',
      ...t.eventAttendance,
      namedLabels: true,
      bars: inOrder
        .filter((event) => event.endsAt <= now)
        .map((event) => ({ label: label(event), value: attendedBy.get(event.id) ?? 0 })),
    },
  ]
}
