import type { z } from 'zod'
import type { Prisma } from '~/generated/prisma/client'
import { errorMessage } from '~/modules/i18n/message-keys'
import { prisma } from '~/utils/db.server'
import { DomainError } from '~/utils/domain-error'
import { peopleAndOrganisations, releaseClaims, takeClaims, takeFreeTable } from './claims.server'
import { meetingDetails, tellAboutMeeting, type DetailedMeeting } from './meeting-notices.server'
import type { meetingRequestSchema } from './meeting-fields'
import { defaultPlan } from './meeting-plan.server'
import {
  mayMoveMeeting,
  requestsCloseAt,
  ruleAllows,
  slotHoldingStates,
  type MeetingMove,
  type MeetingSide,
} from './meeting-rules'
import { createMeetingFollowUps, dropUnsentFollowUps } from '~/modules/outcomes/follow-ups.server'
import { participantOf } from './participants.server'

/** The plan of the event and when its requests close (the cut-off, else the first slot's start). */
async function bookingWindow(tx: Prisma.TransactionClient, eventId: string) {
  const [plan, firstSlot] = await Promise.all([
    tx.meetingPlan.findUnique({ where: { eventId } }),
    tx.eventSlot.findFirst({ where: { eventId }, orderBy: { startsAt: 'asc' }, select: { startsAt: true } }),
  ])
  const effective = plan ?? { ...defaultPlan, eventId }
  return { plan: effective, closesAt: requestsCloseAt(effective, firstSlot?.startsAt ?? null) }
}

function assertOpen(closesAt: Date | null, now: Date) {
  if (closesAt && closesAt <= now) throw new DomainError(errorMessage('requestsClosed'), 409)
}

/**
 * A participant asks another for a meeting in a slot free for both, with a message. The request holds the
 * slot for both people and both organisations (the claims' primary key refuses a clash, whoever writes)
 * until it is answered, called off or expires at the cut-off.
 */
export async function requestMeeting(input: {
  eventId: string
  requesterId: string
  form: z.output<typeof meetingRequestSchema>
  now?: Date
}) {
  const now = input.now ?? new Date()
  const { inviteeId, slotId, message } = input.form
  return prisma.$transaction(async (tx) => {
    const requester = await participantOf(input.eventId, input.requesterId, tx)
    // The requester's place is locked so that the pending cap holds against requests sent at once.
    await tx.$queryRaw`SELECT 1 FROM "EventRegistration" WHERE "id" = ${requester.id} FOR UPDATE`
    const { plan, closesAt } = await bookingWindow(tx, input.eventId)
    if (plan.bookingMode !== 'participants') throw new DomainError(errorMessage('organiserSchedules'), 409)
    assertOpen(closesAt, now)
    if (inviteeId === input.requesterId)
      throw new DomainError(errorMessage('meetingWithYourself'), 400, 'inviteeId')
    const invitee = await participantOf(input.eventId, inviteeId, tx).catch(() => {
      throw new DomainError(errorMessage('noSuchParticipant'), 404, 'inviteeId')
    })
    if (invitee.organisation.id === requester.organisation.id)
      throw new DomainError(errorMessage('meetingWithOwnOrganisation'), 400, 'inviteeId')
    if (!ruleAllows(plan.requestRule, requester.organisation.region, invitee.organisation.region))
      throw new DomainError(errorMessage('ruleForbidsPair'), 403, 'inviteeId')
    const slot = await tx.eventSlot.findFirst({ where: { id: slotId, eventId: input.eventId } })
    if (!slot) throw new DomainError(errorMessage('noSuchSlot'), 400, 'slotId')
    if (slot.startsAt <= now) throw new DomainError(errorMessage('slotStarted'), 409, 'slotId')
    const waiting = await tx.eventMeeting.count({
      where: { eventId: input.eventId, requesterId: input.requesterId, status: 'requested' },
    })
    if (waiting >= plan.maxPendingRequests)
      throw new DomainError(errorMessage('tooManyPendingRequests', { max: plan.maxPendingRequests }), 409)
    const open = await tx.eventMeeting.findFirst({
      where: {
        eventId: input.eventId,
        status: { in: ['requested', 'accepted'] },
        OR: [
          { requesterId: input.requesterId, inviteeId },
          { requesterId: inviteeId, inviteeId: input.requesterId },
        ],
      },
    })
    if (open) throw new DomainError(errorMessage('alreadyMeeting'), 409, 'inviteeId')
    const tablesTaken = await tx.meetingClaim.count({ where: { slotId, holder: { startsWith: 'table:' } } })
    const tables = await tx.eventTable.count({ where: { eventId: input.eventId } })
    if (tablesTaken >= tables) throw new DomainError(errorMessage('noTableFree'), 409, 'slotId')
    const meeting = await tx.eventMeeting.create({
      data: {
        eventId: input.eventId,
        requesterId: input.requesterId,
        inviteeId,
        requesterOrganisationId: requester.organisation.id,
        inviteeOrganisationId: invitee.organisation.id,
        status: 'requested',
        message,
        slotId,
      },
      include: meetingDetails,
    })
    if (!(await takeClaims(tx, slotId, peopleAndOrganisations(meeting), meeting.id)))
      throw new DomainError(errorMessage('slotTaken'), 409, 'slotId')
    await tellAboutMeeting(tx, meeting, 'meeting.requested', inviteeId)
    return meeting.id
  })
}

/** The meeting locked for a move from its current state by one side. */
async function lockMeeting(
  tx: Prisma.TransactionClient,
  meetingId: string,
  userId: string,
  move: MeetingMove,
): Promise<{ meeting: DetailedMeeting; side: MeetingSide }> {
  const [locked] = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "EventMeeting" WHERE "id" = ${meetingId} FOR UPDATE`
  if (!locked) throw new DomainError(errorMessage('noSuchMeeting'), 404)
  const meeting = await tx.eventMeeting.findUniqueOrThrow({
    where: { id: meetingId },
    include: meetingDetails,
  })
  const side: MeetingSide | null =
    meeting.requesterId === userId ? 'requester' : meeting.inviteeId === userId ? 'invitee' : null
  if (!side) throw new DomainError(errorMessage('noSuchMeeting'), 404)
  if (!mayMoveMeeting(move, meeting.status, side))
    throw new DomainError(errorMessage('meetingMoveRefused'), 409)
  return { meeting, side }
}

/**
 * The invitee accepts: the meeting takes the first table free in its slot. Two accepts at the same moment
 * for the last table get one table between them; the other is told that no table is free.
 */
export async function acceptMeeting(input: { meetingId: string; userId: string; now?: Date }) {
  const now = input.now ?? new Date()
  await prisma.$transaction(async (tx) => {
    const { meeting } = await lockMeeting(tx, input.meetingId, input.userId, 'accept')
    const { closesAt } = await bookingWindow(tx, meeting.eventId)
    assertOpen(closesAt, now)
    await participantOf(meeting.eventId, input.userId, tx)
    const tableId = await takeFreeTable(tx, meeting.eventId, meeting.slotId!, meeting.id)
    if (!tableId) throw new DomainError(errorMessage('noTableFree'), 409)
    const accepted = await tx.eventMeeting.update({
      where: { id: meeting.id },
      data: { status: 'accepted', tableId, decidedAt: now },
      include: meetingDetails,
    })
    await createMeetingFollowUps(tx, accepted)
    await tellAboutMeeting(tx, accepted, 'meeting.accepted', accepted.requesterId)
  })
}

export async function declineMeeting(input: { meetingId: string; userId: string; now?: Date }) {
  await prisma.$transaction(async (tx) => {
    const { meeting } = await lockMeeting(tx, input.meetingId, input.userId, 'decline')
    await releaseClaims(tx, [meeting.id])
    await tx.eventMeeting.update({
      where: { id: meeting.id },
      data: { status: 'declined', decidedAt: input.now ?? new Date() },
    })
    await tellAboutMeeting(tx, meeting, 'meeting.declined', meeting.requesterId)
  })
}

/** Either side calls off a request or a booked meeting before it starts; the other side is told. */
export async function cancelMeeting(input: { meetingId: string; userId: string; now?: Date }) {
  const now = input.now ?? new Date()
  await prisma.$transaction(async (tx) => {
    const { meeting, side } = await lockMeeting(tx, input.meetingId, input.userId, 'cancel')
    if (meeting.slot && meeting.slot.startsAt <= now) throw new DomainError(errorMessage('slotStarted'), 409)
    await releaseClaims(tx, [meeting.id])
    await dropUnsentFollowUps(tx, [meeting.id])
    const cancelled = await tx.eventMeeting.update({
      where: { id: meeting.id },
      data: { status: 'cancelled', decidedAt: now, sequence: { increment: 1 } },
      include: meetingDetails,
    })
    await tellAboutMeeting(
      tx,
      cancelled,
      'meeting.cancelled',
      side === 'requester' ? meeting.inviteeId : meeting.requesterId,
    )
  })
}

/**
 * Requests still waiting when their event's cut-off (or their own slot) has come expire and free their
 * slot; the requester is told. Each is claimed by the one UPDATE that moves it, so a run on two servers
 * at once expires each request once.
 */
export async function expireMeetingRequests(now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const expired = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "EventMeeting" m SET "status" = 'expired', "decidedAt" = ${now}
       WHERE m."status" = 'requested'
         AND ( EXISTS (SELECT 1 FROM "EventSlot" s WHERE s."id" = m."slotId" AND s."startsAt" <= ${now})
            OR COALESCE((SELECT p."requestsCloseAt" FROM "MeetingPlan" p WHERE p."eventId" = m."eventId"),
                        (SELECT min(s."startsAt") FROM "EventSlot" s WHERE s."eventId" = m."eventId")) <= ${now})
      RETURNING m."id"`
    const ids = expired.map((row) => row.id)
    if (!ids.length) return 0
    await releaseClaims(tx, ids)
    const meetings = await tx.eventMeeting.findMany({ where: { id: { in: ids } }, include: meetingDetails })
    for (const meeting of meetings)
      await tellAboutMeeting(tx, meeting, 'meeting.expired', meeting.requesterId)
    return ids.length
  })
}

/**
 * A participant marks the slots they are not available in (the rest become available). A slot with a
 * meeting of theirs cannot be marked: they call the meeting off first.
 */
export async function setUnavailableSlots(input: { eventId: string; userId: string; slotIds: string[] }) {
  await prisma.$transaction(async (tx) => {
    await participantOf(input.eventId, input.userId, tx)
    const person = `person:${input.userId}`
    const slots = await tx.eventSlot.findMany({
      where: { eventId: input.eventId, id: { in: input.slotIds } },
      select: { id: true },
    })
    if (slots.length !== new Set(input.slotIds).size)
      throw new DomainError(errorMessage('noSuchSlot'), 400, 'unavailable')
    await tx.meetingClaim.deleteMany({
      where: { holder: person, meetingId: null, slot: { eventId: input.eventId } },
    })
    for (const slot of slots)
      if (!(await takeClaims(tx, slot.id, [person], null)))
        throw new DomainError(errorMessage('unavailableWhileMeeting'), 409, 'unavailable')
  })
}

/**
 * A person who no longer has a place (cancelled or declined) leaves the meetings: their requests and
 * meetings still to come are called off, their slots freed, and the other sides told.
 */
export async function callOffMeetingsOf(tx: Prisma.TransactionClient, eventId: string, userId: string) {
  const meetings = await tx.eventMeeting.findMany({
    where: {
      eventId,
      status: { in: [...slotHoldingStates] },
      OR: [{ requesterId: userId }, { inviteeId: userId }],
    },
    include: meetingDetails,
  })
  if (!meetings.length) return
  const ids = meetings.map((m) => m.id)
  await releaseClaims(tx, ids)
  await dropUnsentFollowUps(tx, ids)
  await tx.eventMeeting.updateMany({
    where: { id: { in: ids } },
    data: { status: 'cancelled', decidedAt: new Date(), sequence: { increment: 1 } },
  })
  for (const meeting of meetings)
    if (meeting.status !== 'proposed')
      await tellAboutMeeting(
        tx,
        { ...meeting, status: 'cancelled', sequence: meeting.sequence + 1 },
        'meeting.cancelled',
        meeting.requesterId === userId ? meeting.inviteeId : meeting.requesterId,
      )
}
