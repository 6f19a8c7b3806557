import { eventForStaff } from '~/modules/events/event-admin.server'
import { inZone } from '~/modules/events/event-form-values'
import { eventTitleIn } from '~/modules/events/event-time'
import type { Locale } from '~/modules/i18n/locales'
import { dateTimeIn, describeMeetingTime, zoneCity } from '~/modules/introductions/meeting-time'
import { prisma } from '~/utils/db.server'
import { DomainError } from '~/utils/domain-error'
import { errorMessage } from '~/modules/i18n/message-keys'
import { tablePlan } from './agenda.server'
import { meetingNumbers, noShowsAt } from './meeting-numbers.server'
import { meetingSetup } from './meeting-plan.server'
import { minutesOf } from './meeting-rules'
import { unplacedWishes } from './schedule.server'

/** The brokerage event for staff's meeting pages; any other kind has no meetings to set up. */
export async function meetingEventForStaff(eventId: string) {
  const event = await eventForStaff(eventId)
  if (event.kind !== 'brokerage') throw new DomainError(errorMessage('meetingsOnlyAtBrokerage'), 404)
  return event
}

/** Everything the staff meetings page shows: rules, blocks, tables, the schedule by slot, and the numbers. */
export async function staffMeetingsPageData(eventId: string, timeZone: string, locale: Locale) {
  const event = await meetingEventForStaff(eventId)
  const [setup, plan, numbers, noShows, wishes] = await Promise.all([
    meetingSetup(event.id),
    tablePlan(event.id, timeZone, locale),
    meetingNumbers(event.id),
    noShowsAt(event.id),
    prisma.meetingWish.groupBy({ by: ['fromId'], where: { eventId: event.id }, _count: true }),
  ])
  const organiser = setup.plan.bookingMode === 'organiser'
  const zone = event.timeZone
  return {
    event: {
      id: event.id,
      slug: event.slug,
      title: eventTitleIn(event, locale),
      zone: zoneCity(zone, locale),
      firstDay: inZone(event.startsAt, zone, 'yyyy-MM-dd'),
      cancelled: event.status === 'cancelled',
    },
    plan: {
      bookingMode: setup.plan.bookingMode,
      requestRule: setup.plan.requestRule,
      maxPendingRequests: String(setup.plan.maxPendingRequests),
      closesDate: setup.plan.requestsCloseAt ? inZone(setup.plan.requestsCloseAt, zone, 'yyyy-MM-dd') : '',
      closesTime: setup.plan.requestsCloseAt ? inZone(setup.plan.requestsCloseAt, zone, 'HH:mm') : '',
      followUpMonths: String(setup.plan.followUpMonths),
      wishesClosedAt: setup.plan.wishesClosedAt
        ? dateTimeIn(setup.plan.wishesClosedAt, timeZone, locale)
        : null,
      publishedAt: setup.plan.publishedAt ? dateTimeIn(setup.plan.publishedAt, timeZone, locale) : null,
    },
    blocks: setup.blocks.map((block) => ({
      id: block.id,
      time: describeMeetingTime(block.startsAt, minutesOf(block), zone, locale).local,
      slots: block.slots.length,
      slotMinutes: block.slotMinutes,
      breakMinutes: block.breakMinutes,
    })),
    tables: setup.tables.map((table) => ({ id: table.id, name: table.name, roomUrl: table.roomUrl })),
    slots: plan.map((slot) => ({ id: slot.id, label: slot.time.local })),
    schedule: plan,
    unplaced: organiser ? await unplacedWishes(event.id) : [],
    wishes: { count: wishes.reduce((total, row) => total + row._count, 0), people: wishes.length },
    proposed: plan.reduce((n, slot) => n + slot.meetings.filter((m) => m.status === 'proposed').length, 0),
    numbers,
    noShows,
  }
}
