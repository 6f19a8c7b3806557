import { eventTitleIn } from '~/modules/events/event-time'
import type { Locale } from '~/modules/i18n/locales'
import { messagesFor } from '~/modules/i18n/messages'
import { brusselsTimeZone, calendarDateIn } from '~/modules/introductions/meeting-time'
import { meetingNumbers, meetingNumbersByMonth } from '~/modules/meetings/meeting-numbers.server'
import { prisma } from '~/utils/db.server'
import type { Chart } from './chart'

const eventsShown = 12

/**
 * What the one-to-one meetings achieved, per event and over time: meetings confirmed and held per
 * brokerage event, how meetings went, and the agreements the organisations reported later, by kind.
 */
export async function meetingCharts(now: Date, locale: Locale): Promise<Chart[]> {
  const t = messagesFor(locale).staff.charts
  const texts = messagesFor(locale).meetings
  const events = await prisma.event.findMany({
    where: { status: 'published', kind: 'brokerage' },
    orderBy: { startsAt: 'desc' },
    take: eventsShown,
    select: { id: true, title: true, titleJa: true, startsAt: true },
  })
  const [perEvent, all, months] = await Promise.all([
    Promise.all(events.map((event) => meetingNumbers(event.id, now))),
    meetingNumbers(null, now),
    meetingNumbersByMonth(now),
  ])
  const label = (event: (typeof events)[number]) =>
    `${calendarDateIn(event.startsAt, brusselsTimeZone, locale)}: ${eventTitleIn(event, locale)}`
  const inOrder = events.map((event, index) => ({ event, numbers: perEvent[index]! })).reverse()
  return [
    {
      id: 'meetings-per-event',
      ...t.meetingsPerEvent,
      namedLabels: true,
      bars: inOrder.map(({ event, numbers }) => ({
        label: label(event),
        value: numbers.accepted + numbers.scheduled,
      })),
    },
    {
      id: 'meetings-held-per-event',
      ...t.meetingsHeldPerEvent,
      namedLabels: true,
      bars: inOrder.map(({ event, numbers }) => ({ label: label(event), value: numbers.held })),
    },
    {
      id: 'meetings-by-month',
      ...t.meetingsByMonth,
      bars: months.map((month) => ({ label: month.month, value: month.held })),
    },
    {
      id: 'meeting-outcomes',
      ...t.meetingOutcomes,
      bars: Object.entries(all.outcomes).map(([outcome, value]) => ({
        label: texts.outcomes[outcome as keyof typeof texts.outcomes],
        value,
      })),
    },
    {
      id: 'agreements-by-kind',
      ...t.agreementsByKind,
      bars: Object.entries(all.agreements).map(([kind, value]) => ({
        label: texts.agreementKinds[kind as keyof typeof texts.agreementKinds],
        value,
      })),
    },
  ]
}
