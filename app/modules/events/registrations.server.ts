import { DomainError } from '~/utils/domain-error'
import type { Prisma } from '~/generated/prisma/client'
import { recordAudit } from '~/modules/audit/audit.server'
import { errorMessage } from '~/modules/i18n/message-keys'
import { isListed } from '~/modules/profiles/listed.server'
import { callOffMeetingsOf } from '~/modules/meetings/booking.server'
import { prisma } from '~/utils/db.server'
import {
  activeRegistrationStates,
  mayCancelRegistration,
  mayMoveRegistration,
  placeTakingStates,
  registrationRefusal,
  type RegistrationMove,
} from './event-status'
import { lockEvent } from './events.server'
import { moveUpFromWaitingList, tellDeclined, tellPerson } from './registration-notices.server'

type RegisterInput = {
  eventId: string
  /** The member who registers (themself and/or colleagues). */
  actorId: string
  people: string[]
  mode?: 'online' | 'on_site'
  answer: string | null
  listed: boolean
  now?: Date
}

/** The actor's organisation, which must be listed (approved, not suspended) to take part in events. */
async function listedOrganisationOf(tx: Prisma.TransactionClient, userId: string) {
  const membership = await tx.organisationMember.findUnique({
    where: { userId },
    select: { organisation: { select: { id: true, status: true, suspendedAt: true } } },
  })
  if (!membership || !isListed(membership.organisation))
    throw new DomainError(errorMessage('organisationNotApproved'), 403)
  return membership.organisation
}

/**
 * Registers people of the actor's organisation. Each takes a place while there is one (waiting for
 * staff approval where the event asks for it), else joins the waiting list. The event row is locked
 * while places are counted, so two people sent at once for the last place get one place between them.
 */
export async function register(input: RegisterInput) {
  const now = input.now ?? new Date()
  const people = [...new Set(input.people)]
  return prisma.$transaction(async (tx) => {
    const organisation = await listedOrganisationOf(tx, input.actorId)
    const event = await lockEvent(tx, input.eventId)
    const refusal = registrationRefusal(event, now)
    if (refusal) throw new DomainError(refusal, event.status === 'draft' ? 404 : 409)
    const mode = event.format === 'hybrid' ? input.mode : event.format === 'online' ? 'online' : 'on_site'
    if (!mode) throw new DomainError(errorMessage('attendanceModeRequired'), 400, 'mode')
    const colleagues = await tx.organisationMember.findMany({
      where: { organisationId: organisation.id, userId: { in: people }, user: { disabledAt: null } },
      select: { user: { select: { id: true, displayName: true } } },
    })
    if (colleagues.length !== people.length)
      throw new DomainError(errorMessage('notAColleague'), 403, 'people')
    const existing = await tx.eventRegistration.findMany({
      where: { eventId: event.id, userId: { in: people }, status: { in: [...activeRegistrationStates] } },
      select: { user: { select: { displayName: true } } },
    })
    if (existing.length)
      throw new DomainError(
        errorMessage('alreadyRegistered', { names: existing.map((r) => r.user.displayName).join(', ') }),
        409,
        'people',
      )
    let taken = await tx.eventRegistration.count({
      where: { eventId: event.id, status: { in: [...placeTakingStates] } },
    })
    const made: { id: string; status: string }[] = []
    for (const { user } of colleagues) {
      const full = event.capacity !== null && taken >= event.capacity
      const status = full ? 'waitlisted' : event.needsApproval ? 'pending' : 'approved'
      if (!full) taken++
      const data = {
        organisationId: organisation.id,
        registeredById: input.actorId,
        status,
        mode,
        answer: input.answer,
        listed: input.listed,
        waitingSince: full ? now : null,
        decidedAt: status === 'approved' ? now : null,
        declineReason: null,
        cancelledAt: null,
        attended: null,
      } as const
      // A person who cancelled (or was declined) before registers again on the same row.
      const registration = await tx.eventRegistration.upsert({
        where: { eventId_userId: { eventId: event.id, userId: user.id } },
        create: { ...data, eventId: event.id, userId: user.id },
        update: { ...data, createdAt: now },
        select: { id: true, status: true },
      })
      made.push(registration)
      await tellPerson(
        tx,
        event,
        { userId: user.id, status, personName: user.displayName },
        full ? 'event.waitlisted' : status === 'approved' ? 'event.approved' : 'event.registered',
      )
    }
    return made
  })
}

/** The registration and its event, locked, for a move that must be allowed from its current state. */
async function lockRegistration(
  tx: Prisma.TransactionClient,
  registrationId: string,
  move: RegistrationMove,
) {
  const found = await tx.eventRegistration.findUnique({
    where: { id: registrationId },
    select: { eventId: true },
  })
  if (!found) throw new DomainError(errorMessage('noSuchRegistration'), 404)
  const event = await lockEvent(tx, found.eventId)
  const registration = await tx.eventRegistration.findUniqueOrThrow({
    where: { id: registrationId },
    include: { user: { select: { displayName: true } } },
  })
  if (!mayMoveRegistration(move, registration.status))
    throw new DomainError(errorMessage('registrationMoveRefused'), 409)
  return { event, registration }
}

/**
 * A member cancels a registration of their organisation (their own or a colleague's) until the event
 * starts; the place goes to the first person waiting.
 */
export async function cancelRegistration(input: { registrationId: string; actorId: string; now?: Date }) {
  const now = input.now ?? new Date()
  await prisma.$transaction(async (tx) => {
    const membership = await tx.organisationMember.findUnique({ where: { userId: input.actorId } })
    const { event, registration } = await lockRegistration(tx, input.registrationId, 'cancel')
    if (registration.userId !== input.actorId && registration.organisationId !== membership?.organisationId)
      throw new DomainError(errorMessage('notYourRegistration'), 403)
    if (!mayCancelRegistration(registration, event, now))
      throw new DomainError(errorMessage('eventNotUpcoming'), 409)
    await tx.eventRegistration.update({
      where: { id: registration.id },
      data: { status: 'cancelled', cancelledAt: now, waitingSince: null },
    })
    await callOffMeetingsOf(tx, event.id, registration.userId)
    await moveUpFromWaitingList(tx, event)
  })
}

export async function approveRegistration(staffId: string, registrationId: string) {
  await prisma.$transaction(async (tx) => {
    const { event, registration } = await lockRegistration(tx, registrationId, 'approve')
    await tx.eventRegistration.update({
      where: { id: registration.id },
      data: { status: 'approved', decidedAt: new Date() },
    })
    await recordAudit(tx, {
      actorId: staffId,
      action: 'event.registration_approve',
      targetType: 'registration',
      targetId: registration.id,
      details: { eventId: event.id },
    })
    await tellPerson(
      tx,
      event,
      { userId: registration.userId, status: 'approved', personName: registration.user.displayName },
      'event.approved',
    )
  })
}

export async function declineRegistration(staffId: string, registrationId: string, reason: string) {
  await prisma.$transaction(async (tx) => {
    const { event, registration } = await lockRegistration(tx, registrationId, 'decline')
    await tx.eventRegistration.update({
      where: { id: registration.id },
      data: { status: 'declined', declineReason: reason, decidedAt: new Date(), waitingSince: null },
    })
    await callOffMeetingsOf(tx, event.id, registration.userId)
    await recordAudit(tx, {
      actorId: staffId,
      action: 'event.registration_decline',
      targetType: 'registration',
      targetId: registration.id,
      reason,
      details: { eventId: event.id },
    })
    await tellDeclined(
      tx,
      event,
      { userId: registration.userId, personName: registration.user.displayName },
      reason,
    )
    await moveUpFromWaitingList(tx, event)
  })
}

/**
 * Staff record who attended (approved registrations only): the ones named attended, the other approved
 * ones did not. Returns the number marked as attending.
 */
export async function recordAttendance(staffId: string, eventId: string, attendedRegistrationIds: string[]) {
  return prisma.$transaction(async (tx) => {
    await lockEvent(tx, eventId)
    const approved = await tx.eventRegistration.findMany({
      where: { eventId, status: 'approved' },
      select: { id: true },
    })
    const attending = new Set(attendedRegistrationIds)
    const ids = approved.map(({ id }) => id)
    await tx.eventRegistration.updateMany({
      where: { id: { in: ids.filter((id) => attending.has(id)) } },
      data: { attended: true },
    })
    await tx.eventRegistration.updateMany({
      where: { id: { in: ids.filter((id) => !attending.has(id)) } },
      data: { attended: false },
    })
    const count = ids.filter((id) => attending.has(id)).length
    await recordAudit(tx, {
      actorId: staffId,
      action: 'event.attendance',
      targetType: 'event',
      targetId: eventId,
      details: { attended: count, approved: ids.length },
    })
    return count
  })
}

/** The approved registrations whose person has one of these email addresses: an attendance list from a file. */
export async function registrationsByEmail(eventId: string, emails: string[]) {
  const wanted = emails.map((email) => email.trim().toLowerCase()).filter(Boolean)
  const found = await prisma.eventRegistration.findMany({
    where: { eventId, status: 'approved', user: { email: { in: wanted } } },
    select: { id: true, user: { select: { email: true } } },
  })
  const known = new Set(found.map((r) => r.user.email))
  return { ids: found.map((r) => r.id), unknown: wanted.filter((email) => !known.has(email)) }
}
