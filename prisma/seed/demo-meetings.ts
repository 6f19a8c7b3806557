import { acceptMeeting, requestMeeting } from '~/modules/meetings/booking.server'
import { meetingBlockSchema, meetingPlanSchema } from '~/modules/meetings/meeting-fields'
import { addMeetingBlock, addTables, saveMeetingPlan } from '~/modules/meetings/meeting-plan.server'
import { prisma } from '~/utils/db.server'

/**
 * The demo brokerage event's one-to-one meetings, set up the way staff do it: participants book,
 * Europe with Japan, one block of 20-minute meetings with 5-minute breaks at six tables, and one meeting
 * already booked and accepted between its two confirmed participants.
 */
export async function seedDemoMeetings(staffId: string, eventId: string, participants: [string, string]) {
  const event = await prisma.event.findUniqueOrThrow({ where: { id: eventId } })
  await saveMeetingPlan(
    staffId,
    eventId,
    meetingPlanSchema.parse({
      bookingMode: 'participants',
      requestRule: 'eu_japan',
      maxPendingRequests: '8',
      followUpMonths: '6',
    }),
  )
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: event.timeZone }).format(event.startsAt)
  await addMeetingBlock(
    staffId,
    eventId,
    meetingBlockSchema.parse({
      date,
      startTime: '14:15',
      endTime: '17:00',
      slotMinutes: '20',
      breakMinutes: '5',
    }),
  )
  await addTables(staffId, eventId, { count: 6, prefix: 'Table' })
  const slots = await prisma.eventSlot.findMany({ where: { eventId }, orderBy: { startsAt: 'asc' } })
  const [requesterId, inviteeId] = participants
  const meetingId = await requestMeeting({
    eventId,
    requesterId,
    form: {
      inviteeId,
      slotId: slots[1]!.id,
      message:
        'We collect end-of-life EV batteries in the Nordics and look for a cell partner in Japan for second-life modules.',
    },
  })
  await acceptMeeting({ meetingId, userId: inviteeId })
}
