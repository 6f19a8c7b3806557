import { errorMessage } from '~/modules/i18n/message-keys'
import { createIntroductionFollowUps } from '~/modules/outcomes/follow-ups.server'
import type { Prisma } from '~/generated/prisma/client'
import { notifyOrganisationMembers } from '~/modules/notifications/notifications.server'
import { prisma } from '~/utils/db.server'
import { getEnv } from '~/utils/env.server'
import { isUniqueViolation } from '~/utils/prisma-errors.server'
import type { IntroductionRequestInput, ProposeSlotsInput } from './introduction-fields'
import { addProposedSlots, confirmSlotInTransaction, proposedTimesDetails } from './meetings.server'
import { lockRequest } from './locked-request.server'
import { assertMayAct } from './acting-organisation.server'
import { introductionLink, pairKeyOf } from './rules'
import { isListed } from '~/modules/profiles/listed.server'
import { DomainError } from '~/utils/domain-error'
import { assertMayMove, sideOf } from './introduction-moves'

const daysFrom = (start: Date, days: number) => new Date(start.getTime() + days * 24 * 60 * 60 * 1000)

/** An organisation that other companies may contact: approved and not suspended. */
async function findContactable(tx: Prisma.TransactionClient, organisationId: string) {
  const organisation = await tx.organisation.findUnique({
    where: { id: organisationId },
    select: { id: true, name: true, status: true, suspendedAt: true },
  })
  return organisation && isListed(organisation) ? organisation : null
}

/** A purpose that may be chosen now, with its name in both languages for the emails that state it. */
export async function assertCooperationPurpose(tx: Prisma.TransactionClient, purpose: string) {
  const term = await tx.taxonomyTerm.findUnique({
    where: { kind_code: { kind: 'cooperation', code: purpose } },
    select: { retiredAt: true, labelEn: true, labelJa: true },
  })
  if (!term || term.retiredAt) throw new DomainError(errorMessage('purposeInvalid'))
  return { en: term.labelEn, ja: term.labelJa }
}

function explainDuplicate(error: unknown, otherName: string): never {
  if (isUniqueViolation(error)) {
    throw new DomainError(errorMessage('pairAlreadyOpen', { other: otherName }))
  }
  throw error
}

/**
 * A member of an approved organisation asks to be introduced to another one. The database allows one
 * open request per pair (a double click or a second tab is refused), and the sender's row is locked
 * while its pending requests are counted, so two requests at once cannot pass the cap together.
 */
export async function sendIntroductionRequest(input: {
  senderId: string
  fromOrganisationId: string
  toOrganisationId: string
  request: IntroductionRequestInput
  now?: Date
}) {
  const now = input.now ?? new Date()
  const { INTRODUCTION_EXPIRY_DAYS, INTRODUCTION_PENDING_LIMIT } = getEnv()
  let recipientName = 'this organisation'
  try {
    return await prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "Organisation" WHERE "id" = ${input.fromOrganisationId} FOR UPDATE`
      const sender = await findContactable(tx, input.fromOrganisationId)
      if (!sender) {
        throw new DomainError(errorMessage('senderNotApproved'))
      }
      if (input.toOrganisationId === input.fromOrganisationId) {
        throw new DomainError(errorMessage('ownOrganisation'))
      }
      const recipient = await findContactable(tx, input.toOrganisationId)
      if (!recipient) throw new DomainError(errorMessage('recipientUnavailable'))
      recipientName = recipient.name
      const purpose = await assertCooperationPurpose(tx, input.request.purpose)
      const pending = await tx.introductionRequest.count({
        where: { fromOrganisationId: sender.id, status: 'pending' },
      })
      if (pending >= INTRODUCTION_PENDING_LIMIT) {
        throw new DomainError(errorMessage('pendingLimit', { pending, limit: INTRODUCTION_PENDING_LIMIT }))
      }
      const created = await tx.introductionRequest.create({
        data: {
          fromOrganisationId: sender.id,
          toOrganisationId: recipient.id,
          senderId: input.senderId,
          purpose: input.request.purpose,
          message: input.request.message,
          openPairKey: pairKeyOf(sender.id, recipient.id),
          createdAt: now,
          expiresAt: daysFrom(now, INTRODUCTION_EXPIRY_DAYS),
        },
      })
      const proposed = await addProposedSlots(tx, {
        introductionId: created.id,
        proposedByOrganisationId: sender.id,
        proposal: { timeZone: input.request.timeZone, slots: input.request.slots },
        now,
      })
      await notifyOrganisationMembers(
        tx,
        recipient.id,
        { kind: 'introduction.received', params: { from: sender.name }, link: introductionLink(created.id) },
        {
          details: {
            facts: [{ label: 'purpose', value: purpose }],
            message: { from: sender.name, text: input.request.message },
            ...proposedTimesDetails(proposed),
          },
        },
      )
      return created.id
    })
  } catch (error) {
    explainDuplicate(error, recipientName)
  }
}

/** The recipient accepts: optionally picking one of the proposed times, or proposing others. */
export async function acceptIntroduction(input: {
  introductionId: string
  organisationId: string
  slotId?: string
  counterProposal?: ProposeSlotsInput
  now?: Date
}) {
  const now = input.now ?? new Date()
  await prisma.$transaction(async (tx) => {
    const request = await lockRequest(tx, input.introductionId)
    assertMayMove('answer', sideOf(request, input.organisationId), request, now)
    await assertMayAct(tx, input.organisationId)
    await tx.introductionRequest.update({
      where: { id: request.id },
      data: { status: 'accepted', respondedAt: now },
    })
    await createIntroductionFollowUps(tx, request, now)
    if (input.slotId) {
      await confirmSlotInTransaction(tx, {
        request,
        slotId: input.slotId,
        organisationId: input.organisationId,
        now,
      })
    }
    const proposed = input.counterProposal
      ? await addProposedSlots(tx, {
          introductionId: request.id,
          proposedByOrganisationId: input.organisationId,
          proposal: input.counterProposal,
          now,
        })
      : []
    await notifyOrganisationMembers(
      tx,
      request.fromOrganisationId,
      {
        kind: 'introduction.accepted',
        params: { by: request.toOrganisation.name },
        link: introductionLink(request.id),
      },
      { details: proposedTimesDetails(proposed) },
    )
  })
}

export async function declineIntroduction(input: {
  introductionId: string
  organisationId: string
  reason?: string
  now?: Date
}) {
  const now = input.now ?? new Date()
  await prisma.$transaction(async (tx) => {
    const request = await lockRequest(tx, input.introductionId)
    assertMayMove('decline', sideOf(request, input.organisationId), request, now)
    await tx.introductionRequest.update({
      where: { id: request.id },
      data: {
        status: 'declined',
        declineReason: input.reason || null,
        respondedAt: now,
        closedAt: now,
        openPairKey: null,
      },
    })
    await notifyOrganisationMembers(
      tx,
      request.fromOrganisationId,
      {
        kind: 'introduction.declined',
        params: { by: request.toOrganisation.name },
        link: introductionLink(request.id),
      },
      { details: { facts: input.reason ? [{ label: 'reason', value: input.reason }] : [] } },
    )
  })
}

export async function withdrawIntroduction(input: {
  introductionId: string
  organisationId: string
  now?: Date
}) {
  const now = input.now ?? new Date()
  await prisma.$transaction(async (tx) => {
    const request = await lockRequest(tx, input.introductionId)
    assertMayMove('withdraw', sideOf(request, input.organisationId), request, now)
    await tx.introductionRequest.update({
      where: { id: request.id },
      data: { status: 'withdrawn', closedAt: now, openPairKey: null },
    })
    await notifyOrganisationMembers(tx, request.toOrganisationId, {
      kind: 'introduction.withdrawn',
      params: { from: request.fromOrganisation.name },
      link: introductionLink(request.id),
    })
  })
}

/** Closes every request left unanswered past its expiry and tells each sender; returns how many. */
export async function expireOverdueIntroductions(now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const expired = await tx.$queryRaw<
      { id: string; fromOrganisationId: string; toOrganisationId: string }[]
    >`
      UPDATE "IntroductionRequest"
         SET "status" = 'expired', "closedAt" = ${now}, "openPairKey" = NULL
       WHERE "status" = 'pending' AND "expiresAt" <= ${now}
   RETURNING "id", "fromOrganisationId", "toOrganisationId"`
    if (!expired.length) return 0
    const recipients = await tx.organisation.findMany({
      where: { id: { in: expired.map((request) => request.toOrganisationId) } },
      select: { id: true, name: true },
    })
    const nameOf = new Map(recipients.map((organisation) => [organisation.id, organisation.name]))
    for (const request of expired) {
      await notifyOrganisationMembers(tx, request.fromOrganisationId, {
        kind: 'introduction.expired',
        params: { to: nameOf.get(request.toOrganisationId) ?? '' },
        link: introductionLink(request.id),
      })
    }
    return expired.length
  })
}
