import type { DismissalReason } from '~/generated/prisma/enums'
import { errorMessage } from '~/modules/i18n/message-keys'
import { prisma } from '~/utils/db.server'
import { DomainError } from '~/utils/domain-error'

/**
 * "Not relevant": the organisation is no longer suggested to `organisationId`, with the reason if one was
 * given (kept so that matching can learn from it). Dismissing twice, or twice at once, is one dismissal;
 * a later reason replaces an earlier one.
 */
export async function dismissSuggestion(
  organisationId: string,
  dismissedId: string,
  userId: string,
  reason?: DismissalReason,
) {
  const dismissed = await prisma.organisation.findUnique({ where: { id: dismissedId }, select: { id: true } })
  if (!dismissed || dismissedId === organisationId)
    throw new DomainError(errorMessage('noSuchOrganisation'), 404)
  await prisma.suggestionDismissal.createMany({
    data: [{ organisationId, dismissedId, dismissedById: userId, reason: reason ?? null }],
    skipDuplicates: true,
  })
  if (reason)
    await prisma.suggestionDismissal.update({
      where: { organisationId_dismissedId: { organisationId, dismissedId } },
      data: { reason },
    })
}

/** Undoes a dismissal: the organisation may be suggested again. Undoing one that is not there is a 404. */
export async function restoreSuggestion(organisationId: string, dismissedId: string) {
  const { count } = await prisma.suggestionDismissal.deleteMany({ where: { organisationId, dismissedId } })
  if (!count) throw new DomainError(errorMessage('notDismissed'), 404)
}

/** What an organisation marked as not relevant, the latest first. */
export function dismissedSuggestions(organisationId: string) {
  return prisma.suggestionDismissal.findMany({
    where: { organisationId },
    orderBy: { createdAt: 'desc' },
    select: {
      reason: true,
      createdAt: true,
      dismissed: { select: { id: true, slug: true, name: true, nameJa: true, country: true } },
    },
  })
}
