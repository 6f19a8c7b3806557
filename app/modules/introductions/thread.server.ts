import type { Prisma } from '~/generated/prisma/client'
import { notifyOrganisationMembers } from '~/modules/notifications/notifications.server'
import { prisma } from '~/utils/db.server'
import { assertMayAct } from './acting-organisation.server'
import { introductionLink } from './rules'
import { lockRequest } from './locked-request.server'
import { assertMayMove, sideOf } from './introduction-moves'

/**
 * The introduction an organisation writes in (a message, a file), locked and checked inside the caller's
 * transaction:
 * one of its two organisations, once accepted, not while suspended. Its own side and the other one.
 */
export async function threadForWriting(
  tx: Prisma.TransactionClient,
  introductionId: string,
  organisationId: string,
) {
  const request = await lockRequest(tx, introductionId)
  const side = sideOf(request, organisationId)
  assertMayMove('write', side, request)
  await assertMayAct(tx, organisationId)
  const [own, other] =
    side === 'sender'
      ? [request.fromOrganisation, request.toOrganisation]
      : [request.toOrganisation, request.fromOrganisation]
  return { request, own, other }
}

/** A member of either organisation writes in the pair's thread, open once the introduction is accepted. */
export async function postThreadMessage(input: {
  introductionId: string
  organisationId: string
  authorId: string
  body: string
}) {
  await prisma.$transaction(async (tx) => {
    const {
      request,
      own: author,
      other,
    } = await threadForWriting(tx, input.introductionId, input.organisationId)
    await tx.introductionMessage.create({
      data: { introductionId: request.id, authorId: input.authorId, body: input.body },
    })
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
