import type { Prisma } from '~/generated/prisma/client'
import { errorMessage } from '~/modules/i18n/message-keys'
import { DomainError } from '~/utils/domain-error'

/**
 * A suspended organisation takes no new step in its introductions (no message, no meeting time, no
 * acceptance); it may still close them (decline, withdraw). Checked inside the transaction that acts.
 */
export async function assertMayAct(tx: Prisma.TransactionClient, organisationId: string) {
  const organisation = await tx.organisation.findUnique({
    where: { id: organisationId },
    select: { suspendedAt: true },
  })
  if (!organisation || organisation.suspendedAt)
    throw new DomainError(errorMessage('suspendedCannotAct'), 403)
}
