import { describe, expect, test } from 'vitest'
import { inEnglish, refusalOf as refusal } from '../../../tests/support/in-english'
import { createTestBrokerage, createTestParticipant } from '../../../prisma/seed/meeting-builders'
import { cancelRegistration } from '~/modules/events/registrations.server'
import { prisma } from '~/utils/db.server'
import { type DomainError } from '~/utils/domain-error'
import { agendaCalendar, agendaOf, rateMeeting } from './agenda.server'
import {
  acceptMeeting,
  cancelMeeting,
  declineMeeting,
  expireMeetingRequests,
  requestMeeting,
  setUnavailableSlots,
} from './booking.server'
import { meetingBlockSchema } from './meeting-fields'
import { meetingNumbers } from './meeting-numbers.server'
import { addMeetingBlock, deleteMeetingBlock, deleteTable } from './meeting-plan.server'

const ask = (
  eventId: string,
  from: string,
  to: string,
  slotId: string,
  message = 'Cathode recycling in Japan?',
) => requestMeeting({ eventId, requesterId: from, form: { inviteeId: to, slotId, message } })

const tableClaims = (slotId: string) =>
  prisma.meetingClaim.count({ where: { slotId, holder: { startsWith: 'table:' } } })

describe('participants book meetings', () => {
  test('a request holds the slot for both; the accepted meeting takes a table and reaches both agendas and calendars', async () => {
    const { event, slots } = await createTestBrokerage()
    const eu = await createTestParticipant(event.id, { country: 'BE' })
    const jp = await createTestParticipant(event.id, { country: 'JP' })
    const id = await ask(event.id, eu.member.id, jp.member.id, slots[0]!.id)
    expect(await prisma.meetingClaim.count({ where: { meetingId: id } })).toBe(4)
    const invitation = await prisma.emailMessage.findFirstOrThrow({
      where: { userId: jp.member.id, text: { contains: 'asks to meet you' } },
    })
    // In the invitee's zone (Tokyo, from their organisation's side), with Brussels and Tokyo beside.
    expect(invitation.text).toContain('(Tokyo time)')
    expect(invitation.text).toMatch(/\d\d:\d\d Brussels/)

    await acceptMeeting({ meetingId: id, userId: jp.member.id })
    const meeting = await prisma.eventMeeting.findUniqueOrThrow({ where: { id }, include: { table: true } })
    expect(meeting.status).toBe('accepted')
    expect(meeting.table!.name).toBe('Table 1')
    expect(await tableClaims(slots[0]!.id)).toBe(1)
    const confirmation = await prisma.emailMessage.findFirstOrThrow({
      where: { userId: eu.member.id, text: { contains: 'accepted your meeting' } },
    })
    expect((confirmation.attachment as { content: string }).content).toContain(
      `UID:event-meeting-${id}@eu-japan-circular.example`,
    )
    for (const person of [eu.member, jp.member]) {
      const agenda = await agendaOf(event.id, person.id, 'Asia/Tokyo', 'en')
      expect(agenda.map((item) => [item.id, item.table])).toEqual([[id, 'Table 1']])
      expect(agenda[0]!.time.local).toContain('(Tokyo time)')
    }
    const feed = await agendaCalendar(event.id, eu.member.id, 'en')
    expect(feed.match(/BEGIN:VEVENT/g)).toHaveLength(1)
    expect(feed).toContain('SEQUENCE:0')
  })

  test('two accepts at the same moment for the last table: one meeting gets it, the other is told no table is free', async () => {
    const { event, slots } = await createTestBrokerage({ tables: 1 })
    const [a, b, c, d] = await Promise.all([
      createTestParticipant(event.id, { country: 'FR' }),
      createTestParticipant(event.id, { country: 'JP' }),
      createTestParticipant(event.id, { country: 'DE' }),
      createTestParticipant(event.id, { country: 'JP' }),
    ])
    const first = await ask(event.id, a!.member.id, b!.member.id, slots[0]!.id)
    const second = await ask(event.id, c!.member.id, d!.member.id, slots[0]!.id)
    const results = await Promise.allSettled([
      acceptMeeting({ meetingId: first, userId: b!.member.id }),
      acceptMeeting({ meetingId: second, userId: d!.member.id }),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult
    expect(inEnglish((failed.reason as DomainError).message)).toBe(
      'Every table is taken at this time: choose another time.',
    )
    expect(await tableClaims(slots[0]!.id)).toBe(1)
    expect(await prisma.eventMeeting.count({ where: { eventId: event.id, status: 'accepted' } })).toBe(1)
  })

  test('two requests for the same person and slot at once: one holds it, the other is refused', async () => {
    const { event, slots } = await createTestBrokerage()
    const [jp, eu1, eu2] = await Promise.all([
      createTestParticipant(event.id, { country: 'JP' }),
      createTestParticipant(event.id, { country: 'IT' }),
      createTestParticipant(event.id, { country: 'ES' }),
    ])
    const results = await Promise.allSettled([
      ask(event.id, eu1!.member.id, jp!.member.id, slots[1]!.id),
      ask(event.id, eu2!.member.id, jp!.member.id, slots[1]!.id),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult
    expect(inEnglish((failed.reason as DomainError).message)).toMatch(/already has a meeting/)
    expect(
      await prisma.meetingClaim.count({ where: { slotId: slots[1]!.id, holder: `person:${jp!.member.id}` } }),
    ).toBe(1)
  })

  test('the database itself refuses a second claim on a person, organisation or table in a slot', async () => {
    const { event, slots, tables } = await createTestBrokerage()
    const jp = await createTestParticipant(event.id, { country: 'JP' })
    await prisma.meetingClaim.create({ data: { slotId: slots[0]!.id, holder: `table:${tables[0]!.id}` } })
    await expect(
      prisma.meetingClaim.create({ data: { slotId: slots[0]!.id, holder: `table:${tables[0]!.id}` } }),
    ).rejects.toThrow()
    await expect(
      prisma.meetingClaim.create({ data: { slotId: slots[0]!.id, holder: `someone:${jp.member.id}` } }),
    ).rejects.toThrow()
  })

  test('bad requests get a clear message and change nothing', async () => {
    const { event, slots } = await createTestBrokerage({ maxPending: 1 })
    const eu = await createTestParticipant(event.id, { country: 'BE' })
    const euOther = await createTestParticipant(event.id, { country: 'NL' })
    const jp = await createTestParticipant(event.id, { country: 'JP' })
    const jp2 = await createTestParticipant(event.id, { country: 'JP' })
    const colleague = await prisma.user.create({
      data: {
        email: `colleague-${Date.now()}@example.com`,
        displayName: 'Colleague',
        emailVerifiedAt: new Date(),
      },
    })
    await prisma.organisationMember.create({
      data: { organisationId: jp.organisation.id, userId: colleague.id },
    })
    const outsider = await createTestParticipant(event.id, { country: 'JP' })
    await prisma.eventRegistration.updateMany({
      where: { userId: outsider.member.id },
      data: { status: 'pending' },
    })
    const before = await prisma.eventMeeting.count({ where: { eventId: event.id } })
    expect(await refusal(ask(event.id, eu.member.id, eu.member.id, slots[0]!.id))).toBe(
      'You cannot request a meeting with yourself.',
    )
    expect(await refusal(ask(event.id, eu.member.id, euOther.member.id, slots[0]!.id))).toBe(
      'At this event meetings are between organisations in Europe and in Japan.',
    )
    expect(await refusal(ask(event.id, eu.member.id, colleague.id, slots[0]!.id))).toBe(
      'This person is not a participant of the event.',
    )
    expect(await refusal(ask(event.id, eu.member.id, jp.member.id, 'no-such-slot'))).toBe(
      'No such meeting slot at this event.',
    )
    expect(await refusal(ask(event.id, outsider.member.id, jp.member.id, slots[0]!.id))).toMatch(
      /confirmed place/,
    )
    await ask(event.id, eu.member.id, jp.member.id, slots[0]!.id)
    expect(await refusal(ask(event.id, eu.member.id, jp2.member.id, slots[1]!.id))).toBe(
      'You already have 1 requests waiting for an answer: wait for answers or call one off first.',
    )
    expect(await refusal(ask(event.id, jp2.member.id, eu.member.id, slots[0]!.id))).toMatch(
      /already has a meeting/,
    )
    const late = new Date(slots[0]!.startsAt.getTime() + 60_000)
    expect(
      await refusal(
        requestMeeting({
          eventId: event.id,
          requesterId: jp2.member.id,
          form: { inviteeId: euOther.member.id, slotId: slots[1]!.id, message: 'A late request' },
          now: late,
        }),
      ),
    ).toBe('Meeting requests for this event have closed.')
    expect(await prisma.eventMeeting.count({ where: { eventId: event.id } })).toBe(before + 1)
  })

  test('a person’s colleagues cannot be booked in the same slot: the organisation is claimed too', async () => {
    const { event, slots } = await createTestBrokerage({ tables: 5 })
    const eu = await createTestParticipant(event.id, { country: 'BE' })
    const jp = await createTestParticipant(event.id, { country: 'JP' })
    const jp2 = await createTestParticipant(event.id, { country: 'JP' })
    const colleague = await prisma.user.create({
      data: {
        email: `c-${Date.now()}@example.com`,
        displayName: 'Second Person',
        emailVerifiedAt: new Date(),
      },
    })
    await prisma.organisationMember.create({
      data: { organisationId: eu.organisation.id, userId: colleague.id },
    })
    await prisma.eventRegistration.create({
      data: {
        eventId: event.id,
        userId: colleague.id,
        organisationId: eu.organisation.id,
        registeredById: eu.member.id,
        status: 'approved',
        mode: 'on_site',
      },
    })
    await ask(event.id, eu.member.id, jp.member.id, slots[0]!.id)
    expect(await refusal(ask(event.id, colleague.id, jp2.member.id, slots[0]!.id))).toMatch(
      /already has a meeting/,
    )
    expect(await ask(event.id, colleague.id, jp2.member.id, slots[1]!.id)).toBeTruthy()
  })

  test('unavailable slots refuse requests; a slot with a meeting cannot be marked', async () => {
    const { event, slots } = await createTestBrokerage()
    const eu = await createTestParticipant(event.id, { country: 'BE' })
    const jp = await createTestParticipant(event.id, { country: 'JP' })
    await setUnavailableSlots({ eventId: event.id, userId: jp.member.id, slotIds: [slots[0]!.id] })
    expect(await refusal(ask(event.id, eu.member.id, jp.member.id, slots[0]!.id))).toMatch(/unavailable/)
    await ask(event.id, eu.member.id, jp.member.id, slots[1]!.id)
    expect(
      await refusal(
        setUnavailableSlots({ eventId: event.id, userId: jp.member.id, slotIds: [slots[1]!.id] }),
      ),
    ).toBe('You have a meeting or a request in one of these slots: call it off first.')
    // The refused change left the earlier mark in place.
    expect(
      await prisma.meetingClaim.count({ where: { holder: `person:${jp.member.id}`, meetingId: null } }),
    ).toBe(1)
  })

  test('decline and call off free the slot; requests still waiting expire at the cut-off', async () => {
    const { event, slots } = await createTestBrokerage()
    const eu = await createTestParticipant(event.id, { country: 'BE' })
    const jp = await createTestParticipant(event.id, { country: 'JP' })
    const declined = await ask(event.id, eu.member.id, jp.member.id, slots[0]!.id)
    expect(await refusal(acceptMeeting({ meetingId: declined, userId: eu.member.id }))).toBe(
      'This meeting is not in a state that allows this.',
    )
    await declineMeeting({ meetingId: declined, userId: jp.member.id })
    expect(await prisma.meetingClaim.count({ where: { meetingId: declined } })).toBe(0)
    const accepted = await ask(event.id, eu.member.id, jp.member.id, slots[0]!.id)
    await acceptMeeting({ meetingId: accepted, userId: jp.member.id })
    await cancelMeeting({ meetingId: accepted, userId: eu.member.id })
    expect(await prisma.meetingClaim.count({ where: { meetingId: accepted } })).toBe(0)
    expect(await prisma.followUp.count({ where: { meetingId: accepted } })).toBe(0)
    const waiting = await ask(event.id, eu.member.id, jp.member.id, slots[1]!.id)
    expect(await expireMeetingRequests(new Date())).toBe(0)
    // Other tests' events of this file share the database: only this request's fate is checked.
    expect(await expireMeetingRequests(new Date(slots[0]!.startsAt.getTime() + 1000))).toBeGreaterThanOrEqual(
      1,
    )
    expect((await prisma.eventMeeting.findUniqueOrThrow({ where: { id: waiting } })).status).toBe('expired')
    expect(await prisma.meetingClaim.count({ where: { meetingId: waiting } })).toBe(0)
    expect(
      await prisma.emailMessage.count({
        where: { userId: eu.member.id, text: { contains: 'expired unanswered' } },
      }),
    ).toBe(1)
  })

  test('a cancelled registration calls off the person’s meetings', async () => {
    const { event, slots } = await createTestBrokerage()
    const eu = await createTestParticipant(event.id, { country: 'BE' })
    const jp = await createTestParticipant(event.id, { country: 'JP' })
    const id = await ask(event.id, eu.member.id, jp.member.id, slots[0]!.id)
    await acceptMeeting({ meetingId: id, userId: jp.member.id })
    const registration = await prisma.eventRegistration.findFirstOrThrow({
      where: { eventId: event.id, userId: jp.member.id },
    })
    await cancelRegistration({ registrationId: registration.id, actorId: jp.member.id })
    expect((await prisma.eventMeeting.findUniqueOrThrow({ where: { id } })).status).toBe('cancelled')
    expect(await prisma.meetingClaim.count({ where: { meetingId: id } })).toBe(0)
  })
})

describe('staff set up blocks and tables', () => {
  test('a block outside the event, overlapping another or too short is refused; one with meetings cannot go', async () => {
    const { event, staff, slots, tables } = await createTestBrokerage({ tables: 1 })
    const date = event.startsAt.toISOString().slice(0, 10)
    const block = (startTime: string, endTime: string, slotMinutes = '20') =>
      meetingBlockSchema.parse({ date, startTime, endTime, slotMinutes, breakMinutes: '5' })
    expect(await refusal(addMeetingBlock(staff.id, event.id, block('19:00', '20:00')))).toBe(
      'The block must lie within the event’s own times.',
    )
    expect(await refusal(addMeetingBlock(staff.id, event.id, block('14:30', '15:30')))).toBe(
      'This block overlaps another block of the event.',
    )
    expect(await refusal(addMeetingBlock(staff.id, event.id, block('16:00', '16:10')))).toBe(
      'The block is too short for a single meeting of this length.',
    )
    expect(await refusal(addMeetingBlock(staff.id, event.id, block('16:00', '15:00')))).toBe(
      'The block must end after it starts.',
    )
    expect(
      meetingBlockSchema.safeParse({
        date,
        startTime: '16:00',
        endTime: '17:00',
        slotMinutes: '-3',
        breakMinutes: '5',
      }).success,
    ).toBe(false)
    expect(await addMeetingBlock(staff.id, event.id, block('16:00', '17:00', '30'))).toEqual({ slots: 1 })

    const eu = await createTestParticipant(event.id, { country: 'BE' })
    const jp = await createTestParticipant(event.id, { country: 'JP' })
    const id = await ask(event.id, eu.member.id, jp.member.id, slots[0]!.id)
    await acceptMeeting({ meetingId: id, userId: jp.member.id })
    expect(await refusal(deleteMeetingBlock(staff.id, event.id, slots[0]!.blockId))).toBe(
      '1 meeting is in this block: move or remove them first.',
    )
    expect(await refusal(deleteTable(staff.id, event.id, tables[0]!.id))).toBe(
      '1 meeting is at this table: move or remove them first.',
    )
    expect(await prisma.eventSlot.count({ where: { eventId: event.id } })).toBe(3)
    await cancelMeeting({ meetingId: id, userId: jp.member.id })
    await deleteMeetingBlock(staff.id, event.id, slots[0]!.blockId)
    expect(await prisma.eventSlot.count({ where: { eventId: event.id } })).toBe(1)
  })
})

describe('what came of a meeting', () => {
  test('each side rates once after it started; numbers count held meetings and no-shows', async () => {
    const { event, slots } = await createTestBrokerage()
    const eu = await createTestParticipant(event.id, { country: 'BE' })
    const jp = await createTestParticipant(event.id, { country: 'JP' })
    const outsider = await createTestParticipant(event.id, { country: 'FR' })
    const id = await ask(event.id, eu.member.id, jp.member.id, slots[0]!.id)
    await acceptMeeting({ meetingId: id, userId: jp.member.id })
    const after = new Date(slots[0]!.endsAt.getTime() + 60_000)
    expect(
      await refusal(rateMeeting({ userId: eu.member.id, form: { meetingId: id, outcome: 'informative' } })),
    ).toBe('You can say how the meeting went once it has started.')
    expect(
      await refusal(
        rateMeeting({
          userId: outsider.member.id,
          form: { meetingId: id, outcome: 'informative' },
          now: after,
        }),
      ),
    ).toBe('No such meeting.')
    await rateMeeting({
      userId: eu.member.id,
      form: { meetingId: id, outcome: 'cooperation_possible' },
      now: after,
    })
    expect(
      await refusal(
        rateMeeting({ userId: eu.member.id, form: { meetingId: id, outcome: 'not_held' }, now: after }),
      ),
    ).toBe('You have already said how this meeting went.')
    expect((await meetingNumbers(event.id, after)).held).toBe(1)
    await rateMeeting({ userId: jp.member.id, form: { meetingId: id, outcome: 'not_held' }, now: after })
    const numbers = await meetingNumbers(event.id, after)
    expect(numbers).toMatchObject({ requested: 1, accepted: 1, held: 0, noShows: 1, noShowRate: 1 })
    expect(numbers.outcomes).toMatchObject({ cooperation_possible: 1, not_held: 1 })
  })
})
