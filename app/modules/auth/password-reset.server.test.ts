import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { anAccount, createTestAccount } from '../../../prisma/seed/builders'
import { registerJobQueue } from '~/modules/jobs/enqueue.server'
import { prisma } from '~/utils/db.server'
import type PgBoss from 'pg-boss'
import {
  emailPasswordResetLink,
  passwordResetEmailQueue,
  requestPasswordReset,
} from './password-reset.server'

// The queue as the route sees it, recording what is sent instead of running a worker.
const sent: { queue: string; data: object }[] = []
beforeAll(() => {
  registerJobQueue({
    send: async (queue: string, data: object) => {
      sent.push({ queue, data })
      return 'job-id'
    },
  } as unknown as PgBoss)
})
afterAll(() => registerJobQueue(undefined))

describe('asking for a password reset', () => {
  test('the request does the same work for a registered and an unknown address: one job, no email yet', async () => {
    const account = await createTestAccount()
    const unknown = anAccount().email
    sent.length = 0
    expect(await requestPasswordReset(account.email, '192.0.2.10')).toEqual({ allowed: true })
    expect(await requestPasswordReset(unknown, '192.0.2.10')).toEqual({ allowed: true })
    expect(sent).toEqual([
      { queue: passwordResetEmailQueue, data: { address: account.email } },
      { queue: passwordResetEmailQueue, data: { address: unknown } },
    ])
    expect(await prisma.emailMessage.count({ where: { toAddress: { in: [account.email, unknown] } } })).toBe(
      0,
    )
  })

  test('the job emails a link to a registered address and does nothing for an unknown one', async () => {
    const account = await createTestAccount()
    const unknown = anAccount().email
    await emailPasswordResetLink(account.email)
    await emailPasswordResetLink(unknown)
    const emails = await prisma.emailMessage.findMany({
      where: { toAddress: { in: [account.email, unknown] } },
    })
    expect(emails).toHaveLength(1)
    expect(emails[0]).toMatchObject({ toAddress: account.email, sensitive: true })
    expect(emails[0]!.text).toMatch(/\/reset-password\/[A-Za-z0-9_-]+/)
  })
})
