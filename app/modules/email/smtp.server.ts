import nodemailer, { type Transporter } from 'nodemailer'
import { getEnv } from '~/utils/env.server'
import { oneLine } from '~/utils/plain-text'
import type { DeliverableEmail } from './outbox.server'

const transports = new Map<string, Transporter>()

function transportFor(smtpUrl: string) {
  let transport = transports.get(smtpUrl)
  if (!transport) {
    const url = new URL(smtpUrl)
    // Bounded waits: a silent SMTP server must fail the attempt (and leave it to a retry), not hang it.
    for (const [name, value] of Object.entries({
      connectionTimeout: '10000',
      greetingTimeout: '10000',
      socketTimeout: '20000',
    })) {
      if (!url.searchParams.has(name)) url.searchParams.set(name, value)
    }
    transport = nodemailer.createTransport(url.toString())
    transports.set(smtpUrl, transport)
  }
  return transport
}

export async function sendThroughSmtp(smtpUrl: string, email: DeliverableEmail) {
  await transportFor(smtpUrl).sendMail({
    from: getEnv().EMAIL_FROM,
    to: email.toAddress,
    subject: oneLine(email.subject),
    text: email.text,
    ...(email.html ? { html: email.html } : {}),
    // One click in the mail program stops this kind of email (RFC 8058), without logging in.
    ...(email.unsubscribeUrl
      ? {
          list: { unsubscribe: email.unsubscribeUrl },
          headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
        }
      : {}),
    // Lets a receiving system recognise a retried email as the same message.
    messageId: `<${email.id}@eu-japan-circular.example>`,
    attachments: email.attachment ? [email.attachment] : [],
  })
}
