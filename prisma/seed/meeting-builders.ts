import { register } from '~/modules/events/registrations.server'
import { meetingBlockSchema, meetingPlanSchema } from '~/modules/meetings/meeting-fields'
import { addMeetingBlock, addTables, saveMeetingPlan } from '~/modules/meetings/meeting-plan.server'
import { prisma } from '~/utils/db.server'
import { createTestEvent, createTestOrganisation } from './builders'

type BrokerageOptions = {
  mode?: 'participants' | 'organiser'
  rule?: 'eu_japan' | 'everyone'
  maxPending?: number
  tables?: number
  /** Blocks as [from, to] on the event's day, in Brussels time. */
  blocks?: [string, string][]
  slotMinutes?: number
  breakMinutes?: number
  daysAhead?: number
}

/**
 * A published brokerage event set up for one-to-one meetings the way staff do it: rules, blocks and
 * tables. By default one block 14:00-15:00 of 20-minute meetings with 5-minute breaks (two slots).
 */
export async function createTestBrokerage(options: BrokerageOptions = {}) {
  const { event, staff } = await createTestEvent(
    { kind: 'brokerage', format: 'hybrid', city: 'Brussels', startTime: '13:00', endTime: '18:00' },
    { daysAhead: options.daysAhead ?? 21 },
  )
  await saveMeetingPlan(
    staff.id,
    event.id,
    meetingPlanSchema.parse({
      bookingMode: options.mode ?? 'participants',
      requestRule: options.rule ?? 'eu_japan',
      maxPendingRequests: String(options.maxPending ?? 10),
      followUpMonths: '6',
    }),
  )
  const date = event.startsAt.toISOString().slice(0, 10)
  for (const [startTime, endTime] of options.blocks ?? [['14:00', '15:00']])
    await addMeetingBlock(
      staff.id,
      event.id,
      meetingBlockSchema.parse({
        date,
        startTime,
        endTime,
        slotMinutes: String(options.slotMinutes ?? 20),
        breakMinutes: String(options.breakMinutes ?? 5),
      }),
    )
  if (options.tables !== 0)
    await addTables(staff.id, event.id, { count: options.tables ?? 2, prefix: 'Table' })
  const slots = await prisma.eventSlot.findMany({
    where: { eventId: event.id },
    orderBy: { startsAt: 'asc' },
  })
  const tables = await prisma.eventTable.findMany({
    where: { eventId: event.id },
    orderBy: { position: 'asc' },
  })
  return { event, staff, slots, tables }
}

/** An approved organisation whose member has a confirmed place at the event. */
export async function createTestParticipant(eventId: string, organisation: Record<string, unknown> = {}) {
  const made = await createTestOrganisation(organisation)
  await register({
    eventId,
    actorId: made.member.id,
    people: [made.member.id],
    mode: 'on_site',
    answer: null,
    listed: true,
  })
  return made
}
