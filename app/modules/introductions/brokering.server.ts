import { errorMessage } from '~/modules/i18n/message-keys'
import { createIntroductionFollowUps } from '~/modules/outcomes/follow-ups.server'
import { recordAudit } from '~/modules/audit/audit.server'
import { notifyOrganisationMembers } from '~/modules/notifications/notifications.server'
import { prisma } from '~/utils/db.server'
import { isUniqueViolation } from '~/utils/prisma-errors.server'
import { assertCooperationPurpose } from './introductions.server'
import { introductionLink, pairKeyOf } from './rules'
import { listedOrganisation } from '~/modules/profiles/listed.server'
import { DomainError } from '~/utils/domain-error'

/** Who writes a brokered introduction's message, as its emails name them. */
const centreName = { en: 'the EU-Japan Centre', ja: '日欧産業協力センター' }

/** The listed organisations among `slugs`, by slug: what the broker form starts from when linked to. */
export async function brokerableOrganisations(slugs: string[]) {
  const organisations = await prisma.organisation.findMany({
    where: { slug: { in: slugs.filter(Boolean) }, ...listedOrganisation },
    select: { slug: true, name: true, nameJa: true, country: true },
  })
  return new Map(organisations.map((organisation) => [organisation.slug, organisation]))
}

/**
 * Centre staff introduce two organisations themselves: the introduction starts accepted ("brokered by
 * the Centre"), both sides are told, and the audit log records it.
 */
export async function brokerIntroduction(input: {
  staffId: string
  firstSlug: string
  secondSlug: string
  purpose: string
  message: string
  now?: Date
}) {
  const now = input.now ?? new Date()
  try {
    return await prisma.$transaction(async (tx) => {
      const organisations = await tx.organisation.findMany({
        where: { slug: { in: [input.firstSlug, input.secondSlug] }, ...listedOrganisation },
        select: { id: true, slug: true, name: true },
      })
      const first = organisations.find((organisation) => organisation.slug === input.firstSlug)
      const second = organisations.find((organisation) => organisation.slug === input.secondSlug)
      if (!first || !second) {
        throw new DomainError(errorMessage('bothMustBeApproved'))
      }
      if (first.id === second.id) throw new DomainError(errorMessage('sameOrganisationTwice'))
      const purpose = await assertCooperationPurpose(tx, input.purpose)
      const created = await tx.introductionRequest.create({
        data: {
          fromOrganisationId: first.id,
          toOrganisationId: second.id,
          brokeredById: input.staffId,
          purpose: input.purpose,
          message: input.message,
          status: 'accepted',
          openPairKey: pairKeyOf(first.id, second.id),
          createdAt: now,
          respondedAt: now,
          expiresAt: now,
        },
      })
      await createIntroductionFollowUps(tx, created, now)
      await recordAudit(tx, {
        actorId: input.staffId,
        action: 'introduction.broker',
        targetType: 'introduction',
        targetId: created.id,
        details: { first: first.slug, second: second.slug, purpose: input.purpose },
      })
      for (const [side, other] of [
        [first, second],
        [second, first],
      ] as const) {
        await notifyOrganisationMembers(
          tx,
          side.id,
          {
            kind: 'introduction.brokered',
            params: { other: other.name },
            link: introductionLink(created.id),
          },
          {
            details: {
              facts: [{ label: 'purpose', value: purpose }],
              message: { from: centreName, text: input.message },
            },
          },
        )
      }
      return created.id
    })
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError(errorMessage('pairHasOpenIntroduction'))
    }
    throw error
  }
}

/** A staff note on a request, never shown to the organisations. */
export async function addStaffNote(input: { staffId: string; introductionId: string; body: string }) {
  await prisma.$transaction(async (tx) => {
    const request = await tx.introductionRequest.findUnique({
      where: { id: input.introductionId },
      select: { id: true },
    })
    if (!request) throw new DomainError(errorMessage('noSuchIntroduction'), 404)
    await tx.introductionNote.create({
      data: { introductionId: request.id, authorId: input.staffId, body: input.body },
    })
    await recordAudit(tx, {
      actorId: input.staffId,
      action: 'introduction.note',
      targetType: 'introduction',
      targetId: request.id,
      reason: input.body,
    })
  })
}
