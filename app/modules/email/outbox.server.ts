import type { Prisma } from '~/generated/prisma/client'
import { prisma } from '~/utils/db.server'
import { getEnv, isProduction } from '~/utils/env.server'
import { localeOrDefault } from '~/modules/i18n/locales'
import { blocksFromText, renderEmail } from './email-layout.server'
import { sendThroughSmtp } from './smtp.server'

/** A file sent with an email, such as an event's calendar entry. */
export type EmailAttachment = { filename: string; contentType: string; content: string }

export type OutgoingEmail = {
  userId: string | null
  toAddress: string
  locale: string
  subject: string
  text: string
  /** The HTML part; without it, one is made from the text (paragraphs, and its links as buttons). */
  html?: string
  /** Stops this kind of email without logging in; sent as the List-Unsubscribe header too. */
  unsubscribeUrl?: string
  sensitive?: boolean
  attachment?: EmailAttachment
}

const withHtml = (email: OutgoingEmail) =>
  email.html
    ? email
    : {
        ...email,
        html: renderEmail({
          locale: localeOrDefault(email.locale),
          subject: email.subject,
          blocks: blocksFromText(email.text),
        }).html,
      }

/** Writes emails in the same transaction as the event they report, so none is lost or sent for nothing. */
export async function queueEmails(tx: Prisma.TransactionClient, emails: OutgoingEmail[]) {
  if (emails.length) await tx.emailMessage.createMany({ data: emails.map(withHtml) })
}

export const queuedEmailIds = async () =>
  (
    await prisma.emailMessage.findMany({
      where: { status: 'queued' },
      select: { id: true },
      orderBy: { createdAt: 'asc' },
      take: 500,
    })
  ).map(({ id }) => id)

/** A queued email as it goes out. */
export type DeliverableEmail = {
  id: string
  toAddress: string
  subject: string
  text: string
  html: string | null
  unsubscribeUrl: string | null
  attachment: EmailAttachment | null
}

export class EmailDeliveryError extends Error {}

/**
 * Sends one queued email through SMTP, or keeps it in the outbox when no SMTP server is configured.
 * The row stays locked while sending, so two workers never send the same email; a failure is recorded
 * and rethrown for the job queue to retry.
 */
export async function deliverEmail(emailId: string, { finalAttempt }: { finalAttempt: boolean }) {
  const smtpUrl = getEnv().SMTP_URL
  let failure: unknown = null
  await prisma.$transaction(
    async (tx) => {
      const [email] = await tx.$queryRaw<(DeliverableEmail & { sensitive: boolean })[]>`
        SELECT "id", "toAddress", "subject", "text", "html", "unsubscribeUrl", "sensitive", "attachment"
          FROM "EmailMessage"
         WHERE "id" = ${emailId} AND "status" = 'queued'
           FOR UPDATE SKIP LOCKED`
      if (!email) return
      if (!smtpUrl) {
        await tx.emailMessage.update({ where: { id: email.id }, data: { status: 'kept_in_outbox' } })
        // The outbox hides these from other accounts; whoever runs a development server still needs them
        // (to confirm a sign-up made in the browser), so they appear in its console.
        if (email.sensitive && !isProduction())
          console.log(`[outbox] ${email.toAddress}: ${email.subject}\n${email.text}`)
        return
      }
      try {
        await sendThroughSmtp(smtpUrl, email)
        await tx.emailMessage.update({
          where: { id: email.id },
          data: { status: 'sent', sentAt: new Date(), attempts: { increment: 1 }, lastError: null },
        })
      } catch (error) {
        failure = error
        await tx.emailMessage.update({
          where: { id: email.id },
          data: {
            attempts: { increment: 1 },
            lastError: error instanceof Error ? error.message : String(error),
            status: finalAttempt ? 'failed' : 'queued',
          },
        })
      }
    },
    { timeout: 60_000 },
  )
  if (failure) throw new EmailDeliveryError(`Email ${emailId} was not sent: ${String(failure)}`)
}

/**
 * The development outbox: the latest emails, newest first. A sensitive email's text (its link acts for the
 * account) is shown only to the account it was written for; for anyone else `text` is null.
 */
export async function listOutbox(viewerId: string, take = 100) {
  const emails = await prisma.emailMessage.findMany({ orderBy: { createdAt: 'desc' }, take })
  return emails.map((email) => readableBy(email, viewerId))
}

/** A sensitive email (a password reset, a confirmation link) is shown only to the person it was for. */
function readableBy<
  Email extends { sensitive: boolean; userId: string | null; text: string; html: string | null },
>(email: Email, viewerId: string) {
  const hidden = email.sensitive && email.userId !== viewerId
  return { ...email, text: hidden ? null : email.text, html: hidden ? null : email.html }
}

/** One email of the outbox with its HTML part, as `listOutbox` shows it to this viewer; null if none. */
export async function outboxEmail(id: string, viewerId: string) {
  const email = await prisma.emailMessage.findUnique({ where: { id } })
  return email ? readableBy(email, viewerId) : null
}
