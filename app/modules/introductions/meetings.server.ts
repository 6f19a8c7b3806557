import { errorMessage } from '~/modules/i18n/message-keys'
import type { Prisma } from '~/generated/prisma/client'
import { notifyOrganisationMembers } from '~/modules/notifications/notifications.server'
import { prisma } from '~/utils/db.server'
import type { ProposeSlotsInput } from './introduction-fields'
import { assertMayAct } from './acting-organisation.server'
import { introductionLink } from './rules'
import { wallClockToInstant } from './meeting-time'
import { DomainError } from '~/utils/domain-error'
import { locales, type Locale } from '~/modules/i18n/locales'
import { messagesFor } from '~/modules/i18n/messages'
import { introductionMeetingCalendar } from './meeting-calendar.server'
import { assertMayMove, sideOf } from './introduction-moves'

/**
 * Records the times one side proposes (entered in its own zone, stored as instants); its earlier
 * proposals that nobody confirmed are withdrawn, so each side has one current set.
 */
export async function addProposedSlots(
  tx: Prisma.TransactionClient,
  input: { introductionId: string; proposedByOrganisationId: string; proposal: ProposeSlotsInput; now: Date },
) {
  const { proposal } = input
  if (!proposal.slots.length) return []
  const slots = proposal.slots.map((slot) => ({
    startsAt: wallClockToInstant(slot.date, slot.time, proposal.timeZone),
    durationMinutes: slot.durationMinutes,
    mode: slot.mode,
    location: slot.location || null,
    enteredTimeZone: proposal.timeZone,
  }))
  if (slots.some((slot) => slot.startsAt <= input.now)) {
    throw new DomainError(errorMessage('proposedTimeInPast'))
  }
  await tx.meetingSlot.updateMany({
    where: {
      introductionId: input.introductionId,
      proposedByOrganisationId: input.proposedByOrganisationId,
      withdrawnAt: null,
      confirmedFor: null,
    },
    data: { withdrawnAt: input.now },
  })
  await tx.meetingSlot.createMany({
    data: slots.map((slot) => ({
      ...slot,
      introductionId: input.introductionId,
      proposedByOrganisationId: input.proposedByOrganisationId,
    })),
  })
  return slots.map((slot) => ({ startsAt: slot.startsAt, minutes: slot.durationMinutes }))
}

/** The proposed times as an email lists them, in each recipient's zone. */
export const proposedTimesDetails = (slots: { startsAt: Date; minutes: number }[]) => ({
  times: { label: 'proposedTimes' as const, slots },
})

/**
 * One side confirms a time the other side proposed. Changing an already confirmed meeting raises its
 * sequence, so calendar apps update the entry they have instead of adding a second one.
 */
export async function confirmSlotInTransaction(
  tx: Prisma.TransactionClient,
  input: {
    request: {
      id: string
      meetingSlotId: string | null
      meetingSequence: number
      fromOrganisationId: string
      toOrganisationId: string
    }
    slotId: string
    organisationId: string
    now: Date
  },
) {
  const slot = await tx.meetingSlot.findUnique({ where: { id: input.slotId } })
  if (!slot || slot.introductionId !== input.request.id || slot.withdrawnAt) {
    throw new DomainError(errorMessage('slotNoLongerProposed'))
  }
  if (slot.proposedByOrganisationId === input.organisationId) {
    throw new DomainError(errorMessage('otherSideConfirms'), 403)
  }
  if (slot.startsAt <= input.now) throw new DomainError(errorMessage('slotPassed'))
  if (input.request.meetingSlotId === slot.id) return
  await tx.introductionRequest.update({
    where: { id: input.request.id },
    data: {
      meetingSlotId: slot.id,
      ...(input.request.meetingSlotId ? { meetingSequence: { increment: 1 } } : {}),
    },
  })
  const other =
    input.organisationId === input.request.fromOrganisationId
      ? input.request.toOrganisationId
      : input.request.fromOrganisationId
  const [from, to] = await Promise.all(
    [input.request.fromOrganisationId, input.request.toOrganisationId].map((id) =>
      tx.organisation.findUniqueOrThrow({ where: { id }, select: { name: true, nameJa: true } }),
    ),
  )
  const confirmer = input.organisationId === input.request.fromOrganisationId ? from! : to!
  const sequence = input.request.meetingSlotId
    ? input.request.meetingSequence + 1
    : input.request.meetingSequence
  const modes = { en: messagesFor('en'), ja: messagesFor('ja') }
  await notifyOrganisationMembers(
    tx,
    other,
    {
      kind: 'introduction.meeting_confirmed',
      params: { with: confirmer.name },
      link: introductionLink(input.request.id),
    },
    {
      details: {
        times: { label: 'agreedTime', slots: [{ startsAt: slot.startsAt, minutes: slot.durationMinutes }] },
        facts: [
          {
            label: 'where',
            value: Object.fromEntries(
              locales.map((locale) => [
                locale,
                [modes[locale].introductions.modes[slot.mode], slot.location].filter(Boolean).join(', '),
              ]),
            ) as Record<Locale, string>,
          },
        ],
      },
      attachment: ({ locale }) => ({
        filename: `meeting-${input.request.id}.ics`,
        contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
        content: introductionMeetingCalendar({
          introductionId: input.request.id,
          sequence,
          slot,
          from: from!,
          to: to!,
          locale,
        }),
      }),
    },
  )
}

async function lockAccepted(tx: Prisma.TransactionClient, introductionId: string, organisationId: string) {
  await tx.$queryRaw`SELECT 1 FROM "IntroductionRequest" WHERE "id" = ${introductionId} FOR UPDATE`
  const request = await tx.introductionRequest.findUnique({ where: { id: introductionId } })
  if (!request) throw new DomainError(errorMessage('noSuchIntroduction'), 404)
  assertMayMove('arrangeMeeting', sideOf(request, organisationId), request)
  await assertMayAct(tx, organisationId)
  return request
}

/** After acceptance, either side proposes (new) times; the other side is told. */
export async function proposeMeetingSlots(input: {
  introductionId: string
  organisationId: string
  proposal: ProposeSlotsInput
  now?: Date
}) {
  const now = input.now ?? new Date()
  await prisma.$transaction(async (tx) => {
    const request = await lockAccepted(tx, input.introductionId, input.organisationId)
    const proposed = await addProposedSlots(tx, {
      introductionId: request.id,
      proposedByOrganisationId: input.organisationId,
      proposal: input.proposal,
      now,
    })
    const proposer = await tx.organisation.findUniqueOrThrow({
      where: { id: input.organisationId },
      select: { name: true },
    })
    const other =
      input.organisationId === request.fromOrganisationId
        ? request.toOrganisationId
        : request.fromOrganisationId
    await notifyOrganisationMembers(
      tx,
      other,
      {
        kind: 'introduction.slots_proposed',
        params: { by: proposer.name },
        link: introductionLink(request.id),
      },
      { details: proposedTimesDetails(proposed) },
    )
  })
}

export async function confirmMeetingSlot(input: {
  introductionId: string
  organisationId: string
  slotId: string
  now?: Date
}) {
  const now = input.now ?? new Date()
  await prisma.$transaction(async (tx) => {
    const request = await lockAccepted(tx, input.introductionId, input.organisationId)
    await confirmSlotInTransaction(tx, {
      request,
      slotId: input.slotId,
      organisationId: input.organisationId,
      now,
    })
  })
}
