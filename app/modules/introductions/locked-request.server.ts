import type { Prisma } from '~/generated/prisma/client'
import { errorMessage } from '~/modules/i18n/message-keys'
import { DomainError } from '~/utils/domain-error'

/** The request as one of its two organisations may change it, locked for the change. */
export async function lockRequest(tx: Prisma.TransactionClient, introductionId: string) {
  await tx.$queryRaw`SELECT 1 FROM "IntroductionRequest" WHERE "id" = ${introductionId} FOR UPDATE`
  const request = await tx.introductionRequest.findUnique({
    where: { id: introductionId },
    include: {
      fromOrganisation: { select: { id: true, name: true } },
      toOrganisation: { select: { id: true, name: true } },
    },
  })
  if (!request) throw new DomainError(errorMessage('noSuchIntroduction'), 404)
  return request
}
