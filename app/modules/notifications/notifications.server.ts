import type { Prisma } from '~/generated/prisma/client'
import { prisma } from '~/utils/db.server'

export type NewNotification = { kind: string; message: string; link?: string }

/** Tells every member of an organisation, in the same transaction as what happened. */
export async function notifyOrganisationMembers(
  tx: Prisma.TransactionClient,
  organisationId: string,
  notification: NewNotification,
) {
  const members = await tx.organisationMember.findMany({
    where: { organisationId },
    select: { userId: true },
  })
  if (!members.length) return
  await tx.notification.createMany({
    data: members.map(({ userId }) => ({ userId, ...notification, link: notification.link ?? null })),
  })
}

export function countUnread(userId: string) {
  return prisma.notification.count({ where: { userId, readAt: null } })
}

export function listNotifications(userId: string) {
  return prisma.notification.findMany({ where: { userId }, orderBy: { createdAt: 'desc' }, take: 100 })
}

export async function markAllRead(userId: string) {
  await prisma.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } })
}
