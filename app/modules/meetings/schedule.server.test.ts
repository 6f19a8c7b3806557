import { describe, expect, test } from 'vitest'
import { refusalOf as refusal } from '../../../tests/support/in-english'
import { createTestBrokerage, createTestParticipant } from '../../../prisma/seed/meeting-builders'
import { createTestIntroduction, createTestOrganisation } from '../../../prisma/seed/builders'
import { acceptIntroduction } from '~/modules/introductions/introductions.server'
import { answerFollowUp, sendDueFollowUps } from '~/modules/outcomes/follow-ups.server'
import { prisma } from '~/utils/db.server'
import { agendaOf } from './agenda.server'
import { requestMeeting, setUnavailableSlots } from './booking.server'
import {
  closeWishes,
  moveMeeting,
  proposeSchedule,
  publishSchedule,
  removeMeeting,
  setWish,
  unplacedWishes,
} from './schedule.server'

const wish = (eventId: string, userId: string, toId: string, level: 'must' | 'like' | 'no' | 'none') =>
  setWish({ eventId, userId, form: { toId, level } })

describe('the organiser schedules', () => {
  test('wishes in, proposal previewed with what was not placed and why, moved by hand, published to everyone', async () => {
    const { event, staff, slots, tables } = await createTestBrokerage({ mode: 'organiser', tables: 1 })
    const [eu1, eu2, jp1, jp2] = await Promise.all([
      createTestParticipant(event.id, { country: 'BE' }),
      createTestParticipant(event.id, { country: 'DE' }),
      createTestParticipant(event.id, { country: 'JP' }),
      createTestParticipant(event.id, { country: 'JP' }),
    ])
    expect(
      await refusal(
        requestMeeting({
          eventId: event.id,
          requesterId: eu1!.member.id,
          form: { inviteeId: jp1!.member.id, slotId: slots[0]!.id, message: 'Can we meet?' },
        }),
      ),
    ).toMatch(/the organiser schedules/)
    await wish(event.id, eu1!.member.id, jp1!.member.id, 'must')
    await wish(event.id, jp1!.member.id, eu1!.member.id, 'must')
    await wish(event.id, eu2!.member.id, jp1!.member.id, 'like')
    await wish(event.id, eu2!.member.id, jp2!.member.id, 'must')
    await wish(event.id, jp2!.member.id, eu2!.member.id, 'no')
    // Same region under the Europe-Japan rule: never placed.
    await wish(event.id, eu1!.member.id, eu2!.member.id, 'must')
    expect(await refusal(wish(event.id, eu1!.member.id, eu1!.member.id, 'like'))).toMatch(/colleague/)
    await setUnavailableSlots({ eventId: event.id, userId: jp1!.member.id, slotIds: [] })

    const proposal = await proposeSchedule(staff.id, event.id, { timeLimitSeconds: 5 })
    // One table, two slots: eu1-jp1 (mutual must) and eu2-jp1 (like) fit; eu2-jp2 is ruled out by a "no".
    expect(proposal).toMatchObject({ placed: 2, optimal: true })
    const proposed = await prisma.eventMeeting.findMany({ where: { eventId: event.id, status: 'proposed' } })
    expect(proposed).toHaveLength(2)
    expect(await agendaOf(event.id, eu1!.member.id, 'Europe/Brussels', 'en')).toEqual([])
    const unplaced = await unplacedWishes(event.id)
    expect(unplaced.map((w) => w.reason)).toEqual(['rule'])

    const [first, second] = proposed
    expect(
      await refusal(
        moveMeeting(staff.id, event.id, {
          meetingId: first!.id,
          slotId: second!.slotId!,
          tableId: tables[0]!.id,
        }),
      ),
    ).toBe('One of the two people or organisations, or the table, is already taken (or unavailable) then.')
    expect((await prisma.eventMeeting.findUniqueOrThrow({ where: { id: first!.id } })).slotId).toBe(
      first!.slotId,
    )

    await closeWishes(staff.id, event.id)
    expect(await refusal(wish(event.id, eu2!.member.id, jp2!.member.id, 'like'))).toBe(
      'The organiser has closed the wishes.',
    )
    expect(await publishSchedule(staff.id, event.id)).toBe(2)
    expect(await prisma.eventMeeting.count({ where: { eventId: event.id, status: 'scheduled' } })).toBe(2)
    expect(await refusal(proposeSchedule(staff.id, event.id))).toBe(
      'The schedule is published: move or remove meetings one by one.',
    )
    const told = await prisma.notification.findMany({
      where: {
        kind: 'meeting.schedule_published',
        userId: { in: [eu1, eu2, jp1, jp2].map((p) => p!.member.id) },
      },
    })
    expect(told).toHaveLength(4)
    expect(told.find((n) => n.userId === jp1!.member.id)!.params).toMatchObject({ count: 2 })
    expect(told.find((n) => n.userId === jp2!.member.id)!.params).toMatchObject({ count: 0 })
    expect(await agendaOf(event.id, jp1!.member.id, 'Asia/Tokyo', 'en')).toHaveLength(2)

    await removeMeeting(staff.id, event.id, second!.id)
    await moveMeeting(staff.id, event.id, {
      meetingId: first!.id,
      slotId: second!.slotId!,
      tableId: tables[0]!.id,
    })
    const moved = await prisma.eventMeeting.findUniqueOrThrow({ where: { id: first!.id } })
    expect(moved).toMatchObject({ slotId: second!.slotId, sequence: 1, status: 'scheduled' })
    expect(
      await prisma.notification.count({
        where: { kind: 'meeting.moved', userId: { in: [moved.requesterId, moved.inviteeId] } },
      }),
    ).toBe(2)
  })
})

describe('follow-ups', () => {
  test('months after a meeting both organisations are asked once, reminded once, and answer once', async () => {
    const { event, staff } = await createTestBrokerage({ mode: 'organiser', tables: 1 })
    const eu = await createTestParticipant(event.id, { country: 'BE' })
    const jp = await createTestParticipant(event.id, { country: 'JP' })
    await wish(event.id, eu.member.id, jp.member.id, 'must')
    await proposeSchedule(staff.id, event.id, { timeLimitSeconds: 5 })
    await publishSchedule(staff.id, event.id)
    const followUps = await prisma.followUp.findMany({ where: { meeting: { eventId: event.id } } })
    expect(followUps.map((f) => f.organisationId).sort()).toEqual(
      [eu.organisation.id, jp.organisation.id].sort(),
    )
    const due = followUps[0]!.dueAt
    expect(due.getTime() - event.endsAt.getTime()).toBeGreaterThan(180 * 86_400_000)

    const later = new Date(due.getTime() + 1000)
    await sendDueFollowUps(later)
    expect(
      await prisma.followUp.count({ where: { id: { in: followUps.map((f) => f.id) }, sentAt: later } }),
    ).toBe(2)
    await sendDueFollowUps(later)
    expect(await prisma.notification.count({ where: { kind: 'followup.due', userId: eu.member.id } })).toBe(1)

    const mine = followUps.find((f) => f.organisationId === eu.organisation.id)!
    expect(
      await refusal(
        answerFollowUp({
          followUpId: mine.id,
          userId: jp.member.id,
          form: { answer: 'in_contact', agreementKind: null, note: null },
        }),
      ),
    ).toBe('No such question for your organisation.')
    await answerFollowUp({
      followUpId: mine.id,
      userId: eu.member.id,
      form: { answer: 'agreement', agreementKind: 'technical', note: 'Joint pilot line' },
    })
    expect(
      await refusal(
        answerFollowUp({
          followUpId: mine.id,
          userId: eu.member.id,
          form: { answer: 'no_contact', agreementKind: null, note: null },
        }),
      ),
    ).toBe('Your organisation has already answered this question.')
    expect((await prisma.followUp.findUniqueOrThrow({ where: { id: mine.id } })).answer).toBe('agreement')

    const weeksLater = new Date(later.getTime() + 15 * 86_400_000)
    await sendDueFollowUps(weeksLater)
    await sendDueFollowUps(weeksLater)
    expect(
      await prisma.notification.count({ where: { kind: 'followup.reminder', userId: jp.member.id } }),
    ).toBe(1)
    expect(
      await prisma.notification.count({ where: { kind: 'followup.reminder', userId: eu.member.id } }),
    ).toBe(0)
  })

  test('an accepted introduction outside events is followed up six months later', async () => {
    const from = await createTestOrganisation({ country: 'FR' })
    const to = await createTestOrganisation({ country: 'JP' })
    const introductionId = await createTestIntroduction(from, to)
    const acceptedAt = new Date()
    await acceptIntroduction({ introductionId, organisationId: to.organisation.id, now: acceptedAt })
    const followUps = await prisma.followUp.findMany({ where: { introductionId } })
    expect(followUps).toHaveLength(2)
    const months = (followUps[0]!.dueAt.getTime() - acceptedAt.getTime()) / (30 * 86_400_000)
    expect(Math.round(months)).toBe(6)
  })
})
