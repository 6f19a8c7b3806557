import { describe, expect, test } from 'vitest'
import { createTestAccount, createTestSession } from '../../../prisma/seed/builders'
import { refusalOf } from '../../../tests/support/in-english'
import { prisma } from '~/utils/db.server'
import { disableAccount } from './accounts-admin.server'

const auditEntriesFor = (targetId: string) =>
  prisma.auditEntry.findMany({ where: { targetId }, select: { action: true, actorId: true } })

describe('two staff acting on one account at once', () => {
  test('two disables: one wins, the other is told it is already disabled, and the log has one entry', async () => {
    const [first, second] = [
      await createTestAccount({ role: 'staff' }),
      await createTestAccount({ role: 'staff' }),
    ]
    const member = await createTestAccount()
    await createTestSession(member.id)
    const outcomes = await Promise.allSettled([
      disableAccount(first, member.id, 'Spam from this account.'),
      disableAccount(second, member.id, 'Fake company.'),
    ])
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected'])
    const refused = outcomes.find((outcome) => outcome.status === 'rejected')!
    expect(await refusalOf(Promise.reject((refused as PromiseRejectedResult).reason))).toMatch(
      /already disabled/,
    )
    expect(await auditEntriesFor(member.id)).toHaveLength(1)
    expect(await prisma.session.count({ where: { userId: member.id } })).toBe(0)
  })
})
