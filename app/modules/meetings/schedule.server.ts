import type { z } from 'zod'
import type { Prisma } from '~/generated/prisma/client'
import { recordAudit } from '~/modules/audit/audit.server'
import { errorMessage } from '~/modules/i18n/message-keys'
import { notifyUsers } from '~/modules/notifications/notifications.server'
import { prisma } from '~/utils/db.server'
import { DomainError } from '~/utils/domain-error'
import { peopleAndOrganisations, releaseClaims, takeClaims } from './claims.server'
import { createMeetingFollowUps, dropUnsentFollowUps } from '~/modules/outcomes/follow-ups.server'
import type { moveMeetingSchema, wishSchema } from './meeting-fields'
import { agendaLink, meetingDetails, tellAboutMeeting } from './meeting-notices.server'
import { lockMeetingEvent, meetingSetup } from './meeting-plan.server'
import { holder, isConfirmed, mayMoveMeeting, ruleAllows } from './meeting-rules'
import { participantOf, participantsOf } from './participants.server'
import { pairWeight, scheduleMeetings, type SchedulingProblem, type WishLevel } from './scheduler.server'

async function organiserPlan(tx: Prisma.TransactionClient, eventId: string) {
  const { plan } = await meetingSetup(eventId, tx)
  if (plan.bookingMode !== 'organiser') throw new DomainError(errorMessage('participantsBook'), 409)
  return plan
}

/** A participant's wish about another: "must meet", "would like", "not interested", or none. */
export async function setWish(input: { eventId: string; userId: string; form: z.output<typeof wishSchema> }) {
  await prisma.$transaction(async (tx) => {
    const me = await participantOf(input.eventId, input.userId, tx)
    const plan = await organiserPlan(tx, input.eventId)
    if (plan.wishesClosedAt) throw new DomainError(errorMessage('wishesClosed'), 409)
    const other = await participantOf(input.eventId, input.form.toId, tx).catch(() => {
      throw new DomainError(errorMessage('noSuchParticipant'), 404, 'toId')
    })
    if (other.organisation.id === me.organisation.id)
      throw new DomainError(errorMessage('meetingWithOwnOrganisation'), 400, 'toId')
    const key = { eventId_fromId_toId: { eventId: input.eventId, fromId: input.userId, toId: other.userId } }
    if (input.form.level === 'none') await tx.meetingWish.deleteMany({ where: key.eventId_fromId_toId })
    else
      await tx.meetingWish.upsert({
        where: key,
        create: { ...key.eventId_fromId_toId, level: input.form.level },
        update: { level: input.form.level },
      })
  })
}

export function wishesOf(eventId: string, userId: string) {
  return prisma.meetingWish.findMany({
    where: { eventId, fromId: userId },
    select: { toId: true, level: true },
  })
}

export async function closeWishes(staffId: string, eventId: string) {
  await prisma.$transaction(async (tx) => {
    await lockMeetingEvent(tx, eventId)
    const plan = await organiserPlan(tx, eventId)
    if (plan.wishesClosedAt) throw new DomainError(errorMessage('wishesClosed'), 409)
    await tx.meetingPlan.upsert({
      where: { eventId },
      create: { eventId, bookingMode: 'organiser', wishesClosedAt: new Date() },
      update: { wishesClosedAt: new Date() },
    })
    await recordAudit(tx, {
      actorId: staffId,
      action: 'meetings.wishes_close',
      targetType: 'event',
      targetId: eventId,
    })
  })
}

/** The event as the scheduler reads it: participants, slots in order, tables, unavailability, wishes. */
async function schedulingProblem(tx: Prisma.TransactionClient, eventId: string) {
  const [setup, participants, unavailable, wishes] = await Promise.all([
    meetingSetup(eventId, tx),
    participantsOf(eventId, tx),
    tx.meetingClaim.findMany({
      where: { meetingId: null, slot: { eventId } },
      select: { slotId: true, holder: true },
    }),
    tx.meetingWish.findMany({ where: { eventId } }),
  ])
  const slotIndex = new Map(setup.slots.map((slot, index) => [slot.id, index]))
  const byPerson = new Map(participants.map((p) => [p.userId, p]))
  const unavailableOf = new Map<string, number[]>()
  for (const claim of unavailable) {
    const userId = claim.holder.slice('person:'.length)
    unavailableOf.set(userId, [...(unavailableOf.get(userId) ?? []), slotIndex.get(claim.slotId)!])
  }
  // The booking rule rules a pair out as a "not interested" would.
  const allowed = wishes.filter((wish) => {
    const [from, to] = [byPerson.get(wish.fromId), byPerson.get(wish.toId)]
    return from && to && ruleAllows(setup.plan.requestRule, from.organisation.region, to.organisation.region)
  })
  const problem: SchedulingProblem = {
    people: participants.map((p) => ({
      id: p.userId,
      organisationId: p.organisation.id,
      unavailable: unavailableOf.get(p.userId) ?? [],
    })),
    slots: setup.slots.length,
    tables: setup.tables.length,
    wishes: allowed.map((wish) => ({ from: wish.fromId, to: wish.toId, level: wish.level as WishLevel })),
  }
  return { setup, participants, wishes, problem }
}

/**
 * Runs the scheduler and keeps its schedule as proposed meetings that only staff see (replacing any
 * earlier proposal). Each meeting takes its claims like any other, so the database refuses a clash even
 * here. Refused once the schedule is published: staff then move meetings by hand.
 */
export async function proposeSchedule(staffId: string, eventId: string, { timeLimitSeconds = 8 } = {}) {
  return prisma.$transaction(
    async (tx) => {
      const event = await lockMeetingEvent(tx, eventId)
      const plan = await organiserPlan(tx, eventId)
      if (plan.publishedAt) throw new DomainError(errorMessage('schedulePublished'), 409)
      const { setup, participants, problem } = await schedulingProblem(tx, eventId)
      if (!problem.slots || !problem.tables) throw new DomainError(errorMessage('noSlotsOrTables'), 409)
      const earlier = await tx.eventMeeting.findMany({
        where: { eventId, status: 'proposed' },
        select: { id: true },
      })
      await tx.eventMeeting.deleteMany({ where: { id: { in: earlier.map((m) => m.id) } } })
      const schedule = await scheduleMeetings(problem, { timeLimitSeconds })
      const organisationOf = new Map(participants.map((p) => [p.userId, p.organisation.id]))
      for (const placed of schedule.meetings) {
        const slot = setup.slots[placed.slot]!
        // The scheduler numbers tables from 1.
        const table = setup.tables[placed.table - 1]!
        const meeting = await tx.eventMeeting.create({
          data: {
            eventId,
            requesterId: placed.a,
            inviteeId: placed.b,
            requesterOrganisationId: organisationOf.get(placed.a)!,
            inviteeOrganisationId: organisationOf.get(placed.b)!,
            status: 'proposed',
            slotId: slot.id,
            tableId: table.id,
          },
        })
        const claims = [...peopleAndOrganisations(meeting), holder.table(table.id)]
        if (!(await takeClaims(tx, slot.id, claims, meeting.id)))
          throw new Error(`The scheduler placed a clash in slot ${placed.slot}: refusing the whole schedule.`)
      }
      await recordAudit(tx, {
        actorId: staffId,
        action: 'meetings.schedule',
        targetType: 'event',
        targetId: event.id,
        details: { placed: schedule.meetings.length, value: schedule.value, bound: schedule.bound },
      })
      return {
        placed: schedule.meetings.length,
        optimal: schedule.optimal,
        value: schedule.value,
        bound: schedule.bound,
      }
    },
    { timeout: 60_000 },
  )
}

export type UnplacedReason = 'no-common-slot' | 'not-chosen' | 'rule' | 'not-participant'

/** Every wished pair that has no meeting, and why: what staff check before they publish. */
export async function unplacedWishes(eventId: string) {
  const { setup, participants, wishes } = await schedulingProblem(prisma, eventId)
  const meetings = await prisma.eventMeeting.findMany({
    where: { eventId, status: { in: ['proposed', 'scheduled'] } },
    select: { requesterId: true, inviteeId: true },
  })
  const met = new Set(
    meetings.flatMap((m) => [`${m.requesterId}:${m.inviteeId}`, `${m.inviteeId}:${m.requesterId}`]),
  )
  const byPerson = new Map(participants.map((p) => [p.userId, p]))
  const levels = new Map(wishes.map((w) => [`${w.fromId}:${w.toId}`, w.level as WishLevel]))
  const unavailable = await prisma.meetingClaim.findMany({
    where: { meetingId: null, slot: { eventId } },
    select: { slotId: true, holder: true },
  })
  const blocked = new Set(unavailable.map((claim) => `${claim.holder}:${claim.slotId}`))
  const seen = new Set<string>()
  const result: { a: string; b: string; weight: number; reason: UnplacedReason }[] = []
  for (const wish of wishes) {
    const [a, b] = [wish.fromId, wish.toId].sort() as [string, string]
    if (seen.has(`${a}:${b}`) || met.has(`${a}:${b}`)) continue
    seen.add(`${a}:${b}`)
    const weight = pairWeight(levels.get(`${a}:${b}`), levels.get(`${b}:${a}`))
    if (!weight) continue
    const [first, second] = [byPerson.get(a), byPerson.get(b)]
    const reason: UnplacedReason =
      !first || !second
        ? 'not-participant'
        : !ruleAllows(setup.plan.requestRule, first.organisation.region, second.organisation.region)
          ? 'rule'
          : setup.slots.every(
                (slot) => blocked.has(`person:${a}:${slot.id}`) || blocked.has(`person:${b}:${slot.id}`),
              )
            ? 'no-common-slot'
            : 'not-chosen'
    result.push({ a, b, weight, reason })
  }
  const name = (userId: string) => {
    const p = byPerson.get(userId)
    return p
      ? { person: p.user.displayName, organisation: p.organisation.name }
      : { person: userId, organisation: '' }
  }
  return result
    .sort((x, y) => y.weight - x.weight)
    .map((wish) => ({ ...wish, first: name(wish.a), second: name(wish.b) }))
}

/** Staff move a meeting to another slot and table; a clash with anyone's meeting or unavailability is refused. */
export async function moveMeeting(
  staffId: string,
  eventId: string,
  form: z.output<typeof moveMeetingSchema>,
) {
  await prisma.$transaction(async (tx) => {
    await lockMeetingEvent(tx, eventId)
    const meeting = await tx.eventMeeting.findFirst({ where: { id: form.meetingId, eventId } })
    if (!meeting) throw new DomainError(errorMessage('noSuchMeeting'), 404)
    if (!mayMoveMeeting('move', meeting.status, 'staff'))
      throw new DomainError(errorMessage('meetingMoveRefused'), 409)
    const [slot, table] = await Promise.all([
      tx.eventSlot.findFirst({ where: { id: form.slotId, eventId } }),
      tx.eventTable.findFirst({ where: { id: form.tableId, eventId } }),
    ])
    if (!slot) throw new DomainError(errorMessage('noSuchSlot'), 400, 'slotId')
    if (!table) throw new DomainError(errorMessage('noSuchTable'), 400, 'tableId')
    await releaseClaims(tx, [meeting.id])
    if (
      !(await takeClaims(
        tx,
        slot.id,
        [...peopleAndOrganisations(meeting), holder.table(table.id)],
        meeting.id,
      ))
    )
      throw new DomainError(errorMessage('moveClashes'), 409, 'slotId')
    const moved = await tx.eventMeeting.update({
      where: { id: meeting.id },
      data: { slotId: slot.id, tableId: table.id, sequence: { increment: 1 } },
      include: meetingDetails,
    })
    await recordAudit(tx, {
      actorId: staffId,
      action: 'meetings.move',
      targetType: 'meeting',
      targetId: meeting.id,
      details: { eventId, slotId: slot.id, tableId: table.id },
    })
    if (isConfirmed(moved.status))
      for (const userId of [moved.requesterId, moved.inviteeId])
        await tellAboutMeeting(tx, moved, 'meeting.moved', userId)
  })
}

export async function removeMeeting(staffId: string, eventId: string, meetingId: string) {
  await prisma.$transaction(async (tx) => {
    await lockMeetingEvent(tx, eventId)
    const meeting = await tx.eventMeeting.findFirst({ where: { id: meetingId, eventId } })
    if (!meeting) throw new DomainError(errorMessage('noSuchMeeting'), 404)
    if (!mayMoveMeeting('remove', meeting.status, 'staff'))
      throw new DomainError(errorMessage('meetingMoveRefused'), 409)
    await releaseClaims(tx, [meeting.id])
    await dropUnsentFollowUps(tx, [meeting.id])
    const removed = await tx.eventMeeting.update({
      where: { id: meeting.id },
      data: { status: 'cancelled', sequence: { increment: 1 }, decidedAt: new Date() },
      include: meetingDetails,
    })
    await recordAudit(tx, {
      actorId: staffId,
      action: 'meetings.remove',
      targetType: 'meeting',
      targetId: meeting.id,
      details: { eventId },
    })
    if (isConfirmed(meeting.status))
      for (const userId of [removed.requesterId, removed.inviteeId])
        await tellAboutMeeting(tx, removed, 'meeting.cancelled', userId)
  })
}

/** Publishes the proposed schedule: every participant is told how many meetings they have, with the agenda link. */
export async function publishSchedule(staffId: string, eventId: string) {
  return prisma.$transaction(
    async (tx) => {
      const event = await lockMeetingEvent(tx, eventId)
      const plan = await organiserPlan(tx, eventId)
      if (plan.publishedAt) throw new DomainError(errorMessage('schedulePublished'), 409)
      const proposed = await tx.eventMeeting.findMany({
        where: { eventId, status: 'proposed' },
        include: { event: { select: { endsAt: true } } },
      })
      if (!proposed.length) throw new DomainError(errorMessage('nothingToPublish'), 409)
      await tx.eventMeeting.updateMany({
        where: { id: { in: proposed.map((m) => m.id) } },
        data: { status: 'scheduled', decidedAt: new Date() },
      })
      for (const meeting of proposed) await createMeetingFollowUps(tx, meeting)
      await tx.meetingPlan.update({ where: { eventId }, data: { publishedAt: new Date() } })
      const participants = await participantsOf(eventId, tx)
      const count = new Map<string, number>()
      for (const m of proposed)
        for (const userId of [m.requesterId, m.inviteeId]) count.set(userId, (count.get(userId) ?? 0) + 1)
      const groups = new Map<number, string[]>()
      for (const p of participants) {
        const n = count.get(p.userId) ?? 0
        groups.set(n, [...(groups.get(n) ?? []), p.userId])
      }
      for (const [n, userIds] of groups)
        await notifyUsers(tx, userIds, {
          kind: 'meeting.schedule_published',
          params: {
            title: event.title,
            titleJa: event.titleJa,
            startsAt: event.startsAt.toISOString(),
            endsAt: event.endsAt.toISOString(),
            count: n,
          },
          link: agendaLink(event.slug),
        })
      await recordAudit(tx, {
        actorId: staffId,
        action: 'meetings.publish',
        targetType: 'event',
        targetId: eventId,
        details: { meetings: proposed.length },
      })
      return proposed.length
    },
    { timeout: 60_000 },
  )
}
