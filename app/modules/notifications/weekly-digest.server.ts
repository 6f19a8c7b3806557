import { digestTopic } from '~/modules/email/email-topics'
import { renderEmail, type EmailBlock } from '~/modules/email/email-layout.server'
import { queueEmails } from '~/modules/email/outbox.server'
import { unsubscribeUrl } from '~/modules/email/email-preferences.server'
import { localeOrDefault } from '~/modules/i18n/locales'
import { effectiveTimeZone } from '~/modules/introductions/meeting-time'
import { prisma } from '~/utils/db.server'
import { getEnv } from '~/utils/env.server'
import { notificationEmailTexts } from './notification-email-texts'
import { notificationText } from './notification-texts'

/** At most this many updates are listed one by one; the rest are counted and wait in the app. */
const listedPerDigest = 30

/**
 * Sends each person who chose the weekly digest for some topic one email with what happened since their
 * last one. The updates are taken in the same transaction as the email is queued, so a second run (or a
 * second app server) finds nothing left to send. Returns how many digests were queued.
 */
export async function sendWeeklyDigests() {
  const waiting = await prisma.notification.findMany({
    where: { awaitingDigest: true },
    distinct: ['userId'],
    select: { userId: true },
  })
  const origin = getEnv().APP_ORIGIN
  let sent = 0
  for (const { userId } of waiting) {
    await prisma.$transaction(async (tx) => {
      const taken = await tx.$queryRaw<{ id: string }[]>`
        UPDATE "Notification" SET "awaitingDigest" = false
         WHERE "userId" = ${userId} AND "awaitingDigest"
     RETURNING "id"`
      if (!taken.length) return
      const user = await tx.user.findUniqueOrThrow({
        where: { id: userId },
        select: {
          email: true,
          displayName: true,
          locale: true,
          timeZone: true,
          disabledAt: true,
          emailToken: true,
          membership: { select: { organisation: { select: { region: true } } } },
        },
      })
      if (user.disabledAt) return
      const notifications = await tx.notification.findMany({
        where: { id: { in: taken.map(({ id }) => id) } },
        orderBy: { createdAt: 'asc' },
        take: listedPerDigest,
      })
      const locale = localeOrDefault(user.locale)
      const timeZone = effectiveTimeZone(user.timeZone, user.membership?.organisation.region)
      const t = notificationEmailTexts[locale]
      const stop = unsubscribeUrl(origin, user.emailToken, digestTopic)
      const subject = t.digest.subject(taken.length)
      const blocks: EmailBlock[] = [
        { kind: 'paragraph', text: t.greeting(user.displayName) },
        { kind: 'paragraph', text: t.digest.intro(taken.length) },
        {
          kind: 'links',
          items: notifications.map((notification) => ({
            text: notificationText(notification.kind, notification.params, locale, timeZone),
            url: new URL(notification.link ?? '/notifications', origin).toString(),
          })),
        },
        { kind: 'action', label: t.digest.open, url: new URL('/notifications', origin).toString() },
        {
          kind: 'footer',
          lines: [
            { text: t.digest.why },
            { text: t.choose, url: new URL('/account/preferences', origin).toString() },
            { text: t.digest.stop, url: stop },
          ],
        },
      ]
      await queueEmails(tx, [
        {
          userId,
          toAddress: user.email,
          locale,
          subject,
          ...renderEmail({ locale, subject, blocks }),
          unsubscribeUrl: stop,
        },
      ])
      sent++
    })
  }
  return sent
}
