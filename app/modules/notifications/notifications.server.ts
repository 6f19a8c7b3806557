import type { Prisma } from '~/generated/prisma/client'
import { queueEmails, type EmailAttachment } from '~/modules/email/outbox.server'
import { effectiveTimeZone } from '~/modules/introductions/meeting-time'
import { localeOrDefault, type Locale } from '~/modules/i18n/locales'
import { prisma } from '~/utils/db.server'
import { getEnv } from '~/utils/env.server'
import { notificationEmail, notificationText, type NotificationEvent } from './notification-texts'

/** Whom an email goes to, as what it carries may depend on it. */
export type Recipient = { id: string; locale: Locale; timeZone: string }

/**
 * Tells users about an event in the app and by email, in each one's language, in the same
 * transaction as the event itself.
 */
export async function notifyUsers(
  tx: Prisma.TransactionClient,
  userIds: string[],
  event: NotificationEvent,
  { attachment }: { attachment?: (recipient: Recipient) => EmailAttachment | null } = {},
) {
  if (!userIds.length) return
  const users = await tx.user.findMany({
    where: { id: { in: userIds }, disabledAt: null },
    select: {
      id: true,
      email: true,
      locale: true,
      timeZone: true,
      membership: { select: { organisation: { select: { region: true } } } },
    },
  })
  await tx.notification.createMany({
    data: users.map((user) => ({
      userId: user.id,
      kind: event.kind,
      params: event.params,
      link: event.link,
    })),
  })
  const origin = getEnv().APP_ORIGIN
  await queueEmails(
    tx,
    users.map((user) => {
      const locale = localeOrDefault(user.locale)
      const timeZone = effectiveTimeZone(user.timeZone, user.membership?.organisation.region)
      return {
        userId: user.id,
        toAddress: user.email,
        locale,
        ...notificationEmail(event, locale, origin, timeZone),
        attachment: attachment?.({ id: user.id, locale, timeZone }) ?? undefined,
      }
    }),
  )
}

/** Tells every member of an organisation. */
export async function notifyOrganisationMembers(
  tx: Prisma.TransactionClient,
  organisationId: string,
  event: NotificationEvent,
) {
  const members = await tx.organisationMember.findMany({
    where: { organisationId },
    select: { userId: true },
  })
  await notifyUsers(
    tx,
    members.map(({ userId }) => userId),
    event,
  )
}

export function countUnread(userId: string) {
  return prisma.notification.count({ where: { userId, readAt: null } })
}

/** The latest notifications, written in the reader's language. */
export async function listNotifications(userId: string, locale: Locale, timeZone?: string) {
  const notifications = await prisma.notification.findMany({
    where: { userId },
    orderBy: { createdAt: 'desc' },
    take: 100,
  })
  return notifications.map(({ id, link, createdAt, readAt, kind, params }) => ({
    id,
    link,
    createdAt,
    readAt,
    text: notificationText(kind, params, locale, timeZone),
  }))
}

export async function markAllRead(userId: string) {
  await prisma.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } })
}
