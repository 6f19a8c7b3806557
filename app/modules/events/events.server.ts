import { DomainError } from '~/utils/domain-error'
import type { Prisma } from '~/generated/prisma/client'
import { recordAudit } from '~/modules/audit/audit.server'
import { errorMessage } from '~/modules/i18n/message-keys'
import { slugFor } from '~/modules/profiles/organisation-record.server'
import { loadTaxonomy } from '~/modules/taxonomy/taxonomy.server'
import { slotHoldingStates } from '~/modules/meetings/meeting-rules'
import { prisma } from '~/utils/db.server'
import { eventTopicFields, topicTaxonomy, type EventInput, type EventTopicField } from './event-fields'
import { mayMoveEvent, placeTakingStates, type EventMove } from './event-status'
import { tellRegistrants, moveUpFromWaitingList } from './registration-notices.server'

/** Slugs that name pages of their own under /events. */
const reservedSlugs = new Set(['new', 'mine'])

async function uniqueSlug(tx: Prisma.TransactionClient, title: string) {
  const base = slugFor(title)
  for (let attempt = 0; ; attempt++) {
    const slug = attempt === 0 && !reservedSlugs.has(base) ? base : `${base}-${attempt + 1}`
    if (!(await tx.event.findUnique({ where: { slug }, select: { id: true } }))) return slug
  }
}

/** Every topic must be a code of its taxonomy; a retired one only where the event already had it. */
async function assertTopicCodes(input: EventInput, existing?: Partial<Record<EventTopicField, string[]>>) {
  const taxonomy = await loadTaxonomy()
  for (const field of eventTopicFields) {
    const terms = new Map(taxonomy[topicTaxonomy[field]].map((term) => [term.code, term]))
    for (const code of input[field]) {
      const term = terms.get(code)
      if (!term) throw new DomainError(errorMessage('unknownCodes', { codes: code }), 400, field)
      if (term.retired && !existing?.[field]?.includes(code))
        throw new DomainError(errorMessage('retiredCode', { code }), 400, field)
    }
  }
}

const storedFields = (input: EventInput) => ({
  ...input,
  agenda: input.agenda as Prisma.InputJsonValue,
  contacts: input.contacts as Prisma.InputJsonValue,
})

export async function createEvent(staffId: string, input: EventInput) {
  await assertTopicCodes(input)
  return prisma.$transaction(async (tx) => {
    const event = await tx.event.create({
      data: { ...storedFields(input), slug: await uniqueSlug(tx, input.title) },
      select: { id: true, slug: true },
    })
    await recordAudit(tx, {
      actorId: staffId,
      action: 'event.create',
      targetType: 'event',
      targetId: event.id,
    })
    return event
  })
}

/** The event row, locked until the transaction ends: registrations and changes to it queue behind. */
export async function lockEvent(tx: Prisma.TransactionClient, eventId: string) {
  const [locked] = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Event" WHERE "id" = ${eventId} FOR UPDATE`
  if (!locked) throw new DomainError(errorMessage('noSuchEvent'), 404)
  return tx.event.findUniqueOrThrow({ where: { id: eventId } })
}

function assertMayMove(move: EventMove, status: Parameters<typeof mayMoveEvent>[1]) {
  if (!mayMoveEvent(move, status))
    throw new DomainError(errorMessage(move === 'edit' ? 'eventNotEditable' : 'eventMoveRefused'), 409)
}

/** What participants are told about when it changes: the time, the place and the link. */
const noticeableFields = ['startsAt', 'endsAt', 'city', 'venue', 'meetingUrl', 'format'] as const

/**
 * Saves staff changes. A capacity below the places already given is refused; a larger one moves people
 * up from the waiting list. Once published, a change of time, place or link raises the calendar
 * sequence and tells the registered participants.
 */
export async function updateEvent(staffId: string, eventId: string, input: EventInput) {
  const current = await prisma.event.findUnique({ where: { id: eventId } })
  if (!current) throw new DomainError(errorMessage('noSuchEvent'), 404)
  await assertTopicCodes(input, current)
  await prisma.$transaction(async (tx) => {
    const before = await lockEvent(tx, eventId)
    assertMayMove('edit', before.status)
    if (input.capacity !== null) {
      const taken = await tx.eventRegistration.count({
        where: { eventId, status: { in: [...placeTakingStates] } },
      })
      if (input.capacity < taken)
        throw new DomainError(errorMessage('capacityBelowApproved', { approved: taken }), 409, 'capacity')
    }
    const changed = noticeableFields.filter(
      (field) =>
        String(before[field] instanceof Date ? (before[field] as Date).getTime() : before[field]) !==
        String(input[field] instanceof Date ? (input[field] as Date).getTime() : input[field]),
    )
    const notice = before.status === 'published' && changed.length > 0
    const event = await tx.event.update({
      where: { id: eventId },
      data: { ...storedFields(input), ...(notice ? { sequence: { increment: 1 } } : {}) },
    })
    await recordAudit(tx, {
      actorId: staffId,
      action: 'event.update',
      targetType: 'event',
      targetId: eventId,
      details: { changed: changed as string[] },
    })
    if (notice) await tellRegistrants(tx, event, 'event.changed')
    await moveUpFromWaitingList(tx, event)
  })
}

export async function publishEvent(staffId: string, eventId: string) {
  await prisma.$transaction(async (tx) => {
    const event = await lockEvent(tx, eventId)
    assertMayMove('publish', event.status)
    await tx.event.update({ where: { id: eventId }, data: { status: 'published', publishedAt: new Date() } })
    await recordAudit(tx, {
      actorId: staffId,
      action: 'event.publish',
      targetType: 'event',
      targetId: eventId,
    })
  })
}

/** Cancels the event: every registered participant is told, in their language, with a cancelled calendar entry. */
export async function cancelEvent(staffId: string, eventId: string, reason?: string) {
  await prisma.$transaction(async (tx) => {
    const before = await lockEvent(tx, eventId)
    assertMayMove('cancel', before.status)
    const event = await tx.event.update({
      where: { id: eventId },
      data: { status: 'cancelled', cancelledAt: new Date(), sequence: { increment: 1 } },
    })
    // Its meetings go with it (the cancellation notice tells everyone); their slots and tables are freed.
    await tx.meetingClaim.deleteMany({ where: { slot: { eventId } } })
    await tx.eventMeeting.updateMany({
      where: { eventId, status: { in: [...slotHoldingStates] } },
      data: { status: 'cancelled', sequence: { increment: 1 } },
    })
    await tx.followUp.deleteMany({ where: { meeting: { eventId }, sentAt: null } })
    await recordAudit(tx, {
      actorId: staffId,
      action: 'event.cancel',
      targetType: 'event',
      targetId: eventId,
      reason: reason || null,
    })
    if (before.status === 'published') await tellRegistrants(tx, event, 'event.cancelled')
  })
}
