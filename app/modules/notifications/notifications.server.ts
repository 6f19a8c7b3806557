import type { Prisma } from '~/generated/prisma/client'
import { queueEmails, type EmailAttachment } from '~/modules/email/outbox.server'
import { effectiveTimeZone } from '~/modules/introductions/meeting-time'
import { localeOrDefault, type Locale } from '~/modules/i18n/locales'
import { prisma } from '~/utils/db.server'
import { getEnv } from '~/utils/env.server'
import { frequenciesFor, unsubscribeUrl } from '~/modules/email/email-preferences.server'
import { topicOfNotification } from '~/modules/email/email-topics'
import { notificationEmail, type EmailDetails } from './notification-email.server'
import { notificationText, type NotificationEvent } from './notification-texts'

/** Whom an email goes to, as what it carries may depend on it. */
export type Recipient = { id: string; locale: Locale; timeZone: string }

export type NotifyOptions = {
  /** A file for the email, such as the meeting's calendar entry, written for each recipient. */
  attachment?: (recipient: Recipient) => EmailAttachment | null
  /** What the email carries beyond its subject (the request's purpose and message, proposed times). */
  details?: EmailDetails
}

/**
 * Tells users about an event in the app and, as each one chose for its topic, by email now, in the weekly
 * digest or not at all; in each one's language, in the same transaction as the event itself.
 */
export async function notifyUsers(
  tx: Prisma.TransactionClient,
  userIds: string[],
  event: NotificationEvent,
  { attachment, details }: NotifyOptions = {},
) {
  if (!userIds.length) return
  const users = await tx.user.findMany({
    where: { id: { in: userIds }, disabledAt: null },
    select: {
      id: true,
      email: true,
      displayName: true,
      locale: true,
      timeZone: true,
      emailToken: true,
      membership: { select: { organisation: { select: { region: true } } } },
    },
  })
  const topic = topicOfNotification(event.kind)
  const frequencyOf = await frequenciesFor(
    tx,
    users.map((user) => user.id),
    topic,
  )
  await tx.notification.createMany({
    data: users.map((user) => ({
      userId: user.id,
      kind: event.kind,
      params: event.params,
      link: event.link,
      awaitingDigest: frequencyOf(user.id) === 'weekly',
    })),
  })
  const origin = getEnv().APP_ORIGIN
  await queueEmails(
    tx,
    users
      .filter((user) => frequencyOf(user.id) === 'each')
      .map((user) => {
        const locale = localeOrDefault(user.locale)
        const timeZone = effectiveTimeZone(user.timeZone, user.membership?.organisation.region)
        const unsubscribe = unsubscribeUrl(origin, user.emailToken, topic)
        return {
          userId: user.id,
          toAddress: user.email,
          locale,
          ...notificationEmail({
            event,
            details,
            recipient: { displayName: user.displayName, locale, timeZone },
            origin,
            unsubscribeUrl: unsubscribe,
          }),
          unsubscribeUrl: unsubscribe,
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
  options: NotifyOptions = {},
) {
  const members = await tx.organisationMember.findMany({
    where: { organisationId },
    select: { userId: true },
  })
  await notifyUsers(
    tx,
    members.map(({ userId }) => userId),
    event,
    options,
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
