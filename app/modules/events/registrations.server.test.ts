import { describe, expect, test } from 'vitest'
import { inEnglish, refusalOf as refusal } from '../../../tests/support/in-english'
import {
  createTestAccount,
  createTestEvent,
  createTestOrganisation,
  anEventForm,
} from '../../../prisma/seed/builders'
import { clockTimeIn } from '~/modules/introductions/meeting-time'
import { prisma } from '~/utils/db.server'
import { type DomainError } from '~/utils/domain-error'
import { eventInputSchema } from './event-fields'
import { inZone } from './event-form-values'
import { sendEventReminders } from './reminders.server'
import { cancelEvent, updateEvent } from './events.server'
import {
  approveRegistration,
  cancelRegistration,
  declineRegistration,
  recordAttendance,
  register,
} from './registrations.server'

/** An approved organisation with `count` people in it. */
async function company(count = 1, overrides: Record<string, unknown> = {}) {
  const { organisation, member } = await createTestOrganisation(overrides)
  const people = [member]
  for (let i = 1; i < count; i++) {
    const colleague = await createTestAccount()
    await prisma.organisationMember.create({
      data: { organisationId: organisation.id, userId: colleague.id },
    })
    people.push(colleague)
  }
  return { organisation, people }
}

const statusOf = async (eventId: string, userId: string) =>
  (await prisma.eventRegistration.findUnique({ where: { eventId_userId: { eventId, userId } } }))?.status

const emailsTo = (userId: string) =>
  prisma.emailMessage.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } })

describe('registering for an event', () => {
  test('without approval a place is immediate, and the person gets the email with the calendar entry', async () => {
    const { event } = await createTestEvent()
    const { people } = await company()
    const [person] = people
    await register({
      eventId: event.id,
      actorId: person!.id,
      people: [person!.id],
      answer: 'Partners',
      listed: true,
    })
    expect(await statusOf(event.id, person!.id)).toBe('approved')
    const [email] = await emailsTo(person!.id)
    expect(email!.text).toContain(event.title)
    expect(email!.text).toContain(`09:30 in Brussels (${clockTimeIn(event.startsAt, 'Asia/Tokyo')} in Tokyo)`)
    const attachment = email!.attachment as { content: string; filename: string }
    expect(attachment.filename).toBe(`${event.slug}.ics`)
    expect(attachment.content).toContain(`UID:event-${event.id}@eu-japan-circular.example`)
    expect(attachment.content).toContain('https://zoom.example/j/123456')
  })

  test('with approval the registration waits; staff approve or decline with a reason', async () => {
    const { event, staff } = await createTestEvent({ needsApproval: 'on' })
    const { people } = await company(2)
    const [first, second] = people
    const made = await register({
      eventId: event.id,
      actorId: first!.id,
      people: [first!.id, second!.id],
      answer: null,
      listed: false,
    })
    expect(made.map((r) => r.status)).toEqual(['pending', 'pending'])
    expect((await emailsTo(first!.id))[0]!.attachment).toBeNull()
    await approveRegistration(staff.id, made[0]!.id)
    await declineRegistration(staff.id, made[1]!.id, 'One person per company for this webinar.')
    expect(await statusOf(event.id, first!.id)).toBe('approved')
    expect(await statusOf(event.id, second!.id)).toBe('declined')
    expect((await emailsTo(second!.id)).at(-1)!.text).toContain('One person per company for this webinar.')
    expect(await prisma.auditEntry.count({ where: { targetId: { in: made.map((r) => r.id) } } })).toBe(2)
    expect(await refusal(approveRegistration(staff.id, made[1]!.id))).toBe(
      'This registration is not in a state that allows this.',
    )
  })

  test('a full event puts later people on the waiting list, who move up in order when places free', async () => {
    const { event } = await createTestEvent({ capacity: '2' })
    const { people } = await company(4)
    const [a, b, c, d] = people
    await register({
      eventId: event.id,
      actorId: a!.id,
      people: [a!.id, b!.id, c!.id],
      answer: null,
      listed: true,
    })
    await register({ eventId: event.id, actorId: d!.id, people: [d!.id], answer: null, listed: true })
    expect([await statusOf(event.id, c!.id), await statusOf(event.id, d!.id)]).toEqual([
      'waitlisted',
      'waitlisted',
    ])
    const registrationOf = (userId: string) =>
      prisma.eventRegistration.findUniqueOrThrow({ where: { eventId_userId: { eventId: event.id, userId } } })
    await cancelRegistration({ registrationId: (await registrationOf(a!.id)).id, actorId: a!.id })
    expect(await statusOf(event.id, a!.id)).toBe('cancelled')
    expect(await statusOf(event.id, c!.id)).toBe('approved')
    expect(await statusOf(event.id, d!.id)).toBe('waitlisted')
    expect((await emailsTo(c!.id)).at(-1)!.text).toContain('moves up from the waiting list')
  })

  test('two people sent at once for the last place: exactly one gets it, the other waits', async () => {
    const { event } = await createTestEvent({ capacity: '1' })
    const [first, second] = await Promise.all([company(), company()])
    const results = await Promise.all(
      [first, second].map(({ people: [person] }) =>
        register({
          eventId: event.id,
          actorId: person!.id,
          people: [person!.id],
          answer: null,
          listed: true,
        }),
      ),
    )
    expect(results.map(([r]) => r!.status).sort()).toEqual(['approved', 'waitlisted'])
    expect(await prisma.eventRegistration.count({ where: { eventId: event.id, status: 'approved' } })).toBe(1)
  })

  test('the same person sent twice at once is registered once', async () => {
    const { event } = await createTestEvent()
    const { people } = await company()
    const attempts = await Promise.allSettled(
      [1, 2].map(() =>
        register({
          eventId: event.id,
          actorId: people[0]!.id,
          people: [people[0]!.id],
          answer: null,
          listed: true,
        }),
      ),
    )
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1)
    expect(await prisma.eventRegistration.count({ where: { eventId: event.id } })).toBe(1)
  })

  test('bad registrations get a clear reason and change nothing', async () => {
    const { event } = await createTestEvent()
    const { people } = await company()
    const [person] = people
    const stranger = (await company()).people[0]!
    const draft = (await createTestOrganisation({ status: 'draft' })).member
    const past = (await createTestEvent({}, { daysAhead: -3 })).event
    const { event: draftEvent } = await createTestEvent({}, { publish: false })
    const before = await prisma.eventRegistration.count()
    const attempt = (overrides: Partial<Parameters<typeof register>[0]>) =>
      refusal(
        register({
          eventId: event.id,
          actorId: person!.id,
          people: [person!.id],
          answer: null,
          listed: true,
          ...overrides,
        }),
      )
    expect(await attempt({ people: [stranger.id] })).toBe(
      'You can register only people of your own organisation.',
    )
    expect(await attempt({ actorId: draft.id, people: [draft.id] })).toBe(
      'Your organisation’s profile must be approved by Centre staff before it can register for events.',
    )
    expect(await attempt({ eventId: past.id })).toBe('This event has already started or taken place.')
    expect(await attempt({ eventId: draftEvent.id })).toBe('No such event.')
    const { event: called, staff } = await createTestEvent()
    await cancelEvent(staff.id, called.id)
    expect(await attempt({ eventId: called.id })).toBe('This event is cancelled.')
    expect(await attempt({ eventId: 'no-such-event' })).toBe('No such event.')
    expect(await prisma.eventRegistration.count()).toBe(before)
    await register({
      eventId: event.id,
      actorId: person!.id,
      people: [person!.id],
      answer: null,
      listed: true,
    })
    expect(await attempt({})).toBe(`Already registered: ${person!.displayName}.`)
  })

  test('a hybrid event asks how each person attends', async () => {
    const { event } = await createTestEvent({ format: 'hybrid', city: 'Brussels', venue: 'Centre' })
    const { people } = await company()
    expect(
      await refusal(
        register({
          eventId: event.id,
          actorId: people[0]!.id,
          people: [people[0]!.id],
          answer: null,
          listed: true,
        }),
      ),
    ).toBe('Choose whether each person attends online or on site.')
    await register({
      eventId: event.id,
      actorId: people[0]!.id,
      people: [people[0]!.id],
      mode: 'on_site',
      answer: null,
      listed: true,
    })
    expect((await prisma.eventRegistration.findFirstOrThrow({ where: { eventId: event.id } })).mode).toBe(
      'on_site',
    )
  })

  test('another organisation cannot cancel a registration; nobody can once the event started', async () => {
    const { event } = await createTestEvent()
    const { people } = await company()
    const [made] = await register({
      eventId: event.id,
      actorId: people[0]!.id,
      people: [people[0]!.id],
      answer: null,
      listed: true,
    })
    const other = (await company()).people[0]!
    expect(await refusal(cancelRegistration({ registrationId: made!.id, actorId: other.id }))).toBe(
      'Only your organisation can change this registration.',
    )
    expect(
      await refusal(
        cancelRegistration({ registrationId: made!.id, actorId: people[0]!.id, now: event.startsAt }),
      ),
    ).toBe('This event has already started or taken place.')
    expect(await statusOf(event.id, people[0]!.id)).toBe('approved')
  })
})

describe('staff changes to an event', () => {
  test('moving a published event raises its sequence and tells participants, with the updated calendar entry', async () => {
    const { event, staff } = await createTestEvent()
    const { people } = await company()
    await register({
      eventId: event.id,
      actorId: people[0]!.id,
      people: [people[0]!.id],
      answer: null,
      listed: true,
    })
    const day = event.startsAt.toISOString().slice(0, 10)
    await updateEvent(
      staff.id,
      event.id,
      eventInputSchema.parse(
        anEventForm({
          title: event.title,
          startDate: day,
          endDate: day,
          startTime: '10:30',
          endTime: '12:30',
        }),
      ),
    )
    const moved = await prisma.event.findUniqueOrThrow({ where: { id: event.id } })
    expect(moved.sequence).toBe(1)
    expect(moved.startsAt.getTime() - event.startsAt.getTime()).toBe(3_600_000)
    const email = (await emailsTo(people[0]!.id)).at(-1)!
    expect(email.text).toContain('Changed')
    expect(email.text).toContain(`10:30 in Brussels (${clockTimeIn(moved.startsAt, 'Asia/Tokyo')} in Tokyo)`)
    const calendar = (email.attachment as { content: string }).content
    expect(calendar).toContain(`UID:event-${event.id}@eu-japan-circular.example`)
    expect(calendar).toContain('SEQUENCE:1')
  })

  test('a capacity below the places given is refused; a larger one moves the waiting list up', async () => {
    const { event, staff } = await createTestEvent({ capacity: '1' })
    const { people } = await company(2)
    await register({
      eventId: event.id,
      actorId: people[0]!.id,
      people: people.map((p) => p.id),
      answer: null,
      listed: true,
    })
    const form = (capacity: string) => {
      const day = event.startsAt.toISOString().slice(0, 10)
      return eventInputSchema.parse(
        anEventForm({ title: event.title, startDate: day, endDate: day, capacity }),
      )
    }
    await expect(updateEvent(staff.id, event.id, { ...form('1'), capacity: null })).resolves.toBeUndefined()
    expect(await statusOf(event.id, people[1]!.id)).toBe('approved')
    const error = await updateEvent(staff.id, event.id, form('1')).catch((caught: unknown) => caught)
    expect(error).toMatchObject({ field: 'capacity', status: 409 })
    expect(inEnglish((error as DomainError).message)).toBe(
      '2 places are already given: the capacity cannot be lower.',
    )
  })

  test('cancelling tells every registered person, with a cancelled calendar entry; a cancelled event cannot be edited', async () => {
    const { event, staff } = await createTestEvent()
    const { people } = await company()
    await register({
      eventId: event.id,
      actorId: people[0]!.id,
      people: [people[0]!.id],
      answer: null,
      listed: true,
    })
    await cancelEvent(staff.id, event.id)
    const email = (await emailsTo(people[0]!.id)).at(-1)!
    expect(email.text).toContain('will not take place')
    const calendar = (email.attachment as { content: string }).content
    expect(calendar).toContain('METHOD:CANCEL')
    expect(calendar).toContain('STATUS:CANCELLED')
    expect(calendar).toContain('SEQUENCE:1')
    expect(await refusal(cancelEvent(staff.id, event.id))).toBe(
      'The event is not in a state that allows this.',
    )
    expect(
      await refusal(
        updateEvent(staff.id, event.id, eventInputSchema.parse(anEventForm({ title: event.title }))),
      ),
    ).toBe('A cancelled event can no longer be changed.')
  })

  test('attendance marks the confirmed participants named, and the others as absent', async () => {
    const { event, staff } = await createTestEvent()
    const { people } = await company(2)
    const made = await register({
      eventId: event.id,
      actorId: people[0]!.id,
      people: people.map((p) => p.id),
      answer: null,
      listed: true,
    })
    expect(await recordAttendance(staff.id, event.id, [made[0]!.id, 'not-a-registration'])).toBe(1)
    const rows = await prisma.eventRegistration.findMany({
      where: { eventId: event.id },
      orderBy: { createdAt: 'asc' },
    })
    expect(rows.map((r) => [r.id === made[0]!.id, r.attended])).toEqual(
      expect.arrayContaining([
        [true, true],
        [false, false],
      ]),
    )
  })
})

describe('reminders', () => {
  test('confirmed participants are reminded once, the day before, with the link and the calendar entry', async () => {
    // Twelve hours from now, whatever the time of day the test runs at.
    const at = (hours: number) => new Date(Date.now() + hours * 3_600_000)
    const { event } = await createTestEvent({
      startDate: inZone(at(12), 'Europe/Brussels', 'yyyy-MM-dd'),
      startTime: inZone(at(12), 'Europe/Brussels', 'HH:mm'),
      endDate: inZone(at(13), 'Europe/Brussels', 'yyyy-MM-dd'),
      endTime: inZone(at(13), 'Europe/Brussels', 'HH:mm'),
    })
    const { people } = await company(2)
    await register({
      eventId: event.id,
      actorId: people[0]!.id,
      people: [people[0]!.id],
      answer: null,
      listed: true,
    })
    const [first, second] = await Promise.all([sendEventReminders(), sendEventReminders()])
    expect((first ?? 0) + (second ?? 0)).toBe(1)
    expect(await sendEventReminders()).toBe(0)
    const reminders = (await emailsTo(people[0]!.id)).filter((email) => email.subject.startsWith('Reminder'))
    expect(reminders).toHaveLength(1)
    expect((reminders[0]!.attachment as { content: string }).content).toContain(
      'https://zoom.example/j/123456',
    )
    expect(await emailsTo(people[1]!.id)).toEqual([])
  })
})
