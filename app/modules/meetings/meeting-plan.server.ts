import type { z } from 'zod'
import type { Event, Prisma } from '~/generated/prisma/client'
import { recordAudit, type AuditAction } from '~/modules/audit/audit.server'
import { lockEvent } from '~/modules/events/events.server'
import { errorMessage } from '~/modules/i18n/message-keys'
import { NonexistentLocalTimeError, wallClockToInstant } from '~/modules/introductions/meeting-time'
import { prisma } from '~/utils/db.server'
import { DomainError } from '~/utils/domain-error'
import type { addTablesSchema, meetingBlockSchema, meetingPlanSchema, tableSchema } from './meeting-fields'
import { slotHoldingStates, slotsOfBlock } from './meeting-rules'

/** The rules an event has before staff change them. */
export const defaultPlan = {
  bookingMode: 'participants',
  requestRule: 'eu_japan',
  maxPendingRequests: 10,
  requestsCloseAt: null,
  wishesClosedAt: null,
  publishedAt: null,
  followUpMonths: 6,
} as const

/** One-to-one meetings exist only at brokerage events that are not cancelled. */
export function assertMeetingsAt(event: Pick<Event, 'kind' | 'status'>) {
  if (event.kind !== 'brokerage') throw new DomainError(errorMessage('meetingsOnlyAtBrokerage'), 404)
  if (event.status === 'cancelled') throw new DomainError(errorMessage('eventCancelled'), 409)
}

/** The event, locked, checked to hold meetings: every change to its meeting set-up queues behind it. */
export async function lockMeetingEvent(tx: Prisma.TransactionClient, eventId: string) {
  const event = await lockEvent(tx, eventId)
  assertMeetingsAt(event)
  return event
}

/** The event's rules, blocks with their slots, and tables, in order. */
export async function meetingSetup(eventId: string, db: Prisma.TransactionClient = prisma) {
  const [plan, blocks, tables] = await Promise.all([
    db.meetingPlan.findUnique({ where: { eventId } }),
    db.meetingBlock.findMany({
      where: { eventId },
      orderBy: { startsAt: 'asc' },
      include: { slots: { orderBy: { startsAt: 'asc' } } },
    }),
    db.eventTable.findMany({ where: { eventId }, orderBy: { position: 'asc' } }),
  ])
  return { plan: plan ?? { eventId, ...defaultPlan }, blocks, tables, slots: blocks.flatMap((b) => b.slots) }
}

export type MeetingSetup = Awaited<ReturnType<typeof meetingSetup>>

function instantIn(event: Event, date: string, time: string, field: string) {
  try {
    return wallClockToInstant(date, time, event.timeZone)
  } catch (error) {
    if (error instanceof NonexistentLocalTimeError)
      throw new DomainError(errorMessage('timeSkipped'), 400, field)
    throw error
  }
}

/** Every change to an event's meeting set-up writes one audit entry on the event. */
const auditSetUp = (
  tx: Prisma.TransactionClient,
  staffId: string,
  eventId: string,
  action: AuditAction,
  details: Prisma.InputJsonObject,
) => recordAudit(tx, { actorId: staffId, action, targetType: 'event', targetId: eventId, details })

const activeMeetingCount = (tx: Prisma.TransactionClient, where: Prisma.EventMeetingWhereInput) =>
  tx.eventMeeting.count({ where: { ...where, status: { in: [...slotHoldingStates] } } })

export async function saveMeetingPlan(
  staffId: string,
  eventId: string,
  form: z.output<typeof meetingPlanSchema>,
) {
  await prisma.$transaction(async (tx) => {
    const event = await lockMeetingEvent(tx, eventId)
    const current = await tx.meetingPlan.findUnique({ where: { eventId } })
    const closesAt = form.closesDate
      ? instantIn(event, form.closesDate, form.closesTime ?? '23:59', 'closesDate')
      : null
    if (closesAt && closesAt > event.endsAt)
      throw new DomainError(errorMessage('cutOffAfterEvent'), 400, 'closesDate')
    // Meetings booked one way are not turned into the other's: the mode is fixed once any holds a slot.
    if ((current?.bookingMode ?? defaultPlan.bookingMode) !== form.bookingMode)
      if (await activeMeetingCount(tx, { eventId }))
        throw new DomainError(errorMessage('bookingModeLocked'), 409, 'bookingMode')
    const data = {
      bookingMode: form.bookingMode,
      requestRule: form.requestRule,
      maxPendingRequests: form.maxPendingRequests,
      requestsCloseAt: closesAt,
      followUpMonths: form.followUpMonths,
    }
    await tx.meetingPlan.upsert({ where: { eventId }, create: { eventId, ...data }, update: data })
    await auditSetUp(tx, staffId, eventId, 'meetings.plan', {
      ...data,
      requestsCloseAt: closesAt?.toISOString() ?? null,
    })
  })
}

/** Adds a block inside the event's time, overlapping no other, with its slots. */
export async function addMeetingBlock(
  staffId: string,
  eventId: string,
  form: z.output<typeof meetingBlockSchema>,
) {
  return prisma.$transaction(async (tx) => {
    const event = await lockMeetingEvent(tx, eventId)
    const startsAt = instantIn(event, form.date, form.startTime, 'startTime')
    const endsAt = instantIn(event, form.date, form.endTime, 'endTime')
    if (endsAt <= startsAt) throw new DomainError(errorMessage('blockEndsBeforeStart'), 400, 'endTime')
    if (startsAt < event.startsAt || endsAt > event.endsAt)
      throw new DomainError(errorMessage('blockOutsideEvent'), 400, 'date')
    const overlapping = await tx.meetingBlock.findFirst({
      where: { eventId, startsAt: { lt: endsAt }, endsAt: { gt: startsAt } },
    })
    if (overlapping) throw new DomainError(errorMessage('blocksOverlap'), 409, 'startTime')
    const block = { startsAt, endsAt, slotMinutes: form.slotMinutes, breakMinutes: form.breakMinutes }
    const slots = slotsOfBlock(block)
    if (!slots.length) throw new DomainError(errorMessage('blockTooShort'), 400, 'slotMinutes')
    const created = await tx.meetingBlock.create({
      data: {
        eventId,
        ...block,
        slots: { createMany: { data: slots.map((slot) => ({ eventId, ...slot })) } },
      },
    })
    await auditSetUp(tx, staffId, eventId, 'meetings.block_add', { blockId: created.id, slots: slots.length })
    return { slots: slots.length }
  })
}

/** A block goes only once no meeting holds one of its slots: they are moved or removed first. */
export async function deleteMeetingBlock(staffId: string, eventId: string, blockId: string) {
  await prisma.$transaction(async (tx) => {
    await lockMeetingEvent(tx, eventId)
    const block = await tx.meetingBlock.findFirst({ where: { id: blockId, eventId } })
    if (!block) throw new DomainError(errorMessage('noSuchBlock'), 404)
    const meetings = await activeMeetingCount(tx, { slot: { blockId } })
    if (meetings) throw new DomainError(errorMessage('blockHasMeetings', { count: meetings }), 409)
    await tx.meetingBlock.delete({ where: { id: blockId } })
    await auditSetUp(tx, staffId, eventId, 'meetings.block_delete', { blockId })
  })
}

export async function addTables(staffId: string, eventId: string, form: z.output<typeof addTablesSchema>) {
  await prisma.$transaction(async (tx) => {
    await lockMeetingEvent(tx, eventId)
    const existing = await tx.eventTable.findMany({
      where: { eventId },
      select: { name: true, position: true },
    })
    if (existing.length + form.count > 500)
      throw new DomainError(errorMessage('tooManyTables', { max: 500 }), 400, 'count')
    const names = new Set(existing.map((table) => table.name))
    let position = Math.max(0, ...existing.map((table) => table.position))
    let number = 0
    const data: Prisma.EventTableCreateManyInput[] = []
    while (data.length < form.count) {
      const name = `${form.prefix} ${++number}`
      if (names.has(name)) continue
      data.push({ eventId, name, position: ++position })
    }
    await tx.eventTable.createMany({ data })
    await auditSetUp(tx, staffId, eventId, 'meetings.tables_add', { count: form.count })
  })
}

export async function changeTable(staffId: string, eventId: string, form: z.output<typeof tableSchema>) {
  await prisma.$transaction(async (tx) => {
    await lockMeetingEvent(tx, eventId)
    const table = await tx.eventTable.findFirst({ where: { id: form.tableId, eventId } })
    if (!table) throw new DomainError(errorMessage('noSuchTable'), 404)
    const clash = await tx.eventTable.findFirst({
      where: { eventId, name: form.name, id: { not: table.id } },
    })
    if (clash) throw new DomainError(errorMessage('tableNameTaken'), 409, 'name')
    await tx.eventTable.update({ where: { id: table.id }, data: { name: form.name, roomUrl: form.roomUrl } })
    // A new room link changes where the meetings take place: calendars update their entries.
    if (form.roomUrl !== table.roomUrl)
      await tx.eventMeeting.updateMany({ where: { tableId: table.id }, data: { sequence: { increment: 1 } } })
    await auditSetUp(tx, staffId, eventId, 'meetings.table_change', { tableId: table.id, name: form.name })
  })
}

export async function deleteTable(staffId: string, eventId: string, tableId: string) {
  await prisma.$transaction(async (tx) => {
    await lockMeetingEvent(tx, eventId)
    const table = await tx.eventTable.findFirst({ where: { id: tableId, eventId } })
    if (!table) throw new DomainError(errorMessage('noSuchTable'), 404)
    const meetings = await activeMeetingCount(tx, { tableId })
    if (meetings) throw new DomainError(errorMessage('tableHasMeetings', { count: meetings }), 409)
    await tx.eventTable.delete({ where: { id: tableId } })
    await auditSetUp(tx, staffId, eventId, 'meetings.table_delete', { tableId, name: table.name })
  })
}
