import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { startJobRunner } from '~/modules/jobs/job-queue.server'
import { prisma } from '~/utils/db.server'
import { deliverEmail, EmailDeliveryError, queueEmails } from './outbox.server'

type Received = { to: string; raw: string }

/** A real SMTP server on a free port that accepts messages, except to the addresses it is told to refuse. */
function smtpServer() {
  const received: Received[] = []
  let refuse = (_to: string) => false
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = ''
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString()))
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((rcpt) => rcpt.address).join(',')
        if (refuse(to)) return callback(new Error('Mailbox unavailable'))
        received.push({ to, raw })
        callback()
      })
    },
  })
  return {
    received,
    refuse: (predicate: (to: string) => boolean) => (refuse = predicate),
    start: () =>
      new Promise<string>((resolve) =>
        server.listen(0, '127.0.0.1', () => {
          const { port } = server.server.address() as AddressInfo
          resolve(`smtp://127.0.0.1:${port}`)
        }),
      ),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

async function queueOne(toAddress: string) {
  await prisma.$transaction((tx) =>
    queueEmails(tx, [
      { userId: null, toAddress, locale: 'en', subject: `Hello ${toAddress}`, text: 'A test email.' },
    ]),
  )
  return prisma.emailMessage.findFirstOrThrow({ where: { toAddress } })
}

const uniqueAddress = (label: string) => `${label}-${Math.random().toString(36).slice(2)}@example.com`

describe('email outbox', () => {
  const smtp = smtpServer()
  let smtpUrl = ''
  beforeAll(async () => {
    smtpUrl = await smtp.start()
  })
  afterAll(async () => {
    await smtp.stop()
  })
  afterEach(() => {
    delete process.env.SMTP_URL
    smtp.refuse(() => false)
  })

  test('without SMTP_URL an email stays in the outbox, once', async () => {
    const email = await queueOne(uniqueAddress('outbox'))
    await deliverEmail(email.id, { finalAttempt: false })
    await deliverEmail(email.id, { finalAttempt: false })
    expect(await prisma.emailMessage.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({
      status: 'kept_in_outbox',
      sentAt: null,
    })
  })

  test('with SMTP_URL it is sent through SMTP, and a second delivery sends nothing', async () => {
    process.env.SMTP_URL = smtpUrl
    const address = uniqueAddress('smtp')
    const email = await queueOne(address)
    await deliverEmail(email.id, { finalAttempt: false })
    await deliverEmail(email.id, { finalAttempt: false })
    const sent = smtp.received.filter((message) => message.to === address)
    expect(sent).toHaveLength(1)
    expect(sent[0]!.raw).toContain(`Subject: Hello ${address}`)
    expect(await prisma.emailMessage.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({
      status: 'sent',
      attempts: 1,
    })
  })

  test('an attachment (an event’s calendar entry) is sent with the email', async () => {
    process.env.SMTP_URL = smtpUrl
    const address = uniqueAddress('attachment')
    await prisma.$transaction((tx) =>
      queueEmails(tx, [
        {
          userId: null,
          toAddress: address,
          locale: 'en',
          subject: 'Your place is confirmed',
          text: 'See you there.',
          attachment: {
            filename: 'webinar.ics',
            contentType: 'text/calendar; charset=utf-8',
            content: 'BEGIN:VCALENDAR',
          },
        },
      ]),
    )
    const email = await prisma.emailMessage.findFirstOrThrow({ where: { toAddress: address } })
    await deliverEmail(email.id, { finalAttempt: false })
    const [sent] = smtp.received.filter((message) => message.to === address)
    expect(sent!.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; name=webinar\.ics/)
    expect(sent!.raw).toContain('Content-Disposition: attachment; filename=webinar.ics')
  })

  test('every email has an HTML part beside its text, and an unsubscribe link travels as List-Unsubscribe', async () => {
    process.env.SMTP_URL = smtpUrl
    const address = uniqueAddress('parts')
    await prisma.$transaction((tx) =>
      queueEmails(tx, [
        {
          userId: null,
          toAddress: address,
          locale: 'en',
          subject: 'Reset <your> password',
          text: 'Choose a new password:\nhttps://circular.example/reset/abc\n\nIgnore this if it was not you.\n',
          unsubscribeUrl: 'https://circular.example/email/unsubscribe/t0ken?topic=events',
        },
      ]),
    )
    const email = await prisma.emailMessage.findFirstOrThrow({ where: { toAddress: address } })
    // Made from the text: the address on a line of its own becomes a button, the rest paragraphs, all escaped.
    expect(email.html).toContain('<a href="https://circular.example/reset/abc"')
    expect(email.html).toContain('>Choose a new password</a>')
    expect(email.html).toContain('<title>Reset &lt;your&gt; password</title>')
    await deliverEmail(email.id, { finalAttempt: false })
    const [sent] = smtp.received.filter((message) => message.to === address)
    expect(sent!.raw).toMatch(/Content-Type: multipart\/alternative/)
    expect(sent!.raw).toContain('Content-Type: text/plain')
    expect(sent!.raw).toContain('Content-Type: text/html')
    expect(sent!.raw).toMatch(
      /List-Unsubscribe:\s+<https:\/\/circular\.example\/email\/unsubscribe\/t0ken\?topic=events>/,
    )
    expect(sent!.raw).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click')
  })

  test('a refused email is recorded and left for a retry, then marked failed on the last attempt', async () => {
    process.env.SMTP_URL = smtpUrl
    const address = uniqueAddress('refused')
    smtp.refuse((to) => to === address)
    const email = await queueOne(address)
    await expect(deliverEmail(email.id, { finalAttempt: false })).rejects.toBeInstanceOf(EmailDeliveryError)
    expect(await prisma.emailMessage.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({
      status: 'queued',
      attempts: 1,
      lastError: expect.stringContaining('Mailbox unavailable'),
    })
    await expect(deliverEmail(email.id, { finalAttempt: true })).rejects.toBeInstanceOf(EmailDeliveryError)
    expect((await prisma.emailMessage.findUniqueOrThrow({ where: { id: email.id } })).status).toBe('failed')
  })

  test(
    'the job queue delivers what the outbox holds, retrying after a refusal',
    { timeout: 150_000 },
    async () => {
      process.env.SMTP_URL = smtpUrl
      const address = uniqueAddress('queued')
      // Other tests' emails may be waiting in this database too: only this one is refused.
      smtp.refuse((to) => to === address)
      const runner = await startJobRunner({ pollingIntervalSeconds: 0.5, outboxRelayIntervalMs: 200 })
      try {
        await runner.boss.updateQueue('email-send', { name: 'email-send', policy: 'stately', retryDelay: 1 })
        const email = await queueOne(address)
        await expect
          .poll(
            async () => (await prisma.emailMessage.findUniqueOrThrow({ where: { id: email.id } })).attempts,
            { timeout: 60_000, interval: 250 },
          )
          .toBeGreaterThanOrEqual(1)
        smtp.refuse(() => false)
        await expect
          .poll(
            async () => (await prisma.emailMessage.findUniqueOrThrow({ where: { id: email.id } })).status,
            {
              timeout: 60_000,
              interval: 250,
            },
          )
          .toBe('sent')
        expect(smtp.received.filter((message) => message.to === address)).toHaveLength(1)
      } finally {
        await runner.boss.updateQueue('email-send', { name: 'email-send', policy: 'stately', retryDelay: 30 })
        await runner.stop()
      }
    },
  )
})
