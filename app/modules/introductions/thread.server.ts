import { errorMessage } from '~/modules/i18n/message-keys'
import { notifyOrganisationMembers } from '~/modules/notifications/notifications.server'
import { prisma } from '~/utils/db.server'
import { assertMayAct } from './acting-organisation.server'
import { introductionLink } from './rules'
import { DomainError } from '~/utils/domain-error'
import { assertMayMove, sideOf } from './introduction-moves'

/** A member of either organisation writes in the pair's thread, open once the introduction is accepted. */
export async function postThreadMessage(input: {
  introductionId: string
  organisationId: string
  authorId: string
  body: string
}) {
  await prisma.$transaction(async (tx) => {
    const request = await tx.introductionRequest.findUnique({
      where: { id: input.introductionId },
      include: {
        fromOrganisation: { select: { id: true, name: true } },
        toOrganisation: { select: { id: true, name: true } },
      },
    })
    if (!request) throw new DomainError(errorMessage('noSuchIntroduction'), 404)
    const side = sideOf(request, input.organisationId)
    assertMayMove('write', side, request)
    const isSender = side === 'sender'
    await assertMayAct(tx, input.organisationId)
    await tx.introductionMessage.create({
      data: { introductionId: request.id, authorId: input.authorId, body: input.body },
    })
    const [author, other] = isSender
      ? [request.fromOrganisation, request.toOrganisation]
      : [request.toOrganisation, request.fromOrganisation]
    await notifyOrganisationMembers(
      tx,
      other.id,
      {
        kind: 'introduction.message',
        params: { from: author.name },
        link: `${introductionLink(request.id)}#thread`,
      },
      { details: { message: { from: author.name, text: input.body } } },
    )
  })
}
