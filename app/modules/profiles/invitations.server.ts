import { errorMessage } from '~/modules/i18n/message-keys'
import { prisma } from '~/utils/db.server'
import { DomainError } from '~/utils/domain-error'

/**
 * The owner invites colleagues by email address; whoever holds an account with that address (now or
 * after signing up) can accept and becomes an editor of the organisation.
 */
export async function inviteColleague(organisationId: string, invitedById: string, email: string) {
  const existingMember = await prisma.organisationMember.findFirst({
    where: { organisationId, user: { email } },
    select: { userId: true },
  })
  if (existingMember) throw new DomainError(errorMessage('alreadyMember'))
  return prisma.organisationInvite.upsert({
    where: { organisationId_email: { organisationId, email } },
    create: { organisationId, email, invitedById },
    update: { invitedById, acceptedAt: null, createdAt: new Date() },
  })
}

export async function revokeInvite(organisationId: string, inviteId: string) {
  const { count } = await prisma.organisationInvite.deleteMany({
    where: { id: inviteId, organisationId, acceptedAt: null },
  })
  if (count === 0) throw new DomainError(errorMessage('invitationGone'))
}

/** The organisation's members and the invitations nobody has accepted yet. */
export async function listColleagues(organisationId: string) {
  const [members, invites] = await Promise.all([
    prisma.organisationMember.findMany({
      where: { organisationId },
      orderBy: [{ role: 'asc' }, { createdAt: 'asc' }],
      select: { role: true, user: { select: { id: true, displayName: true, email: true } } },
    }),
    prisma.organisationInvite.findMany({
      where: { organisationId, acceptedAt: null },
      orderBy: { createdAt: 'asc' },
      select: { id: true, email: true, createdAt: true },
    }),
  ])
  return { members, invites }
}

/** Invitations waiting for this email address. */
export function pendingInvitesFor(email: string) {
  return prisma.organisationInvite.findMany({
    where: { email, acceptedAt: null },
    select: {
      id: true,
      organisation: { select: { name: true, nameJa: true, country: true } },
      invitedBy: { select: { displayName: true } },
    },
  })
}

/** Joins the organisation of an invitation addressed to this user. */
export async function acceptInvite(user: { id: string; email: string }, inviteId: string) {
  await prisma.$transaction(async (tx) => {
    const invite = await tx.organisationInvite.findFirst({
      where: { id: inviteId, email: user.email, acceptedAt: null },
    })
    if (!invite) throw new DomainError(errorMessage('invitationInvalid'))
    if (await tx.organisationMember.findUnique({ where: { userId: user.id } })) {
      throw new DomainError(errorMessage('alreadyInOrganisation'))
    }
    await tx.organisationMember.create({
      data: { organisationId: invite.organisationId, userId: user.id, role: 'editor' },
    })
    await tx.organisationInvite.update({ where: { id: invite.id }, data: { acceptedAt: new Date() } })
  })
}
